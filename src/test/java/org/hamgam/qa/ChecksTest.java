package org.hamgam.qa;

import org.hamgam.text.EnglishStemmer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.model.TermHit;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private static List<Issue> run(Check check, QaPair... pairs) {
        return check.check(List.of(pairs));
    }

    private static QaPair pair(String source, String target) {
        return QaPair.of("s1", source, target);
    }

    private static TermHit hit(String id, String fa, String en) {
        return new TermHit(id, fa, en, 0, fa.length(), fa);
    }

    @Test
    void numbersAgreeAcrossDigitSystemsAndSeparators() {
        NumberCheck check = new NumberCheck();
        assertThat(run(check, pair("در فوریه ۲۰۲۲ نرخ ۲٫۵٪ بود و ۶٬۰۰۰ نفر", "In February 2022 the rate was 2.5 percent "
                + "and 6,000 people"))).isEmpty();
        assertThat(run(check, pair("۶۰۰۰ نفر", "6,000 people"))).isEmpty();
        assertThat(run(check, pair("۲ هفته", "two weeks"))).isEmpty();
        assertThat(run(check, pair("دو هفته", "2 weeks"))).isEmpty();
    }

    @Test
    void numbersMissingExtraOrDifferentAreErrors() {
        NumberCheck check = new NumberCheck();
        List<Issue> different = run(check, pair("در سال ۲۰۲۲", "In 2021"));
        assertThat(different).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("number");
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.start()).isEqualTo(3);
            assertThat(i.end()).isEqualTo(7);
            assertThat(i.suggestion()).isEqualTo("2022");
        });
        assertThat(run(check, pair("۵ نفر و ۷ خودرو", "5 people and cars"))).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("missing").contains("۷"));
        assertThat(run(check, pair("مردم", "12 people"))).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("not in the source"));
    }

    @Test
    void aNameWithANumberRenderedWithoutItIsAHint() {
        NumberCheck check = new NumberCheck();
        assertThat(run(check, pair("بیماران کووید-19", "coronavirus patients"))).singleElement()
                .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.INFO));
        assertThat(run(check, pair("بیماران کووید-19", "COVID-17 patients"))).singleElement()
                .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.ERROR));
        assertThat(run(check, pair("همه‌گیری ۲۰۱۹-۲۰۲۰", "the 2019\u201320 pandemic"))).isEmpty();
    }

    @Test
    void untranslatedFindsEmptyTargetsAndPersianLeftOver() {
        UntranslatedCheck check = new UntranslatedCheck();
        assertThat(run(check, pair("سلام", "  "))).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("empty"));
        List<Issue> left = run(check, pair("سفر به تهران", "Travel to تهران today"));
        assertThat(left).singleElement().satisfies(i -> {
            assertThat(i.start()).isEqualTo(10);
            assertThat(i.end()).isEqualTo(15);
        });
        assertThat(run(check, pair("سفر", "Travel"))).isEmpty();
    }

    @Test
    void sameAsSourceIgnoresNumbersOnly() {
        SameAsSourceCheck check = new SameAsSourceCheck();
        assertThat(run(check, pair("سلام دنیا", "سلام  دنیا"))).singleElement()
                .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.ERROR));
        assertThat(run(check, pair("۲۰۲۲", "2022"))).isEmpty();
        assertThat(run(check, pair("COVID-19", "COVID-19"))).singleElement()
                .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.INFO));
        assertThat(run(check, pair("سلام", "Hello"))).isEmpty();
    }

    @Test
    void terminologyAcceptsInflectedAndDerivedForms() {
        TerminologyCheck check = new TerminologyCheck();
        QaPair drones = new QaPair("s1", "پهپادهای شاهد-۱۳۶",
                "Shahed-136s and other drones", List.of(hit("t1", "پهپاد", "drone"),
                hit("t2", "شاهد-۱۳۶", "Shahed-136")), List.of());
        assertThat(check.check(List.of(drones))).isEmpty();
        QaPair adjective = new QaPair("s2", "روسیه", "Russian forces and Ukrainian cities",
                List.of(hit("t3", "روسیه", "Russia"), hit("t4", "اوکراین", "Ukraine")), List.of());
        assertThat(check.check(List.of(adjective))).isEmpty();
    }

    @Test
    void terminologyQuotesTheGlossaryEntryHoweverTheTextWritesTheTerm() {
        TerminologyCheck check = new TerminologyCheck();
        String entry = "احمدی\u200cنژاد";
        // The text writes the term once with a space, once with the entry's ZWNJ; neither target has its English.
        List<Issue> issues = check.check(List.of(
                new QaPair("s1", "احمدی نژاد رفت.", "He left.",
                        List.of(new TermHit("t1", entry, "Ahmadinejad", 0, 10, "احمدی نژاد")), List.of()),
                new QaPair("s2", "احمدی\u200cنژاد آمد.", "He came.",
                        List.of(new TermHit("t1", entry, "Ahmadinejad", 0, 10, entry)), List.of())));
        assertThat(issues).extracting(Issue::message).containsExactly(
                "The term \"" + entry + "\" should be translated as \"Ahmadinejad\".",
                "The term \"" + entry + "\" should be translated as \"Ahmadinejad\".");
    }

    @Test
    void terminologyAcceptsStemmedFormsWordByWord() {
        TerminologyCheck check = new TerminologyCheck();
        assertThat(check.check(List.of(
                new QaPair("s1", "ویروس", "a novel viral disease", List.of(hit("t1", "ویروس", "virus")), List.of()),
                new QaPair("s2", "ایمنی", "the adaptive immune response", List.of(hit("t2", "ایمنی", "immunity")),
                        List.of()),
                new QaPair("s3", "ونتیلاتور", "patients required ventilation support",
                        List.of(hit("t3", "ونتیلاتور", "ventilator")), List.of()),
                new QaPair("s4", "گسترش ویروس", "limit the spreading of the virus",
                        List.of(hit("t4", "گسترش ویروس", "spread of virus")), List.of()),
                new QaPair("s5", "درمان کووید", "the treatment of COVID-19",
                        List.of(hit("t5", "درمان کووید", "covid treatment")), List.of()),
                new QaPair("s6", "ایمنی", "immunocompromised patients", List.of(hit("t6", "ایمنی", "immunity")),
                        List.of())))).isEmpty();
        // A single common word absent: the glossary's required translation is missing, a warning like any other.
        QaPair absent = new QaPair("s7", "ونتیلاتور", "patients required oxygen support",
                List.of(hit("t3", "ونتیلاتور", "ventilator")), List.of());
        assertThat(check.check(List.of(absent))).singleElement()
                .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.WARNING));
        // Every word of the term, far apart: likely the term in a sentence turned round; a hint, not a warning.
        QaPair apart = new QaPair("s8", "انتقال ویروس", "the virus needs a host for its transmission",
                List.of(hit("t7", "انتقال ویروس", "virus transmission")), List.of());
        assertThat(check.check(List.of(apart))).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.INFO);
            assertThat(i.message()).contains("its words, not as one phrase");
        });
        // Only some of its words: the required translation is missing.
        QaPair some = new QaPair("s10", "شیوع بیماری", "the outbreak grew",
                List.of(hit("t8", "شیوع بیماری", "disease outbreak")), List.of());
        assertThat(check.check(List.of(some))).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.message()).contains("some of its words");
        });
        QaPair none = new QaPair("s9", "انتقال ویروس", "the pathogen needs a host",
                List.of(hit("t7", "انتقال ویروس", "virus transmission")), List.of());
        assertThat(check.check(List.of(none))).singleElement()
                .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void terminologyAcceptsATermsWordsTogetherInEitherOrder() {
        TerminologyCheck check = new TerminologyCheck();
        assertThat(check.check(List.of(
                new QaPair("s1", "مبارزه با ویروس", "the fight against the virus",
                        List.of(hit("t1", "مبارزه با ویروس", "fight the virus")), List.of()),
                new QaPair("s2", "شیوع ویروس", "the outbreak of this virus",
                        List.of(hit("t2", "شیوع ویروس", "virus outbreak")), List.of())))).isEmpty();
    }

    @Test
    void terminologyAcceptsAnyTranslationTheGlossaryGivesForTheTerm() {
        TerminologyCheck check = new TerminologyCheck();
        // The source matcher reports one entry of «تنگی نفس»; the target has another entry's English.
        QaPair pair = new QaPair("s1", "تنگی نفس", "shortness of breath and fever",
                List.of(hit("t1", "تنگی نفس", "difficulty breathing")),
                List.of(new TermHit("t2", "تنگی\u200cنفس", "shortness of breath", 0, 19, "shortness of breath")));
        assertThat(check.check(List.of(pair))).isEmpty();
    }

    @Test
    void terminologyAcceptsANameForItsAcronymAndTheOtherWayRound() {
        TerminologyCheck check = new TerminologyCheck();
        assertThat(check.check(List.of(
                new QaPair("s1", "سازمان بهداشت جهانی", "the World Health Organization said",
                        List.of(hit("t1", "سازمان بهداشت جهانی", "WHO")), List.of()),
                new QaPair("s2", "مراکز کنترل بیماری", "the CDC said",
                        List.of(hit("t2", "مراکز کنترل بیماری", "Centers for Disease Control")), List.of()))))
                .isEmpty();
        assertThat(check.check(List.of(new QaPair("s3", "سازمان بهداشت جهانی", "Who said so?",
                List.of(hit("t1", "سازمان بهداشت جهانی", "World Health Organization")), List.of()))))
                .singleElement().satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void terminologyTakesTheEnglishOfAGlossaryTermWithinThisOneAsAPartialRendering() {
        TerminologyCheck check = new TerminologyCheck();
        QaPair pair = new QaPair("s1", "اقدامات احتیاطی", "take precautions when you travel",
                List.of(hit("t1", "اقدامات احتیاطی", "protective measures")),
                List.of(new TermHit("t2", "احتیاط", "precaution", 5, 16, "precautions")));
        assertThat(check.check(List.of(pair))).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.message()).contains("\"precautions\", the glossary's English for a part of it");
        });
    }

    @Test
    void terminologyAcceptsFormsOfOneWordFamilyFunctionWordsAndHyphenatedParts() {
        TerminologyCheck check = new TerminologyCheck();
        assertThat(check.check(List.of(
                new QaPair("s1", "دارو", "no medication is approved", List.of(hit("t1", "دارو", "medicine")),
                        List.of()),
                new QaPair("s2", "انتقال ویروس", "people transmitting the virus to others",
                        List.of(hit("t2", "انتقال ویروس", "virus transmission")), List.of()),
                new QaPair("s3", "ناقل ویروس", "people can carry the virus",
                        List.of(hit("t3", "ناقل ویروس", "virus carrier")), List.of()),
                new QaPair("s4", "مرکز کنترل بیماری", "the Center of Disease Control of Wuhan",
                        List.of(hit("t4", "مرکز کنترل بیماری", "Center for Disease Control")), List.of()),
                new QaPair("s5", "قرنطینه", "less aggressive lock-downs",
                        List.of(hit("t5", "قرنطینه", "lockdown")), List.of()),
                new QaPair("s6", "ضدعفونی", "clean or disinfect the room",
                        List.of(hit("t6", "ضدعفونی", "disinfectant")), List.of())))).isEmpty();
    }

    @Test
    void terminologyAcceptsEveryTranslationTheGlossaryListsForAPersianTerm() {
        org.hamgam.glossary.Glossary glossary = org.hamgam.glossary.Glossary.of(List.of(
                new org.hamgam.model.Term("a", "درمان کووید ۱۹", "covid-19 cure", "", List.of(), "g", 0),
                new org.hamgam.model.Term("b", "درمان کووید ۱۹", "covid-19 treatment", "", List.of(), "g", 0),
                new org.hamgam.model.Term("c", "تب", "fever", "", List.of(), "g", 0)));
        TermAlternatives alternatives = new TermAlternatives(glossary);
        List<TermHit> hits = alternatives.expand(List.of(hit("a", "درمان کووید ۱۹", "covid-19 cure"),
                hit("c", "تب", "fever")));
        assertThat(hits).extracting(TermHit::target).containsExactly("covid-19 cure", "covid-19 treatment", "fever");
        assertThat(hits.get(1).start()).isEqualTo(hits.get(0).start());
        TerminologyCheck check = new TerminologyCheck();
        assertThat(check.check(List.of(new QaPair("s1", "درمان کووید ۱۹ و تب", "the treatment of COVID-19 and fever",
                hits, List.of())))).isEmpty();
        assertThat(check.check(List.of(new QaPair("s2", "درمان کووید ۱۹", "a vaccine", hits.subList(0, 2),
                List.of())))).singleElement().satisfies(i -> assertThat(i.message())
                .contains("\"covid-19 cure\" or \"covid-19 treatment\""));
    }

    @Test
    void terminologyReportsADeviationMadeThroughoutTheDocumentInEveryPair() {
        TerminologyCheck check = new TerminologyCheck();
        List<TermHit> term = List.of(hit("t1", "تنگی نفس", "shortness of breath"));
        List<QaPair> pairs = new ArrayList<>();
        pairs.add(new QaPair("a", "تنگی نفس", "patients had dyspnea and fever", term, List.of()));
        pairs.add(new QaPair("b", "تنگی نفس", "dyspnea was common", term, List.of()));
        pairs.add(new QaPair("c", "تنگی نفس", "some reported dyspnea", term, List.of()));
        pairs.add(new QaPair("d", "تنگی نفس", "shortness of breath in one case", term, List.of()));
        // A consistent choice of other words is still not the glossary's translation.
        assertThat(check.check(pairs)).extracting(Issue::segment, Issue::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("b", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("c", Severity.WARNING));
    }

    @Test
    void stemmerMeetsInflectedAndDerivedForms() {
        assertThat(List.of("virus", "viruses", "viral")).extracting(EnglishStemmer::stem).containsOnly("vir");
        assertThat(List.of("immunity", "immune", "immunities")).extracting(EnglishStemmer::stem)
                .containsOnly("immun");
        assertThat(List.of("ventilator", "ventilation", "ventilated", "ventilators"))
                .extracting(EnglishStemmer::stem).containsOnly("ventil");
        assertThat(List.of("hospitalize", "hospitalisation", "hospitalized")).extracting(EnglishStemmer::stem)
                .containsOnly(EnglishStemmer.stem("hospitalization"));
        assertThat(EnglishStemmer.stem("virus's")).isEqualTo("vir");
        assertThat(EnglishStemmer.stem("class")).isEqualTo("clas");
        assertThat(EnglishStemmer.stem("uses")).isEqualTo(EnglishStemmer.stem("use"));
        assertThat(EnglishStemmer.stem("cough")).isNotEqualTo(EnglishStemmer.stem("court"));
        assertThat(List.of("transmit", "transmission", "transmissible", "transmitting")).extracting(EnglishStemmer::stem)
                .containsOnly("transmi");
        assertThat(EnglishStemmer.stem("carrier")).isEqualTo(EnglishStemmer.stem("carry"));
        // Two derivations are not stripped off one word: medication keeps medic, not med.
        assertThat(List.of("medication", "medications")).extracting(EnglishStemmer::stem)
                .containsOnly("medic");
        // Every stem is a prefix of its word.
        for (String w : List.of("transmission", "carriers", "studies", "medications", "hospitalisation")) {
            assertThat(w).startsWith(EnglishStemmer.stem(w));
        }
    }

    @Test
    void terminologyReportsAMissingTermOncePerTerm() {
        TerminologyCheck check = new TerminologyCheck();
        QaPair kiev = new QaPair("s1", "کییف و کییف", "Kiev and Kiev",
                List.of(hit("t1", "کییف", "Kyiv"), hit("t1", "کییف", "Kyiv")), List.of());
        assertThat(check.check(List.of(kiev))).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("terminology");
            assertThat(i.suggestion()).isEqualTo("Kyiv");
        });
        QaPair matched = new QaPair("s2", "کییف", "the capital",
                List.of(hit("t1", "کییف", "Kyiv")), List.of(new TermHit("t1", "کییف", "Kyiv", 4, 11, "capital")));
        assertThat(check.check(List.of(matched))).isEmpty();
    }

    @Test
    void lengthFlagsOutliersOfTheDocument() {
        List<QaPair> pairs = new ArrayList<>();
        String fa = "این یک جمله نسبتاً طولانی فارسی است که برای آزمون طول نوشته شده است";
        String en = "This is a fairly long Persian sentence that was written to test the length";
        for (int i = 0; i < 20; i++) {
            pairs.add(QaPair.of("s" + i, fa, en));
        }
        pairs.set(7, QaPair.of("s7", fa, "This is"));
        pairs.set(9, QaPair.of("s9", fa, en + " " + en + " " + en));
        List<Issue> issues = new LengthCheck().check(pairs);
        assertThat(issues).extracting(Issue::segment).containsExactly("s7", "s9");
        assertThat(issues.get(0).message()).contains("shorter");
        assertThat(issues.get(1).message()).contains("longer");
    }

    @Test
    void lengthLeavesKeywordListsAlone() {
        List<QaPair> pairs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pairs.add(pair("این یک جملهٔ آزمون است", "This is a test sentence"));
        }
        pairs.add(pair("email;calendar;task;ای‌میل;میل;رایانامه;تقویم;وظیفه;تکلیف;کار;", "email;calendar;task;"));
        assertThat(LengthCheck.keywordList("email;calendar;task;")).isTrue();
        assertThat(LengthCheck.keywordList("Email; then the calendar")).isFalse();
        assertThat(new LengthCheck().check(pairs)).isEmpty();
        // The same shortness in prose is still an omission.
        pairs.set(12, pair("ای‌میل، میل، رایانامه، تقویم، آشنایان، مخاطبان، دفترچه، وظیفه و تکلیف", "email"));
        assertThat(new LengthCheck().check(pairs)).hasSize(1);
    }

    @Test
    void lengthCountsAnAcronymAsTheWordsItStandsFor() {
        assertThat(new LengthCheck().check(List.of(pair("سازمان بهداشت جهانی", "WHO")))).isEmpty();
        assertThat(new LengthCheck().check(List.of(pair("سازمان بهداشت جهانی و بانک جهانی", "Who")))).hasSize(1);
        // Not one the source has too, nor a heading in capitals.
        assertThat(new LengthCheck().check(List.of(pair("CDC", "CDC")))).isEmpty();
        assertThat(new LengthCheck().check(List.of(pair("ارسال شد", "SENT BY MAIL")))).isEmpty();
    }

    @Test
    void lengthLeavesShortSegmentsAlone() {
        assertThat(new LengthCheck().check(List.of(pair("بله", "Yes, of course")))).isEmpty();
    }

    @Test
    void inconsistentComparesUpToSpacingAndFinalStop() {
        List<QaPair> pairs = List.of(
                QaPair.of("a", "کاخ سفید", "The White House."),
                QaPair.of("b", "کاخ  سفید", "the white house"),
                QaPair.of("c", "کاخ سفيد", "The Presidential Palace"),
                QaPair.of("d", "ساختمان ریاست جمهوری", "The Presidential Palace"));
        List<Issue> issues = new InconsistentCheck().check(pairs);
        assertThat(issues).extracting(Issue::segment).containsExactly("c", "d");
        assertThat(issues.get(0).suggestion()).isEqualTo("The White House.");
        assertThat(issues.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aFigureIsNoWordTheSourceLacks() {
        // "20" is in the budget pairs' English too, but a figure is the number check's to compare
        List<Issue> issues = new InconsistentCheck().check(List.of(
                QaPair.of("a", "قیمت نان در ۲۰ اسفند ۱۴۰۲ دو برابر شد.", "The price of bread doubled on 10 March 2024."),
                QaPair.of("b", "قیمت نان در ۲۰ اسفند ۱۴۰۲ دو برابر شد.", "The price of bread doubled on 20 March 2023."),
                QaPair.of("c", "بودجه بیمارستان ۲۰ میلیارد ریال است.", "The hospital budget is 20 billion rials."),
                QaPair.of("d", "بودجه بیمارستان ۲۰ میلیارد ریال است.", "The hospital budget is 20 billion euros."),
                QaPair.of("e", "بودجه مدرسه ۲۰ میلیارد ریال است.", "The school budget is 20 billion rials.")));
        assertThat(issues).filteredOn(i -> i.segment().equals("b")).singleElement()
                .satisfies(i -> assertThat(i.message()).doesNotContain("elsewhere"));
    }

    @Test
    void inconsistentSaysWhichCurrenciesDiffer() {
        List<Issue> issues = new InconsistentCheck().check(List.of(
                QaPair.of("a", "قیمت ۱۲ هزار تومان شد.", "The price rose to $12,000."),
                QaPair.of("b", "قیمت ۱۲ هزار تومان شد.", "The price rose to 12,000 tomans.")));
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.message()).contains("in tomans where it has dollars").doesNotContain("spelled");
        });
    }

    @Test
    void punctuationFindsUnpairedMarksAndDisagreeingEnds() {
        PunctuationCheck check = new PunctuationCheck();
        assertThat(run(check, pair("او گفت «بله».", "He said \u201Cyes\u201D."))).isEmpty();
        assertThat(run(check, pair("او گفت «بله».", "He said \"yes."))).singleElement()
                .satisfies(i -> assertThat(i.start()).isEqualTo(8));
        assertThat(run(check, pair("(بله)", "(yes"))).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("bracket"));
        assertThat(run(check, pair("آیا تب دارید؟", "Do you have a fever?"))).isEmpty();
        assertThat(run(check, pair("آیا تب دارید؟", "Do you have a fever."))).singleElement()
                .satisfies(i -> assertThat(i.suggestion()).isEqualTo("?"));
        assertThat(run(check, pair("خوب است.", "It is good!"))).hasSize(1);
        assertThat(run(check, pair("خوب است...", "It is good…"))).isEmpty();
        assertThat(run(check, pair("خوب، است", "It is good، fine"))).singleElement()
                .satisfies(i -> assertThat(i.suggestion()).isEqualTo(","));
        // A quotation split across segments leaves the source unpaired too: nothing to blame on the target.
        assertThat(run(check, pair("او گفت «بله", "He said \u201Cyes"))).isEmpty();
    }

    @Test
    void punctuationFindsEachKindOfMarkInATargetWithNoOther() {
        PunctuationCheck check = new PunctuationCheck();
        // No bracket, quote or Persian mark in the target: only its end is compared.
        assertThat(run(check, pair("(بله «خوب»", "Yes, good"))).isEmpty();
        assertThat(run(check, pair("بله؟", "Yes, good"))).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("no end punctuation"));
        for (String mark : List.of("(", ")", "[", "]", "{", "}", "\"", "\u201C", "\u201D")) {
            assertThat(run(check, pair("بله", "yes " + mark + " good"))).as(mark).singleElement()
                    .satisfies(i -> assertThat(i.start()).isEqualTo(4));
        }
        for (String mark : List.of("\u00AB", "\u00BB", "\u060C", "\u061B", "\u061F", "\u06D4")) {
            assertThat(run(check, pair("بله", "yes " + mark + " good"))).as(mark)
                    .anySatisfy(i -> assertThat(i.message()).contains("Persian punctuation"));
        }
    }

    @Test
    void whitespaceFindsDoubleSpacesAndEdgesThatDiffer() {
        WhitespaceCheck check = new WhitespaceCheck();
        assertThat(run(check, pair("یک دو", "one  two"))).singleElement().satisfies(i -> {
            assertThat(i.start()).isEqualTo(3);
            assertThat(i.end()).isEqualTo(5);
            assertThat(i.suggestion()).isEqualTo(" ");
        });
        assertThat(run(check, pair("یک", " one"))).hasSize(1);
        assertThat(run(check, pair("یک", "one "))).hasSize(1);
        assertThat(run(check, pair(" یک ", " one "))).isEmpty();
        assertThat(run(check, pair("یک دو", "one two"))).isEmpty();
    }
}

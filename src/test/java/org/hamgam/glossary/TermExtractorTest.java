package org.hamgam.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hamgam.model.SentencePair;
import org.hamgam.model.Term;
import org.hamgam.model.TermCandidate;
import org.junit.jupiter.api.Test;

class TermExtractorTest {
    /** A small bitext where تب is fever, سرفه خشک is dry cough and شاهد-۱۳۶ is Witness-136. */
    static List<SentencePair> corpus() {
        String[][] frames = {
            {"بیمار %s دارد", "the patient has %s"},
            {"آیا شما %s دارید؟", "do you have %s?"},
            {"پزشک درباره %s پرسید", "the doctor asked about %s"},
            {"%s در کودکان شایع است", "%s is common in children"},
            {"مادرم از %s شکایت کرد", "my mother complained of %s"},
            {"%s معمولا دو روز طول می‌کشد", "%s usually lasts two days"},
        };
        String[][] terms = {
            {"تب", "fever"}, {"سرفه خشک", "dry cough"}, {"سردرد", "headache"}, {"گلودرد", "sore throat"},
        };
        List<SentencePair> out = new ArrayList<>();
        int id = 0;
        for (String[] f : frames) {
            for (String[] t : terms) {
                out.add(new SentencePair("p" + (++id), String.format(f[0], t[0]), String.format(f[1], t[1])));
            }
        }
        String[][] witness = {
            {"گزارش شاهدــ۱۳۶ را خواندیم", "we read the report of Witness-136"},
            {"شاهدــ۱۳۶ دیروز آمد", "Witness-136 came yesterday"},
            {"نامه شاهد-۱۳۶ رسید", "the letter of Witness-136 arrived"},
            {"با شاهد۱۳۶ صحبت کردیم", "we spoke with Witness-136"},
        };
        for (String[] w : witness) {
            out.add(new SentencePair("w" + (++id), w[0], w[1]));
        }
        return out;
    }

    @Test
    void findsTheTranslationOfEachTerm() {
        List<TermCandidate> found = TermExtractor.extract(corpus(), Glossary.empty());
        assertThat(found).extracting(c -> c.source() + "=" + c.target())
                .contains("تب=fever", "سرفه خشک=dry cough", "سردرد=headache", "گلودرد=sore throat");
        TermCandidate fever = found.stream().filter(c -> c.source().equals("تب")).findFirst().orElseThrow();
        assertThat(fever.frequency()).isEqualTo(6);
        assertThat(fever.examples()).hasSize(3).startsWith("p1");
        assertThat(found.get(0).score()).isEqualTo(1.0);
        assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void keepsANameWithItsNumberAsOneTerm() {
        List<TermCandidate> found = TermExtractor.extract(corpus(), Glossary.empty());
        assertThat(found).anySatisfy(c -> {
            assertThat(c.source()).startsWith("شاهد").contains("۱۳۶");
            assertThat(c.target()).isEqualTo("Witness-136");
        });
        assertThat(found).noneMatch(c -> c.source().matches(".*\\s[0-9۰-۹]+(\\s.*)?"));
    }

    @Test
    void marksKnownTerms() {
        Glossary known = Glossary.of(List.of(new Term("g:1", "تب", "fever", "", List.of(), "g:1", 0)));
        List<TermCandidate> found = TermExtractor.extract(corpus(), known);
        assertThat(found).filteredOn(TermCandidate::known).extracting(TermCandidate::source).containsExactly("تب");
        assertThat(TermCandidates.proposed(found)).noneMatch(c -> c.source().equals("تب"));
    }

    @Test
    void countsSpellingVariantsAsOneTerm() {
        List<SentencePair> texts = List.of(
                new SentencePair("1", "کمک‌های بشردوستانه رسید", ""),
                new SentencePair("2", "کمکهای بشردوستانه رسید", ""),
                new SentencePair("3", "کمک بشردوستانه دیر رسید", ""),
                new SentencePair("4", "گزارش کمک بشردوستانه منتشر شد", ""));
        List<TermCandidate> found = new TermExtractor().monolingual(texts, Glossary.empty());
        assertThat(found).filteredOn(c -> c.source().contains("بشردوستانه") && c.source().contains("کمک"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.source()).isEqualTo("کمک بشردوستانه");
                    assertThat(c.frequency()).isEqualTo(4);
                    assertThat(c.target()).isEmpty();
                });
    }

    @Test
    void isDeterministic() {
        assertThat(TermExtractor.extract(corpus(), Glossary.empty()))
                .isEqualTo(TermExtractor.extract(corpus(), Glossary.empty()));
    }

    @Test
    void rejectsAMinimumFrequencyBelowOne() {
        assertThatThrownBy(() -> new TermExtractor(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final String[] WORDS = {"و", "در", "به", "ویروس", "کرونا", "تب", "۱۲", "،", "شاهد-۷", "است",
        "بیماری", "کمک‌های", "می‌شود", "."};

    @Property(tries = 40)
    void candidatesNeverStartOrEndWithAStopWordOrNumber(@ForAll @IntRange(min = 0, max = 10_000) int seed) {
        java.util.Random r = new java.util.Random(seed);
        List<SentencePair> texts = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            StringBuilder s = new StringBuilder();
            int n = 3 + r.nextInt(12);
            for (int i = 0; i < n; i++) {
                s.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
            }
            texts.add(new SentencePair("t" + t, s.toString(), ""));
        }
        ExtractionLexicon lexicon = ExtractionLexicon.standard();
        for (TermCandidate c : new TermExtractor().monolingual(texts, Glossary.empty())) {
            String[] words = c.source().split(" ");
            assertThat(words.length).isBetween(1, TermExtractor.MAX_WORDS);
            for (String edge : new String[] {words[0], words[words.length - 1]}) {
                assertThat(lexicon.isPersianStop(TermKeys.persian(edge))).as(edge).isFalse();
                assertThat(edge).doesNotMatch("[0-9۰-۹]+").isNotIn("،", ".");
            }
            assertThat(c.frequency()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void transliterationComparesConsonants() {
        assertThat(Transliteration.similarity("ویروس", "virus")).isGreaterThan(0.8);
        assertThat(Transliteration.similarity("ترامپ", "Trump")).isGreaterThan(0.8);
        assertThat(Transliteration.similarity("ویروس", "headache")).isLessThan(0.5);
        assertThat(Optional.of(Boosts.numbers("a 12 b 7"))).contains(List.of("12", "7"));
        assertThat(Boosts.labels("phase III trial")).containsExactly("iii");
        assertThat(Boosts.labels("C-reactive protein")).containsExactly("c");
        assertThat(Boosts.labels("کارآزمایی فاز iii")).containsExactly("iii");
        assertThat(Boosts.labels("alzheimer's disease in a child")).isEmpty();
    }

    /** Six frames around each term: the English of {@code english[i]} is used in frame i. */
    static List<SentencePair> framed(String persian, String... english) {
        String[][] frames = {
            {"بیمار %s دارد", "the patient has %s"},
            {"آیا شما %s دارید؟", "do you have %s?"},
            {"پزشک درباره %s پرسید", "the doctor asked about %s"},
            {"%s در کودکان شایع است", "%s is common in children"},
            {"مادرم از %s شکایت کرد", "my mother complained of %s"},
            {"%s معمولا دو روز طول می‌کشد", "%s usually lasts two days"},
        };
        List<SentencePair> out = new ArrayList<>();
        for (int i = 0; i < frames.length; i++) {
            out.add(new SentencePair(persian + i, String.format(frames[i][0], persian),
                    String.format(frames[i][1], english[i % english.length])));
        }
        return out;
    }

    @Test
    void givesTheEnglishInTheNumberOfThePersian() {
        List<SentencePair> pairs = new ArrayList<>(framed("ماسک", "masks", "masks", "a mask", "masks", "masks"));
        pairs.addAll(framed("علائم", "symptoms", "symptoms", "a symptom", "symptoms", "symptoms"));
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(found).extracting(c -> c.source() + "=" + c.target()).contains("ماسک=mask", "علائم=symptoms");
    }

    @Test
    void ranksAWordUsedAsAVerbBelowANoun() {
        String[][] subjects = {{"دولت", "the government"}, {"مردم", "people"}, {"شهر", "the city"},
            {"پزشک", "the doctor"}, {"کودکان", "the children"}, {"بیمارستان", "the hospital"}};
        String[] verbs = {"کرد", "کردند", "می‌کند", "کرده است", "کردند", "می‌کند"};
        String[] nouns = {"خرید", "خواستند", "ندارد", "آورد", "گرفتند", "دارد"};
        List<SentencePair> pairs = new ArrayList<>();
        for (int i = 0; i < subjects.length; i++) {
            pairs.add(new SentencePair("v" + i, subjects[i][0] + " کنترل " + verbs[i], subjects[i][1] + " did control"));
            pairs.add(new SentencePair("n" + i, subjects[i][0] + " واکسن " + nouns[i], subjects[i][1] + " got vaccine"));
        }
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        TermCandidate vaccine = found.stream().filter(c -> c.source().equals("واکسن")).findFirst().orElseThrow();
        TermCandidate control = found.stream().filter(c -> c.source().equals("کنترل")).findFirst().orElseThrow();
        assertThat(vaccine.target()).isEqualTo("vaccine");
        assertThat(control.target()).isEqualTo("control");
        assertThat(control.score()).isLessThan(vaccine.score() / 2);
    }

    @Test
    void aPartOfANameWrittenAsOneWordIsNoTermOfItsOwn() {
        String[][] frames = {{"سفیر %s آمد", "the ambassador of the %s came"}, {"دولت %s گفت", "the %s government said"},
            {"مردم %s رفتند", "the people of the %s left"}, {"سفر به %s گران است", "travel to the %s is expensive"},
            {"از %s خبر رسید", "news came from the %s"}, {"%s پاسخ داد", "the %s answered"}};
        List<SentencePair> pairs = new ArrayList<>();
        for (int i = 0; i < frames.length; i++) {
            String fa = i % 2 == 0 ? "ایالات‌متحده" : "ایالات متحده";
            pairs.add(new SentencePair("u" + i, String.format(frames[i][0], fa),
                    String.format(frames[i][1], "United States")));
        }
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(found).extracting(TermCandidate::source).doesNotContain("ایالات", "متحده");
        assertThat(found).anySatisfy(c -> {
            assertThat(TermKeys.persian(c.source())).isEqualTo(TermKeys.persian("ایالات‌متحده"));
            assertThat(c.target()).isEqualTo("United States");
        });
    }

    @Test
    void showsAPluralInانAsItsSingular() {
        List<SentencePair> pairs = new ArrayList<>(framed("پزشکان", "doctors", "doctors", "doctors", "doctors", "doctors"));
        pairs.addAll(framed("پزشک", "a doctor", "the doctor", "a doctor", "the doctor", "a doctor"));
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(found).extracting(c -> c.source() + "=" + c.target()).contains("پزشک=doctor")
                .noneMatch(s -> s.startsWith("پزشکان="));
        TermCandidate doctor = found.stream().filter(c -> c.source().equals("پزشک")).findFirst().orElseThrow();
        assertThat(doctor.frequency()).isEqualTo(12);
    }

    @Test
    void aLatinNameWithAPluralEndingIsTranslatedInThePlural() {
        List<SentencePair> pairs = new ArrayList<>(framed("CoVهای انسانی", "human CoVs"));
        pairs.addAll(framed("HCoVها", "HCoVs", "the HCoVs"));
        // the English singular occurs too, so that the plural is counted under it
        pairs.addAll(framed("کروناویروس", "a CoV", "an HCoV"));
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(found).extracting(c -> c.source() + "=" + c.target())
                .contains("CoVهای انسانی=human CoVs", "HCoVها=HCoVs");
    }

    @Test
    void anEnglishWordLinkedToAPersianNeighbourIsNoPartOfTheTranslation() {
        List<SentencePair> pairs = new ArrayList<>(framed("بیماری مزمن", "chronic disease"));
        pairs.addAll(framed("ریه", "lung", "lungs", "lung", "lungs", "lung"));
        pairs.addAll(framed("بیماری مزمن ریه", "chronic lung disease"));
        pairs.addAll(framed("بیماری مزمن ریه", "chronic lung disease"));
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(found).filteredOn(c -> c.source().equals("بیماری مزمن")).singleElement()
                .satisfies(c -> assertThat(c.target()).isEqualTo("chronic disease"));
        assertThat(found).extracting(c -> c.source() + "=" + c.target()).doesNotContain("بیماری مزمن=chronic lung disease");
    }

    @Test
    void aNumberWrittenAsAWordIsNoPartOfATerm() {
        List<SentencePair> pairs = new ArrayList<>(framed("هفت کارآزمایی بالینی", "seven clinical trials"));
        pairs.addAll(framed("کارآزمایی بالینی", "clinical trials"));
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(found).extracting(c -> c.source() + "=" + c.target()).contains("کارآزمایی بالینی=clinical trials")
                .noneMatch(s -> s.contains("هفت") || s.contains("seven"));
    }

    @Test
    void anEnglishPhraseCutInsideBetweenXAndYIsNoTranslation() {
        List<SentencePair> pairs = new ArrayList<>(framed("روسیه", "Russia"));
        pairs.addAll(framed("اوکراین", "Ukraine"));
        pairs.addAll(framed("جنگ", "war"));
        pairs.addAll(framed("جنگ روسیه و اوکراین", "the war between Russia and Ukraine"));
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(found).extracting(TermCandidate::target).noneMatch(t -> t.contains("between"));
    }

    @Test
    void anEnglishPrepositionIsNoTranslation() {
        List<SentencePair> pairs = new ArrayList<>(framed("سلاح", "weapons"));
        pairs.addAll(framed("موشک", "missiles"));
        pairs.addAll(framed("تب", "fever"));
        pairs.addAll(framed("سرفه", "cough"));
        pairs.add(new SentencePair("i1", "سلاح از جمله موشک رسید", "weapons including missiles arrived"));
        pairs.add(new SentencePair("i2", "علائم از جمله تب دیده شد", "symptoms including fever were seen"));
        pairs.add(new SentencePair("i3", "مشکلات از جمله سرفه ماند", "problems including cough remained"));
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(found).extracting(TermCandidate::target).doesNotContain("including");
    }

    @Test
    void aWordOfACompoundPrepositionIsNoTermThere() {
        List<SentencePair> texts = new ArrayList<>();
        String[] lines = {"سلاح‌ها از جمله موشک رسید", "علائم از جمله تب دیده شد", "مشکلات از جمله سرفه ماند",
            "عوامل از جمله فشار موثر بود", "این جمله کوتاه است", "جمله دوم را بخوان"};
        for (int i = 0; i < lines.length; i++) {
            texts.add(new SentencePair("t" + i, lines[i], ""));
        }
        List<TermCandidate> found = new TermExtractor().monolingual(texts, Glossary.empty());
        assertThat(found).filteredOn(c -> c.source().equals("جمله")).singleElement()
                .satisfies(c -> assertThat(c.frequency()).isEqualTo(2));
    }

    @Test
    void aPhraseTranslatedAsAPartThatStandsAloneLeavesAWordOut() {
        java.util.Map<String, TermExtractor.Part> parts = java.util.Map.of(
                "پهپاد", new TermExtractor.Part("drone", 12), "تولید", new TermExtractor.Part("production", 9),
                "کرونا", new TermExtractor.Part("coronavirus", 10), "ویروس", new TermExtractor.Part("virus", 20),
                "بیمار", new TermExtractor.Part("patient", 40), "سینه", new TermExtractor.Part("chest", 8));
        java.util.function.Function<String, Optional<TermExtractor.Part>> lookUp = k -> Optional.ofNullable(parts.get(k));
        boolean[] noStops = {false, false};
        assertThat(TermExtractor.leavesAWordOut(new String[] {"تولید", "پهپاد"}, noStops, "drone", 3, lookUp)).isTrue();
        // a word the alignment gives no translation is left out all the same
        assertThat(TermExtractor.leavesAWordOut(new String[] {"بیمار", "مبتلا"}, noStops, "patient", 10, lookUp)).isTrue();
        // coronavirus holds virus
        assertThat(TermExtractor.leavesAWordOut(new String[] {"ویروس", "کرونا"}, noStops, "coronavirus", 3, lookUp))
                .isFalse();
        // a part that mostly stands within the phrase is no entry of its own: the phrase is the term
        assertThat(TermExtractor.leavesAWordOut(new String[] {"قفسه", "سینه"}, noStops, "chest", 7, lookUp)).isFalse();
    }
}

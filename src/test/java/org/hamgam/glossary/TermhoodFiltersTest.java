package org.hamgam.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.SentencePair;
import org.hamgam.model.TermCandidate;
import org.junit.jupiter.api.Test;

/** The filters that keep everyday words, free combinations and copied names out of the top of the term list. */
class TermhoodFiltersTest {
    private static final String[][] FRAMES = {
        {"گزارش تازه درباره %s منتشر شد", "a new report on %s was published"},
        {"پزشکان از %s سخن گفتند", "doctors spoke about %s"},
        {"دولت درباره %s هشدار داد", "the government warned about %s"},
        {"مقاله‌ای درباره %s خواندیم", "we read an article about %s"},
        {"خبرها از %s می‌گویند", "the news speaks of %s"},
        {"کارشناسان %s را بررسی کردند", "experts studied %s"},
    };

    private static List<SentencePair> framed(String id, String persian, String english, int times) {
        List<SentencePair> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            String[] f = FRAMES[i % FRAMES.length];
            out.add(new SentencePair(id + i, String.format(f[0], persian), String.format(f[1], english)));
        }
        return out;
    }

    @Test
    void aNameWithAGenericWordIsNoEntryWhenTheNameMostlyStandsAlone() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "کووید-19", "COVID-19", 24));
        pairs.addAll(framed("b", "بیمار کووید-19", "COVID-19 patient", 4));
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(found).extracting(TermCandidate::target).contains("COVID-19").doesNotContain("COVID-19 patient");
    }

    @Test
    void aNameWithAnEverydayHeadIsNoEntryWhenTheNameStandsAloneMoreOften() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "RT-PCR", "RT-PCR", 6));
        pairs.addAll(framed("b", "آزمایش RT-PCR", "RT-PCR test", 4));
        assertThat(targets(pairs)).contains("RT-PCR").doesNotContain("RT-PCR test");
        // standing alone less often than in the phrase, it keeps the phrase
        List<SentencePair> rare = new ArrayList<>(framed("a", "RT-PCR", "RT-PCR", 3));
        rare.addAll(framed("b", "آزمایش RT-PCR", "RT-PCR test", 4));
        assertThat(targets(rare)).contains("RT-PCR test");
    }

    @Test
    void aLabelAloneIsNoEntry() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "بتا", "beta", 6));
        pairs.addAll(framed("b", "کروناویروس", "coronavirus", 6));
        assertThat(targets(pairs)).contains("coronavirus").doesNotContain("beta");
        assertThat(Boosts.isLabelAlone("III")).isTrue();
        assertThat(Boosts.isLabelAlone("phase III")).isFalse();
    }

    @Test
    void aNameThatRarelyStandsAloneKeepsItsPhrase() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "N95", "N95", 3));
        pairs.addAll(framed("b", "ماسک N95", "N95 mask", 6));
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(found).extracting(TermCandidate::target).contains("N95 mask");
    }

    @Test
    void aNameCopiedInLatinScriptIsNoEntryButAnAbbreviationIs() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "Coles", "Coles", 6));
        pairs.addAll(framed("b", "ACE2", "ACE2", 6));
        pairs.addAll(framed("c", "www", "www", 6));
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(found).extracting(TermCandidate::target).contains("ACE2").doesNotContain("Coles", "www");
    }

    @Test
    void anEverydayEnglishWordRanksBelowADomainWordAsFrequent() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "استفاده", "use", 6));
        pairs.addAll(framed("b", "قرنطینه", "quarantine", 6));
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        TermCandidate use = found.stream().filter(c -> c.target().equals("use")).findFirst().orElseThrow();
        TermCandidate quarantine = found.stream().filter(c -> c.target().equals("quarantine")).findFirst()
                .orElseThrow();
        assertThat(use.score()).isLessThan(quarantine.score() / 2);
    }

    @Test
    void readsGeneralEnglishFrequencyClasses() {
        EnglishFrequency f = EnglishFrequency.standard();
        assertThat(f.frequencyClass("use")).isGreaterThanOrEqualTo((int) TermTuning.EVERYDAY_ENGLISH_CLASS.value());
        assertThat(f.frequencyClass("quarantine")).isBetween(1, (int) TermTuning.EVERYDAY_ENGLISH_CLASS.value() - 1);
        assertThat(f.frequencyClass("qzxv")).isZero();
    }

    @Test
    void aCountryNameRanksBelowAPlaceOfTheDomainAsFrequent() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "ایتالیا", "Italy", 6));
        pairs.addAll(framed("b", "ووهان", "Wuhan", 6));
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(found).extracting(TermCandidate::target).startsWith("Wuhan").contains("Italy");
        assertThat(score(found, "Italy")).isLessThan(score(found, "Wuhan") / 2);
        assertThat(CommonNames.isCountryOrLanguage("United States")).isTrue();
        assertThat(CommonNames.isCountryOrLanguage("chinese")).isTrue();
        assertThat(CommonNames.isCountryOrLanguage("Wuhan")).isFalse();
    }

    @Test
    void aNameGeneralEnglishUsesOftenRanksAsACountrysDoes() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "کالیفرنیا", "California", 6));
        pairs.addAll(framed("b", "ووهان", "Wuhan", 6));
        for (boolean weighed : new boolean[] {true, false}) {
            List<TermCandidate> found = new TermExtractor(2, weighed ? java.util.Set.of()
                    : java.util.Set.of(TermTuning.COMMON_NAME)).bilingual(pairs, Glossary.empty());
            assertThat(score(found, "California") < score(found, "Wuhan") / 2).as("weighed: " + weighed)
                    .isEqualTo(weighed);
        }
    }

    @Test
    void aWordCommonOnBothSidesRanksBelowOneCommonOnlyInEnglish() {
        // نمونه is everyday Persian and sample everyday English; ذات‌الریه is rare in general Persian: in a text of
        // 200 pairs, as a domain text would have them, only نمونه is common on both sides
        List<SentencePair> pairs = new ArrayList<>(framed("a", "نمونه", "sample", 6));
        pairs.addAll(framed("b", "ذات‌الریه", "pneumonia", 6));
        for (int i = 0; i < 188; i++) {
            pairs.add(new SentencePair("d" + i, "روز " + i + " گذشت", "day " + i + " passed"));
        }
        List<TermCandidate> found = new TermExtractor(2, java.util.Set.of(TermTuning.EVERYDAY_ENGLISH))
                .bilingual(pairs, Glossary.empty());
        List<TermCandidate> neutral = new TermExtractor(2, java.util.Set.of(TermTuning.EVERYDAY_ENGLISH,
                TermTuning.EVERYDAY_BOTH)).bilingual(pairs, Glossary.empty());
        assertThat(score(found, "sample")).isLessThan(score(neutral, "sample"));
        assertThat(score(found, "pneumonia")).isEqualTo(score(neutral, "pneumonia"));
    }

    @Test
    void aHeadingsCapitalIsDroppedWhereTheTextWritesTheWordSmallAsOften() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "ویروس‌شناسی", "virology", 3));
        for (int i = 0; i < 3; i++) {
            pairs.add(new SentencePair("h" + i, "ویروس‌شناسی", "Virology"));
        }
        pairs.addAll(framed("b", "ووهان", "Wuhan", 5));
        pairs.add(new SentencePair("u", "نشانی ووهان", "address wuhan"));
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(found).extracting(TermCandidate::target).contains("virology", "Wuhan")
                .doesNotContain("Virology", "wuhan");
    }

    @Test
    void aDomainTermWithAnEverydayHeadIsNoEntryButOneWithAModifierIs() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "کروناویروس", "coronavirus", 24));
        pairs.addAll(framed("b", "شیوع کروناویروس", "coronavirus outbreak", 4));
        pairs.addAll(framed("c", "سرفه", "cough", 24));
        pairs.addAll(framed("d", "سرفه خشک", "dry cough", 4));
        assertThat(targets(pairs)).contains("coronavirus", "dry cough").doesNotContain("coronavirus outbreak");
        assertThat(targets(pairs, TermTuning.TERM_ALONE_RATIO)).contains("coronavirus outbreak");
    }

    @Test
    void aLoneAdjectiveOrAVerbPhraseIsNoEntry() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "تنفسی", "respiratory", 6));
        pairs.addAll(framed("b", "قرنطینه", "quarantine", 6));
        pairs.addAll(framed("c", "تشخیص عفونت", "detect infection", 6));
        assertThat(targets(pairs)).contains("quarantine").doesNotContain("respiratory", "detect infection");
        List<TermCandidate> kept = new TermExtractor(2, java.util.Set.of(TermTuning.NOUN_PHRASES))
                .bilingual(pairs, Glossary.empty());
        assertThat(kept).extracting(TermCandidate::target).contains("detect infection");
        // a compound ending in an adjective or a participle modifies a noun the entry lacks
        pairs.addAll(framed("d", "مبتنی بر پروتئین", "protein-based", 6));
        assertThat(targets(pairs)).doesNotContain("protein-based");
        assertThat(targets(pairs, TermTuning.NOUN_PHRASES)).contains("protein-based");
        // and even as a noun phrase, a lone adjective weighs far less
        assertThat(score(kept, "respiratory")).isLessThan(score(kept, "quarantine") / 4);
    }

    @Test
    void englishWithAPersonalPronounIsNoEntry() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "قرنطینه", "quarantine", 6));
        pairs.addAll(framed("b", "شستن دست", "washing your hands", 6));
        assertThat(targets(pairs)).contains("quarantine").noneMatch(t -> t.startsWith("washing your"));
        assertThat(targets(pairs, TermTuning.NOUN_PHRASES)).anyMatch(t -> t.startsWith("washing your"));
    }

    @Test
    void aDateIsNoEntry() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "قرنطینه", "quarantine", 6));
        pairs.addAll(framed("b", "اوایل آوریل", "early April", 6));
        pairs.addAll(framed("c", "اواخر ماه", "late month", 6));
        assertThat(targets(pairs)).contains("quarantine", "late month").doesNotContain("early April");
        assertThat(TermExtractor.namesDate("late February")).isTrue();
        assertThat(TermExtractor.namesDate("may cause")).isFalse();
    }

    @Test
    void aWordWithItsEzafeWrittenSolidGivesWayToTheWord() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "آنفولانزا", "flu", 6));
        pairs.addAll(framed("b", "آنفولانزای فصلی", "seasonal flu", 6));
        pairs.addAll(framed("c", "دارو", "drug", 6));
        TermCounts counts = TermCounts.of(pairs);
        java.util.Set<String> shown = new java.util.HashSet<>();
        Candidate ezafe = null;
        for (Candidate c : counts.candidates.values()) {
            if (c.length == 1) {
                shown.add(c.surface());
                ezafe = c.surface().equals("آنفولانزای") ? c : ezafe;
            }
        }
        assertThat(ezafe).isNotNull();
        assertThat(TermExtractor.isEzafeForm(ezafe, shown)).isTrue();
        assertThat(TermExtractor.isEzafeForm(counts.candidates.get(ezafe.key), java.util.Set.of("دارو"))).isFalse();
        List<TermCandidate> found = new TermExtractor().bilingual(counts, Glossary.empty());
        assertThat(found).extracting(TermCandidate::source).contains("آنفولانزا").doesNotContain("آنفولانزای");
    }

    @Test
    void aPersonsNameAndTheSurnameStandingForItAreNoEntries() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "دونالد ترامپ", "Donald Trump", 4));
        pairs.addAll(framed("b", "ترامپ", "Trump", 6));
        pairs.addAll(framed("c", "مؤسسه رابرت کخ", "Robert Koch Institute", 4));
        pairs.addAll(framed("d", "ووهان", "Wuhan", 6));
        pairs.addAll(framed("e", "جاسیندا آردرن", "Jacinda Ardern", 4));
        assertThat(targets(pairs)).contains("Wuhan", "Robert Koch Institute")
                .doesNotContain("Donald Trump", "Trump", "Jacinda Ardern");
        assertThat(targets(pairs, TermTuning.PERSON_NAMES)).contains("Donald Trump", "Trump");
    }

    @Test
    void anAnimalRanksBelowAVirusAsFrequent() {
        List<SentencePair> pairs = new ArrayList<>(framed("a", "پانگولین", "pangolin", 6));
        pairs.addAll(framed("b", "کروناویروس", "coronavirus", 6));
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(score(found, "pangolin")).isLessThan(score(found, "coronavirus") / 2);
        assertThat(AnimalNames.isAnimal("dromedary camels")).isTrue();
        assertThat(AnimalNames.isAnimal("bats")).isTrue();
        assertThat(AnimalNames.isAnimal("virus")).isFalse();
        assertThat(AnimalNames.isAnimal("bat coronavirus")).isFalse();
    }

    private static List<String> targets(List<SentencePair> pairs, TermTuning... neutralised) {
        return new TermExtractor(2, java.util.Set.of(neutralised)).bilingual(pairs, Glossary.empty()).stream()
                .map(TermCandidate::target).toList();
    }

    @Test
    void readsGeneralEnglishPartsOfSpeech() {
        EnglishTags tags = EnglishTags.standard();
        assertThat(tags.isOnlyAdjective("respiratory")).isTrue();
        assertThat(tags.isOnlyAdjective("virus")).isFalse();
        assertThat(tags.isOnlyParticiple("based")).isTrue();
        assertThat(tags.isOnlyParticiple("protein")).isFalse();
        assertThat(tags.canBeAdjective("acute")).isTrue();
        assertThat(tags.isOnlyProperName("Donald")).isTrue();
        assertThat(tags.isOnlyProperName("Trump")).isFalse();
        assertThat(tags.isProperName("Trump")).isTrue();
        assertThat(tags.isProperName("Institute")).isFalse();
        assertThat(tags.isUnknown("Shinzo")).isTrue();
        assertThat(tags.isUnknown("Wuhan")).isFalse();
    }

    private static double score(List<TermCandidate> found, String target) {
        return found.stream().filter(c -> c.target().equals(target)).findFirst().orElseThrow().score();
    }
}

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
        assertThat(f.frequencyClass("use")).isGreaterThanOrEqualTo(TermExtractor.EVERYDAY_ENGLISH_CLASS);
        assertThat(f.frequencyClass("quarantine")).isBetween(1, TermExtractor.EVERYDAY_ENGLISH_CLASS - 1);
        assertThat(f.frequencyClass("qzxv")).isZero();
    }
}

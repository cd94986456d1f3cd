package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hamgam.model.Bead;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.junit.jupiter.api.Test;

class DictionaryTest {
    @Test
    void wordsMeetInAnyOfTheirForms() {
        Dictionary d = Dictionary.parse(List.of("# comment", "", "کودک\tchild|children", "بیمارستان\thospital"));
        List<List<String>> fa = d.sourceFeatures(List.of(Tokens.words("کودکان به بیمارستان‌ها رفتند")));
        List<List<String>> en = d.targetFeatures(List.of(Tokens.words("The children went to hospitals")));
        assertThat(fa.get(0)).containsAll(en.get(0));
        assertThat(en.get(0)).hasSize(2);
        List<List<String>> words = List.of(Tokens.words("کودکان به بیمارستان‌ها رفتند"));
        Dictionary hunalign = Dictionary.parse(List.of("children @ کودک", "hospital @ بیمارستان"));
        Dictionary tabbed = Dictionary.parse(List.of("کودک\tchildren", "بیمارستان\thospital"));
        assertThat(hunalign.sourceFeatures(words)).isEqualTo(tabbed.sourceFeatures(words)).isNotEqualTo(List.of(
                List.of()));
    }

    @Test
    void aWordEndingInAVowelKeepsItsStemBeforeTheEzafe() {
        assertThat(List.of("ابتلا", "ابتلای", "ابتلاها")).extracting(Dictionary::persianKey).containsOnly("ابتلا");
        assertThat(List.of("آمریکای", "آمریکایی")).extracting(Dictionary::persianKey)
                .containsOnly(Dictionary.persianKey("آمریکا")).doesNotContain(Dictionary.persianKey("آمریک"));
    }

    @Test
    void entriesOfSeveralWordsAreLeftOutAndABadLineIsNamed() {
        assertThat(Dictionary.parse(List.of("آتش بس\tceasefire", "سازمان ملل\tUnited Nations")).size()).isZero();
        assertThatThrownBy(() -> Dictionary.parse(List.of("کودک\tchild", "بیمارستان hospital")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 2:");
    }

    @Test
    void theSeedListIsShippedForPersianToEnglishOnly() {
        assertThat(Dictionary.forPair(Lang.FA, Lang.EN).size()).isGreaterThan(500);
        assertThat(Dictionary.forPair(Lang.OTHER, Lang.OTHER).size()).isZero();
        assertThat(Dictionary.seed().sourceFeatures(List.of(List.of("کودک"))).get(0)).contains("child");
    }

    @Test
    void functionWordsOfNearlyEverySentenceNeverMatch() {
        List<List<String>> features = List.of(List.of("and", "child"), List.of("and"), List.of("and", "hospit"),
                List.of("and"), List.of("and"), List.of("and"), List.of("and"), List.of("and"), List.of("and"),
                List.of("and"));
        FeatureTable table = new FeatureTable(features, features, f -> 1, f -> 0, Dictionary.MAX_SHARE);
        java.util.Map<String, Double> weights = new java.util.HashMap<>();
        for (int f = 0; f < table.names.length; f++) {
            weights.put(table.names[f], table.matchWeight[f]);
        }
        assertThat(weights).containsEntry("and", 0.0).containsEntry("child", 1.0).containsEntry("hospit", 1.0);
    }

    /**
     * Two Persian sentences of the same length and one English sentence: length alone cannot tell which Persian
     * sentence the English leaves out; the dictionary's word pairs can, either way.
     */
    @Test
    void theDictionaryDecidesWhichSentenceHasNoCounterpart() {
        List<Segment> fa = TestSegments.lines(Lang.FA, "کودکان در مدرسه درس خواندند و بازی کردند.",
                "پزشکان در بیمارستان کار کردند و خسته شدند.");
        List<Segment> en = TestSegments.lines(Lang.EN, "The doctors worked at the hospital and got tired.");
        Dictionary right = Dictionary.parse(List.of("پزشک\tdoctor", "بیمارستان\thospital", "خسته\ttired"));
        Dictionary wrong = Dictionary.parse(List.of("کودک\tdoctor", "مدرسه\thospital", "بازی\ttired"));
        assertThat(beads(fa, en, right)).containsExactly(new Bead(List.of(0), List.of(), 0),
                new Bead(List.of(1), List.of(0), 0));
        assertThat(beads(fa, en, wrong)).containsExactly(new Bead(List.of(0), List.of(0), 0),
                new Bead(List.of(1), List.of(), 0));
    }

    private static List<Bead> beads(List<Segment> fa, List<Segment> en, Dictionary dictionary) {
        return Aligners.standard(AlignerOptions.defaults().withDictionary(dictionary)).align(fa, en).beads().stream()
                .map(b -> new Bead(b.source(), b.target(), 0)).toList();
    }
}

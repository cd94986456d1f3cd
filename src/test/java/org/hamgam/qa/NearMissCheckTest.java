package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.junit.jupiter.api.Test;

/** A real English word one letter from the translation the other pairs give a source word. */
class NearMissCheckTest {
    private final NearMissCheck check = new NearMissCheck();

    /** Pairs that teach کشور = country and شهرستان = county among others. */
    private static List<QaPair> document() {
        List<QaPair> pairs = new ArrayList<>();
        pairs.add(QaPair.of("1", "این کشور بزرگ است.", "This country is large."));
        pairs.add(QaPair.of("2", "مردم کشور رأی دادند.", "The people of the country voted."));
        pairs.add(QaPair.of("3", "کشور همسایه مرز را بست.", "The neighbouring country closed the border."));
        pairs.add(QaPair.of("4", "دولت کشور تصمیم گرفت.", "The government of the country decided."));
        pairs.add(QaPair.of("4b", "کشور آرام است.", "The country is calm."));
        pairs.add(QaPair.of("4c", "جمعیت کشور زیاد شد.", "The population of the country grew."));
        pairs.add(QaPair.of("5", "شهرستان کوچک است.", "The county is small."));
        pairs.add(QaPair.of("6", "مردم شهرستان آمدند.", "The people of the county came."));
        pairs.add(QaPair.of("7", "شهرستان شمالی بسته شد.", "The northern county was closed."));
        // Pairs on other things, so that کشور is a word of some pairs, not of most.
        String[][] other = {{"باران", "rain"}, {"دریا", "ocean"}, {"کتاب", "books"}, {"خانه", "house"},
            {"ماشین", "truck"}, {"درخت", "trees"}};
        for (int k = 0; k < 60; k++) {
            String[] o = other[k % other.length];
            pairs.add(QaPair.of("o" + k, o[0] + " " + (k + 1) + " بود.", "There were " + o[1] + " " + (k + 1) + "."));
        }
        return pairs;
    }

    @Test
    void aWordOneLetterFromTheUsualTranslationIsReported() {
        List<QaPair> pairs = document();
        pairs.add(QaPair.of("8", "این کشور ثروتمند است.", "This county is rich."));
        List<Issue> issues = check.check(pairs);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.segment()).isEqualTo("8");
            assertThat("This county is rich.".substring(i.start(), i.end())).isEqualTo("county");
            assertThat(i.suggestion()).isEqualTo("country");
            assertThat(i.severity()).isEqualTo(org.hamgam.model.Severity.INFO);
        });
    }

    @Test
    void theUsualTranslationOfAnotherSourceWordOrAFormOfItIsNot() {
        List<QaPair> pairs = document();
        pairs.add(QaPair.of("8", "کشورها و شهرستان", "The countries and the county."));
        pairs.add(QaPair.of("9", "این کشور و آن شهرستان", "This nation and that county."));
        assertThat(check.check(pairs)).isEmpty();
    }

    @Test
    void oneEditIsAnInsertionDeletionSubstitutionOrSwap() {
        assertThat(NearMissCheck.oneEditApart("county", "country")).isTrue();
        assertThat(NearMissCheck.oneEditApart("breakast", "breakfast")).isTrue();
        assertThat(NearMissCheck.oneEditApart("form", "from")).isTrue();
        assertThat(NearMissCheck.oneEditApart("world", "would")).isTrue();
        assertThat(NearMissCheck.oneEditApart("country", "country")).isFalse();
        assertThat(NearMissCheck.oneEditApart("county", "countries")).isFalse();
    }

    @Test
    void anotherFormOrTheOtherEnglishSpellingIsNoSlip() {
        assertThat(NearMissCheck.slip("county", "country")).isTrue();
        assertThat(NearMissCheck.slip("breakast", "breakfast")).isTrue();
        assertThat(NearMissCheck.slip("disease", "diseases")).isFalse();
        assertThat(NearMissCheck.slip("respirators", "respiratory")).isFalse();
        assertThat(NearMissCheck.slip("metres", "meters")).isFalse();
        assertThat(NearMissCheck.slip("colour", "color")).isFalse();
        assertThat(NearMissCheck.slip("realise", "realize")).isFalse();
        assertThat(NearMissCheck.slip("travelled", "traveled")).isFalse();
        assertThat(NearMissCheck.slip("billion", "million")).isFalse();
        assertThat(NearMissCheck.sameWord("countries", "country")).isTrue();
        assertThat(NearMissCheck.sameWord("county", "country")).isFalse();
    }
}

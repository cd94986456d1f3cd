package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.junit.jupiter.api.Test;

/** A word the target writes twice, found without LanguageTool. */
class DoubledWordCheckTest {
    private static List<Issue> check(String source, String target) {
        return QaRunner.withoutLanguageTool().run(List.of(QaPair.of("s1", source, target))).stream()
                .filter(i -> i.code().equals(DoubledWordCheck.CODE)).toList();
    }

    @Test
    void aDoubledWordIsAWarningWithTheWordOnceAsTheSuggestion() {
        String target = "Lukashenko met The the Shahed team.";
        assertThat(check("لوکاشنکو با تیم شاهد دیدار کرد.", target)).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(target.substring(i.start(), i.end())).isEqualTo("The the");
            assertThat(i.suggestion()).isEqualTo("The");
        });
        assertThat(check("او به خانه رفت.", "He went to to the house and and slept.")).hasSize(2);
    }

    @Test
    void grammarPlaceholdersInitialsAndReduplicationAreNoSlips() {
        assertThat(check("اگر وقت داشتم", "If I had had time, I would have come.")).isEmpty();
        assertThat(check("گفت که همین بود", "He said that that was all.")).isEmpty();
        assertThat(check("%s %s رمزگذاری", "Encoding: %s %s")).isEmpty();
        assertThat(check("حسین و همکاران", "Hussein A A and colleagues")).isEmpty();
        assertThat(check("تک تک", "تک تک")).isEmpty();
        assertThat(check("روز", "one day, a day")).isEmpty();
    }

    @Test
    void aDoubledWordBothSidesWriteIsAHint() {
        assertThat(check("تکرار کلمه (برای نمونه 'شد شد')", "Word repetition (e.g. 'will will')"))
                .singleElement().extracting(Issue::severity).isEqualTo(Severity.INFO);
    }

    @Test
    void theLexiconsReduplicationIsKnownAndAFunctionWordIsNot() {
        assertThat(DoubledWords.reduplication("رفته رفته سرد شد", 0, 10)).isTrue();
        assertThat(DoubledWords.reduplication("کم کم", 0, 5)).isTrue();
        assertThat(DoubledWords.reduplication("به به خانه", 0, 5)).isFalse();
        assertThat(DoubledWords.reduplication("خطا خطا در", 0, 7)).isFalse();
    }
}

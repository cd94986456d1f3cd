package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.junit.jupiter.api.Test;

/** Format placeholders: what counts as one, and the ones a translation loses, adds, changes or reorders. */
class PlaceholderCheckTest {
    private final PlaceholderCheck check = new PlaceholderCheck();

    private List<Issue> run(String source, String target) {
        return check.check(List.of(QaPair.of("s1", source, target)));
    }

    @Test
    void findsEachStyleAndNoPercentage() {
        assertThat(Placeholders.of("%s of %1$d, %.1f%%, %I.1f, %Id, %lu, %(name)s, {0}, {name}, $HOME, ${XDG}, %1"))
                .extracting(Placeholders.Placeholder::key)
                .containsExactly("s", "d", "f", "f", "d", "lu", "name", "0", "name", "HOME", "XDG", "1");
        assertThat(Placeholders.of("50% of the votes, 100%, US$5, 27%.A review, ۲۷%s")).isEmpty();
        assertThat(Placeholders.mask("%s %s files")).isEqualTo("      files");
        assertThat(Placeholders.onlyPlaceholders("%s %s files", 0, 5)).isTrue();
        assertThat(Placeholders.onlyPlaceholders("%s %s files", 0, 11)).isFalse();
    }

    @Test
    void theSamePlaceholdersWrittenAsTheTranslationMayAgree() {
        assertThat(run("%I.1f%% از %s", "%.1f%% of %s")).isEmpty();
        assertThat(run("%Id مورد", "%i items")).isEmpty();
        assertThat(run("%2$s در %1$s", "%s in %s")).isEmpty();
        assertThat(run("پرونده {name} در {0}", "File {name} in {0}")).isEmpty();
        assertThat(run("پوشه $XDG_DATA_HOME", "folder $XDG_DATA_HOME")).isEmpty();
        assertThat(run("%(count)d پرونده", "%(count)d files")).isEmpty();
        assertThat(run("۵۰ درصد", "50% of them")).isEmpty();
        assertThat(run("%-Oe %b %OY، %OH:%OM", "%-e %b %Y %H:%M")).isEmpty();
        assertThat(run("%-Oe %b", "%b")).hasSize(1);
    }

    @Test
    void aPlaceholderLostAddedChangedOrReorderedIsAnError() {
        assertThat(run("پرونده‌ها", "%d files")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("\"%d\" is not in the source"));
        assertThat(run("%d پرونده در %s", "%d files")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("\"%s\" of the source is missing"));
        assertThat(run("%s پرونده", "%d files")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("converts its argument otherwise"));
        assertThat(run("%d پرونده از %s", "%s: %d files")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("another order"));
        assertThat(run("پرونده {0}", "File {1}")).hasSize(2);
        assertThat(run("پرونده %(name)s", "File %(nmae)s")).hasSize(2);
        assertThat(run("پوشه $HOME", "folder")).hasSize(1);
        assertThat(run("پرونده ٪s", "File %s")).hasSize(1);
        assertThat(run("پرونده‌ها", "%d files"))
                .allSatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aDateFormatMayOrderItsPartsAndUseTheTwentyFourHourClock() {
        assertThat(run("%A، %Oe %B، %OH:%OM", "%A, %B %e %l:%M %p")).isEmpty();
        assertThat(run("فردا %OH:%OM", "Tomorrow %l:%M %p")).isEmpty();
        assertThat(run("%Ild پرونده", "%ld files")).isEmpty();
        assertThat(Strftime.isFormat("%lu bytes, %Id items, %I.1f%%, %Illd at %lld: %m, %g %G %F %C")).isFalse();
        assertThat(run("%Ig ثانیه", "%g seconds")).isEmpty();
        assertThat(Strftime.isFormat("%B %e, %Y")).isTrue();
    }

    @Test
    void aDateFormatThatDropsOrAddsAPartIsAnError() {
        assertThat(run("%A، %Oe %B، %OH:%OM", "%A, %B %e %l %p"))
                .extracting(Issue::code, Issue::severity, Issue::suggestion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PlaceholderCheck.CODE, Severity.ERROR, "%OM"));
        assertThat(run("%OH:%OM", "%H:%M %Y")).extracting(Issue::start).containsExactly(6);
        // Without a 24-hour clock on either side, the half of the day is a part like any other.
        assertThat(run("%Oe %B ساعت %OI", "%B %e at %I %p")).hasSize(1);
    }
}

package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.junit.jupiter.api.Test;

class SpaceBeforePeriodCheckTest {
    private static List<Issue> check(String target) {
        return new SpaceBeforePeriodCheck().check(List.of(QaPair.of("1", "پهپادها رسیدند.", target)));
    }

    @Test
    void reportsASpaceBeforeTheFinalPeriodWithItsSpanAndFix() {
        List<Issue> issues = check("The drones arrived .");
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(SpaceBeforePeriodCheck.CODE);
            assertThat("The drones arrived .".substring(i.start(), i.end())).isEqualTo(" .");
            assertThat(i.suggestion()).isEqualTo(".");
        });
        assertThat(check("The drones arrived  . ")).hasSize(1);
    }

    @Test
    void leavesAPeriodWithoutSpaceAnEllipsisAndOtherEndsAlone() {
        assertThat(check("The drones arrived.")).isEmpty();
        assertThat(check("The drones arrived . . .")).isEmpty();
        assertThat(check("The drones arrived ...")).isEmpty();
        assertThat(check("Did the drones arrive ?")).isEmpty();
        assertThat(check(".")).isEmpty();
        assertThat(check("")).isEmpty();
    }
}

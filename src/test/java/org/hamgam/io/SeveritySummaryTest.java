package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.Issue;
import org.hamgam.model.Severity;
import org.junit.jupiter.api.Test;

class SeveritySummaryTest {
    private static Issue issue(Severity s) {
        return new Issue("number", s, "1", 0, 1, "m", "");
    }

    @Test
    void countsFindingsBySeverityInOneLine() {
        assertThat(SeveritySummary.line(List.of(issue(Severity.ERROR), issue(Severity.ERROR),
                issue(Severity.WARNING), issue(Severity.INFO), issue(Severity.INFO), issue(Severity.INFO)), 40))
                .isEqualTo("qa: 2 errors, 1 warning, 3 info in 40 pairs");
        assertThat(SeveritySummary.line(List.of(), 1)).isEqualTo("qa: 0 errors, 0 warnings, 0 info in 1 pair");
    }

    @Test
    void findingsOnTheSourceAreSaidApartSinceFailOnDoesNotCountThem() {
        Issue onSource = new Issue("source-typos", Severity.WARNING, "1", 0, 1, "m", "");
        assertThat(SeveritySummary.line(List.of(onSource), 1))
                .isEqualTo("qa: 0 errors, 1 warning (on the Persian source, not counted by --fail-on), 0 info in 1 pair");
        assertThat(SeveritySummary.line(List.of(onSource, onSource), 2))
                .isEqualTo("qa: 0 errors, 2 warnings (all on the Persian source, not counted by --fail-on), 0 info "
                        + "in 2 pairs");
        assertThat(SeveritySummary.line(List.of(onSource, issue(Severity.WARNING), issue(Severity.ERROR)), 2))
                .isEqualTo("qa: 1 error, 2 warnings (1 on the Persian source, not counted by --fail-on), 0 info "
                        + "in 2 pairs");
    }
}

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
}

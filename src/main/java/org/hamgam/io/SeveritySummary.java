package org.hamgam.io;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hamgam.model.Issue;
import org.hamgam.model.Severity;

/**
 * One line that counts findings by severity ("qa: 2 errors, 1 warning, 5 info in 40 pairs", in the words of the table's severity column), for a reader who
 * runs {@code qa} without {@code --fail-on} and would otherwise have to count the table.
 */
public final class SeveritySummary {
    private SeveritySummary() {
    }

    /** The line for {@code issues} found in {@code pairs} pairs. */
    public static String line(List<Issue> issues, int pairs) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Issue i : issues) {
            counts.merge(i.severity(), 1, Integer::sum);
        }
        return "qa: " + count(counts.getOrDefault(Severity.ERROR, 0), "error") + ", "
                + count(counts.getOrDefault(Severity.WARNING, 0), "warning") + ", "
                + counts.getOrDefault(Severity.INFO, 0) + " info" + " in " + count(pairs, "pair");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

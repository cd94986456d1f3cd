package org.hamgam.io;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hamgam.model.Issue;
import org.hamgam.model.Severity;

/**
 * One line that counts findings by severity ("qa: 2 errors, 1 warning, 5 info in 40 pairs", in the words of the table's severity column), for a reader who
 * runs {@code qa} without {@code --fail-on} and would otherwise have to count the table. Errors and warnings on the
 * Persian source ({@code source-*}), which {@code --fail-on} does not count ({@link IssueReport#failsAt}), are said
 * apart, so that the line never seems to contradict the exit code: "1 warning (on the Persian source, not counted by
 * --fail-on)".
 */
public final class SeveritySummary {
    private SeveritySummary() {
    }

    /** The line for {@code issues} found in {@code pairs} pairs. */
    public static String line(List<Issue> issues, int pairs) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        Map<Severity, Integer> onSource = new EnumMap<>(Severity.class);
        for (Issue i : issues) {
            counts.merge(i.severity(), 1, Integer::sum);
            if (IssueReport.isSourceIssue(i)) {
                onSource.merge(i.severity(), 1, Integer::sum);
            }
        }
        return "qa: " + counted(counts, onSource, Severity.ERROR, "error") + ", "
                + counted(counts, onSource, Severity.WARNING, "warning") + ", "
                + counts.getOrDefault(Severity.INFO, 0) + " info" + " in " + count(pairs, "pair");
    }

    private static String counted(Map<Severity, Integer> counts, Map<Severity, Integer> onSource, Severity severity,
                                  String noun) {
        int all = counts.getOrDefault(severity, 0);
        int source = onSource.getOrDefault(severity, 0);
        if (source == 0) {
            return count(all, noun);
        }
        String which = source == all ? (all == 1 ? "" : "all ") : source + " ";
        return count(all, noun) + " (" + which + "on the Persian source, not counted by --fail-on)";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

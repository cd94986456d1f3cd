package org.hamgam.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hamgam.model.Bitext;
import org.hamgam.model.Issue;
import org.hamgam.model.Row;
import org.hamgam.model.Severity;
import org.hamgam.model.TermHit;
import org.hamgam.model.TmMatch;

/**
 * The review table {@code NAME.tsv}: one line per bead with a header row. Columns: id, Persian (repaired, the
 * text the XLIFF, TMX and OmegaT files carry), English, the Persian as written (empty when the repair changed
 * nothing), bead type, score, term hits ({@code persian=english}, an entry's further English after {@code |}, separated by
 * {@code "; "}), flags (the codes of
 * QA warnings and errors and {@code low-confidence}, separated by commas: a row with flags is a flagged row, as the
 * index and the review page count them), origin of the English ({@code aligned}, {@code tm}, {@code mt},
 * {@code none}), translation-memory matches ({@code 87% text} separated by {@code " | "}), hints (the codes of
 * info findings, which flag nothing) and messages (every finding as {@code severity code: message}, separated by
 * {@code " | "}). A tab, line break or backslash inside a cell is written as
 * {@code \t}, {@code \n}, {@code \r} or {@code \\} so that every row stays one line.
 */
public final class TsvWriter implements BitextWriter {
    static final List<String> HEADER = List.of("id", "persian", "english", "persian-as-written", "bead", "score",
            "terms", "flags", "origin", "matches", "hints", "messages");

    private final double reviewThreshold;

    public TsvWriter(double reviewThreshold) {
        this.reviewThreshold = reviewThreshold;
    }

    @Override
    public String fileName(String docId) {
        return docId + ".tsv";
    }

    @Override
    public void write(Bitext bitext, Writer out) throws IOException {
        out.write(String.join("\t", HEADER));
        out.write('\n');
        for (Row row : bitext.rows()) {
            String written = row.sourceOriginal().equals(row.sourceText()) ? "" : row.sourceOriginal();
            List<String> cells = List.of(row.id(), row.sourceText(), row.targetText(), written, row.beadType(),
                    score(row.bead().score()), terms(row.terms()), flags(row, reviewThreshold),
                    row.draft().origin().label(), matches(row.matches()), hints(row), messages(row, reviewThreshold));
            out.write(cells.stream().map(TsvWriter::escape).collect(Collectors.joining("\t")));
            out.write('\n');
        }
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.3f", score);
    }

    /**
     * A score below {@code threshold} with as many decimals as it takes to show it below (0.4996, not 0.500 against
     * 0.500), so that the message never contradicts itself.
     */
    static String scoreBelow(double score, double threshold) {
        String shown = score(score);
        for (int decimals = 4; decimals <= 6 && Double.parseDouble(shown) >= threshold; decimals++) {
            shown = String.format(Locale.ROOT, "%." + decimals + "f", score);
        }
        return shown;
    }

    /** Memory matches as {@code similarity% target} separated by {@code " | "}. */
    static String matches(List<TmMatch> matches) {
        return matches.stream().map(m -> m.similarity() + "% " + m.target()).collect(Collectors.joining(" | "));
    }

    static String terms(List<TermHit> hits) {
        return hits.stream().map(h -> h.source() + "=" + String.join("|", h.renderings())).distinct()
                .collect(Collectors.joining("; "));
    }

    /**
     * The row's flags: codes of QA warnings and errors in order of first appearance, then {@code low-confidence};
     * empty exactly when the row is not {@link Row#flagged flagged}.
     */
    static String flags(Row row, double threshold) {
        List<String> flags = row.issues().stream().filter(i -> i.severity() != Severity.INFO).map(Issue::code)
                .distinct().collect(Collectors.toList());
        if (row.lowConfidence(threshold)) {
            flags.add("low-confidence");
        }
        return String.join(",", flags);
    }

    /** Codes of info findings: hints that flag nothing. */
    static String hints(Row row) {
        return row.issues().stream().filter(i -> i.severity() == Severity.INFO).map(Issue::code).distinct()
                .collect(Collectors.joining(","));
    }

    /** Every finding in words, {@code severity code: message}, and low confidence when it flags the row. */
    static String messages(Row row, double threshold) {
        List<String> messages = new java.util.ArrayList<>();
        for (Issue issue : row.issues()) {
            messages.add(issue.severity().label() + " " + issue.code() + ": " + issue.message());
        }
        if (row.lowConfidence(threshold)) {
            messages.add("warning low-confidence: score " + scoreBelow(row.bead().score(), threshold)
                    + " is below the review threshold " + score(threshold));
        }
        return String.join(" | ", messages);
    }

    /** Escapes a cell so that it stays on one line and in one column. */
    public static String escape(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Reverses {@link #escape}. */
    public static String unescape(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                char next = cell.charAt(++i);
                switch (next) {
                    case 't' -> out.append('\t');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case '\\' -> out.append('\\');
                    default -> out.append(c).append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

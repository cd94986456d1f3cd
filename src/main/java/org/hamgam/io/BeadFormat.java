package org.hamgam.io;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Bead;
import org.hamgam.model.Bitext;
import org.hamgam.model.Row;

/**
 * The plain bead format used by Vecalign and Bleualign gold files: one bead per line as {@code [0, 1]:[2]},
 * 0-based sentence indices of source and target, deletions as {@code [3]:[]} and {@code []:[4]}. A bead a
 * reviewer should look at carries, after a tab, the flags the review table gives it ({@code [2]:[2]<TAB>
 * number,low-confidence}); a bead without flags is the bare bead, so an alignment nothing flagged stays a gold file.
 */
public final class BeadFormat {
    private BeadFormat() {
    }

    /** One bead per line, each line ending in a newline. */
    public static String render(List<Bead> beads) {
        StringBuilder sb = new StringBuilder();
        for (Bead b : beads) {
            sb.append(b.notation()).append('\n');
        }
        return sb.toString();
    }

    /**
     * One bead per line with its flags, as {@link TsvWriter#flags} gives them (QA warnings and errors, then
     * {@code low-confidence} below {@code reviewThreshold}), after a tab on the lines that have any.
     */
    public static String render(Bitext bitext, double reviewThreshold) {
        StringBuilder sb = new StringBuilder();
        for (Row row : bitext.rows()) {
            sb.append(row.bead().notation());
            String flags = TsvWriter.flags(row, reviewThreshold);
            if (!flags.isEmpty()) {
                sb.append('\t').append(flags);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Parses beads in this format (flags after a tab are left aside); blank lines are skipped, and so are lines empty on both sides ({@code []:[]}).
     * Parsed beads get confidence 1.
     *
     * @throws IllegalArgumentException on a malformed line, with its 1-based number
     */
    public static List<Bead> parse(String text) {
        List<Bead> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int k = 0; k < lines.length; k++) {
            int tab = lines[k].indexOf('\t');
            String line = (tab < 0 ? lines[k] : lines[k].substring(0, tab)).strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf("]:[");
            if (!line.startsWith("[") || !line.endsWith("]") || colon < 0) {
                throw new IllegalArgumentException("line " + (k + 1) + ": not a bead: " + line);
            }
            List<Integer> source = indices(line.substring(1, colon), k + 1);
            List<Integer> target = indices(line.substring(colon + 3, line.length() - 1), k + 1);
            if (!source.isEmpty() || !target.isEmpty()) {
                out.add(new Bead(source, target, 1));
            }
        }
        return out;
    }

    private static List<Integer> indices(String list, int lineNumber) {
        List<Integer> out = new ArrayList<>();
        if (list.isBlank()) {
            return out;
        }
        for (String part : list.split(",")) {
            try {
                int v = Integer.parseInt(part.strip());
                if (v < 0) {
                    throw new NumberFormatException();
                }
                out.add(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + lineNumber + ": bad index '" + part.strip() + "'", e);
            }
        }
        return out;
    }
}

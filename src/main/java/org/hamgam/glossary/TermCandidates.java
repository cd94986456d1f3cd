package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hamgam.model.Term;
import org.hamgam.model.TermCandidate;

/**
 * Renders term candidates for review: a TSV with the header {@code source target score frequency examples}
 * (examples: pair ids joined by {@code ", "}), or a glossary of the proposed entries for the TBX writer. Known
 * candidates (already in the glossary) are left out of both: they are not proposed again.
 */
public final class TermCandidates {
    /** The TSV header row, without its line end. */
    public static final String HEADER = "source\ttarget\tscore\tfrequency\texamples";

    private TermCandidates() {
    }

    /** The candidates that are not known yet, in the order given. */
    public static List<TermCandidate> proposed(List<TermCandidate> candidates) {
        return candidates.stream().filter(c -> !c.known()).toList();
    }

    /** The first {@code n} proposed candidates. */
    public static List<TermCandidate> top(List<TermCandidate> candidates, int n) {
        List<TermCandidate> p = proposed(candidates);
        return p.subList(0, Math.min(Math.max(0, n), p.size()));
    }

    /** The proposed candidates as TSV, header first, LF line ends. */
    public static String toTsv(List<TermCandidate> candidates) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (TermCandidate c : proposed(candidates)) {
            out.append(field(c.source())).append('\t')
                    .append(field(c.target())).append('\t')
                    .append(String.format(Locale.ROOT, "%.3f", c.score())).append('\t')
                    .append(c.frequency()).append('\t')
                    .append(field(String.join(", ", c.examples()))).append('\n');
        }
        return out.toString();
    }

    /** Tabs and line breaks would split the row. */
    private static String field(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    /**
     * The proposed candidates as glossary entries for the TBX writer: each note says the entry is a
     * proposal, with its score, frequency and example pairs.
     */
    public static Glossary toGlossary(List<TermCandidate> candidates) {
        List<Term> terms = new ArrayList<>();
        int n = 0;
        for (TermCandidate c : proposed(candidates)) {
            n++;
            String note = String.format(Locale.ROOT, "status: proposed; score %.3f; frequency %d", c.score(),
                    c.frequency()) + (c.examples().isEmpty() ? "" : "; examples " + String.join(", ", c.examples()));
            terms.add(new Term("candidate:" + n, c.source(), c.target(), note, List.of(), "candidate " + n, 0));
        }
        return Glossary.of(terms);
    }
}

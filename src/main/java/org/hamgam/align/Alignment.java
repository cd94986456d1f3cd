package org.hamgam.align;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hamgam.model.Bead;

/**
 * The result of aligning two segment lists: beads in document order covering every sentence once, an overall
 * quality in [0, 1], and warnings for the reviewer (e.g. when the two texts do not look like translations).
 */
public record Alignment(List<Bead> beads, double quality, List<String> warnings) {
    /** The warning {@link #lowConfidenceNote} writes, whatever its figures. */
    private static final Pattern LOW_CONFIDENCE_NOTE = Pattern.compile(
            "\\d+ of \\d+ beads (has|have) a confidence below \\d+(\\.\\d+)? and needs? review");

    public Alignment {
        beads = List.copyOf(beads);
        warnings = List.copyOf(warnings);
    }

    /**
     * The quality of a bead sequence over {@code n} source and {@code m} target sentences: the confidence-weighted
     * share of sentences that found a counterpart, as the aligner reports it for its own beads.
     */
    public static double quality(List<Bead> beads, int n, int m) {
        if (n + m == 0) {
            return 1;
        }
        double aligned = 0;
        for (Bead bead : beads) {
            if (!bead.source().isEmpty() && !bead.target().isEmpty()) {
                aligned += bead.score() * (bead.source().size() + bead.target().size());
            }
        }
        return aligned / (n + m);
    }

    /** The warning that {@code low} of {@code beads} beads score below {@code threshold} and need review. */
    public static String lowConfidenceNote(long low, int beads, double threshold) {
        return String.format(Locale.ROOT, "%d of %d beads %s a confidence below %.2f and need%s review", low, beads,
                low == 1 ? "has" : "have", threshold, low == 1 ? "s" : "");
    }

    /** Whether {@code warning} is a {@link #lowConfidenceNote}, so that a later count can take its place. */
    public static boolean isLowConfidenceNote(String warning) {
        return LOW_CONFIDENCE_NOTE.matcher(warning).matches();
    }
}

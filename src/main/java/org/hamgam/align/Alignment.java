package org.hamgam.align;

import java.util.List;
import org.hamgam.model.Bead;

/**
 * The result of aligning two segment lists: beads in document order covering every sentence once, an overall
 * quality in [0, 1], and warnings for the reviewer (e.g. when the two texts do not look like translations).
 */
public record Alignment(List<Bead> beads, double quality, List<String> warnings) {
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
}

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
}

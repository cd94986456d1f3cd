package org.hamgam.align;

import java.util.List;
import org.hamgam.model.Bead;

/**
 * An aligner's model of one document pair, which scores beads it did not choose itself: a bead a reviewer drew
 * gets the confidence the aligner would have given it, so that a merge, split or move is judged by the same
 * evidence as the run's beads. Not thread-safe.
 */
public interface BeadModel {
    /**
     * The confidence of each bead of {@code beads}, a sequence that covers both documents' sentences in order:
     * its probability under the aligner's model, as the aligner gives its own beads.
     */
    List<Double> confidences(List<Bead> beads);
}

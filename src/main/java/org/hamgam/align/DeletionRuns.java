package org.hamgam.align;

import java.util.List;

/**
 * How often a sentence without counterpart is followed by another one on the same side, measured on a first
 * alignment of the document pair. Untranslated passages (captions, footnotes, a paragraph left out) come in runs;
 * when the first pass shows runs on one side, the second pass may delete a run there at little more than the cost
 * of its first sentence, instead of hiding its sentences one by one in neighbouring merged beads.
 */
final class DeletionRuns {
    /** Source side (1-0 beads). */
    static final int SOURCE = -1;
    /** Target side (0-1 beads). */
    static final int TARGET = 1;

    private DeletionRuns() {
    }

    /**
     * The cost in nats of continuing a run of deletions on one side: {@code −ln} of the share of that side's
     * deleted sentences followed by another deleted sentence of the same side, with one pseudo-deletion at the
     * general deletion probability, so that a pair with few deletions stays at about the cost of a fresh deletion.
     *
     * @param deletionCost the prior cost of a deletion in nats
     * @param side         {@link #SOURCE} or {@link #TARGET}
     */
    static double continuation(List<BandedSearch.Step> steps, double deletionCost, int side) {
        int deleted = 0;
        int continued = 0;
        for (int k = 0; k < steps.size(); k++) {
            BandedSearch.Step s = steps.get(k);
            if (side(s) != side) {
                continue;
            }
            int size = side == SOURCE ? s.s1() - s.s0() : s.t1() - s.t0();
            deleted += size;
            continued += size - 1;
            if (k + 1 < steps.size() && side(steps.get(k + 1)) == side) {
                continued++;
            }
        }
        return -Math.log((continued + Math.exp(-deletionCost)) / (deleted + 1));
    }

    /** {@link #SOURCE} for a 1-0 step, {@link #TARGET} for a 0-1 step, 0 for a step with both sides. */
    private static int side(BandedSearch.Step s) {
        if (s.s0() == s.s1()) {
            return TARGET;
        }
        return s.t0() == s.t1() ? SOURCE : 0;
    }
}

package org.hamgam.align;

import java.util.List;

/** A bead shape with its prior cost in nats. */
record BeadType(int source, int target, double prior) {
    /**
     * Each sentence beyond four in a bead divides its prior by ten, the step from 2-1 to 2-2 and 3-1 below.
     */
    static final double PER_EXTRA_SENTENCE = 0.1;

    /**
     * Whether a bead of this shape is large: two sentences on both sides, or three or more on one. Such a bead joins
     * sentences that may each have a counterpart of their own, and is flagged for review.
     */
    static boolean isLarge(int source, int target) {
        return (source >= 2 && target >= 2) || source >= 3 || target >= 3;
    }

    /**
     * The shapes of up to five sentences and 3-3, with priors after Gale and Church (1993) for the small ones.
     * Deletions are made more likely than their 0.5 % each: in real document pairs whole passages go untranslated,
     * and a deletion that is too dear gets absorbed into a neighbouring bead instead. The large shapes (2-3, 3-2,
     * 1-4, 4-1, 3-3) come from texts whose two sides split sentences differently (lists, OCR, free translation);
     * without them such a bead can only be matched as wrong smaller beads.
     */
    static List<BeadType> all(double deletion, double merge, double twoTwo, double threeOne) {
        double twoThree = twoTwo - Math.log(PER_EXTRA_SENTENCE);
        double oneFour = threeOne - Math.log(PER_EXTRA_SENTENCE);
        double threeThree = twoTwo - 2 * Math.log(PER_EXTRA_SENTENCE);
        return List.of(
                new BeadType(1, 1, -Math.log(0.89)),
                new BeadType(1, 0, deletion),
                new BeadType(0, 1, deletion),
                new BeadType(2, 1, merge),
                new BeadType(1, 2, merge),
                new BeadType(2, 2, twoTwo),
                new BeadType(3, 1, threeOne),
                new BeadType(1, 3, threeOne),
                new BeadType(2, 3, twoThree),
                new BeadType(3, 2, twoThree),
                new BeadType(4, 1, oneFour),
                new BeadType(1, 4, oneFour),
                new BeadType(3, 3, threeThree));
    }

    /**
     * Two consecutive deletions on one side as one bead that costs a deletion plus the continuation cost of that
     * side ({@link DeletionRuns}); longer runs are chains of these. A side whose continuation is no cheaper than a
     * fresh deletion gets no such bead. The bead is reported as two 1-0 or 0-1 beads.
     */
    static List<BeadType> runs(double deletion, double sourceContinuation, double targetContinuation) {
        List<BeadType> out = new java.util.ArrayList<>(2);
        if (sourceContinuation < deletion) {
            out.add(new BeadType(2, 0, deletion + sourceContinuation));
        }
        if (targetContinuation < deletion) {
            out.add(new BeadType(0, 2, deletion + targetContinuation));
        }
        return out;
    }
}

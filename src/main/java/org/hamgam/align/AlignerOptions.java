package org.hamgam.align;

/**
 * Options of the standard aligner.
 *
 * @param reviewThreshold beads whose confidence is below this value are flagged for review
 * @param secondPass      whether to realign with a word-translation table learned from the first-pass alignment
 */
public record AlignerOptions(double reviewThreshold, boolean secondPass) {
    public AlignerOptions {
        if (!(reviewThreshold >= 0 && reviewThreshold <= 1)) {
            throw new IllegalArgumentException("review threshold must be in [0, 1]: " + reviewThreshold);
        }
    }

    public AlignerOptions(double reviewThreshold) {
        this(reviewThreshold, defaults().secondPass());
    }

    /** Review threshold 0.5, second pass on. */
    public static AlignerOptions defaults() {
        return new AlignerOptions(0.5, true);
    }
}

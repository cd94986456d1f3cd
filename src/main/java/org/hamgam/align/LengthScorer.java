package org.hamgam.align;

/**
 * Gale–Church length cost: the target length of a bead is expected to be {@code ratio} times its source
 * length, with a variance that grows with the length. The ratio comes from the two documents themselves, so
 * the scorer works for any language pair.
 */
final class LengthScorer implements BeadScorer {
    /** Variance per character, as estimated by Gale and Church. */
    static final double VARIANCE = 6.8;

    private final long[] sourcePrefix;
    private final long[] targetPrefix;
    private final double ratio;
    private final double variance;

    LengthScorer(int[] sourceLengths, int[] targetLengths, double ratio, double variance) {
        this.sourcePrefix = prefix(sourceLengths);
        this.targetPrefix = prefix(targetLengths);
        this.ratio = ratio;
        this.variance = variance;
    }

    private static long[] prefix(int[] lengths) {
        long[] p = new long[lengths.length + 1];
        for (int i = 0; i < lengths.length; i++) {
            p[i + 1] = p[i] + lengths[i];
        }
        return p;
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        if (s0 == s1 || t0 == t1) {
            return 0;
        }
        double ls = sourcePrefix[s1] - sourcePrefix[s0];
        double lt = targetPrefix[t1] - targetPrefix[t0];
        // Measure both sides in target units and let the variance follow their mean, so that the cost is
        // symmetric in the two languages.
        double expected = ls * ratio;
        double mean = (expected + lt) / 2 + 1;
        double delta = (lt - expected) / Math.sqrt(variance * mean);
        return -Gaussian.logTwoSidedTail(Math.abs(delta));
    }
}

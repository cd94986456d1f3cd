package org.hamgam.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pieces of one sentence ({@link Joins}) cost nothing to join: a bead that joins {@code k} source and {@code l}
 * target pieces gets back the difference between its shape's prior and that of the shape with those joins undone,
 * so a 2-1 bead of two pieces of one sentence costs what a 1-1 does. Deletions get nothing back.
 */
final class JoinScorer implements BeadScorer {
    /** What joining two pieces costs, so that pieces each with a counterpart are not joined for a smoother length fit. */
    static final double PER_JOIN = 1.0;
    private final int[] sourceJoins;
    private final int[] targetJoins;
    private final Map<Long, Double> priors = new HashMap<>();

    JoinScorer(boolean[] source, boolean[] target, List<BeadType> types) {
        this.sourceJoins = prefix(source);
        this.targetJoins = prefix(target);
        for (BeadType t : types) {
            priors.putIfAbsent(key(t.source(), t.target()), t.prior());
        }
    }

    /** Whether any two neighbouring segments of either side may be one sentence: otherwise the scorer does nothing. */
    static boolean useful(boolean[] source, boolean[] target) {
        for (boolean b : source) {
            if (b) {
                return true;
            }
        }
        for (boolean b : target) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        if (s0 == s1 || t0 == t1) {
            return 0;
        }
        int k = sourceJoins[s1 - 1] - sourceJoins[s0];
        int l = targetJoins[t1 - 1] - targetJoins[t0];
        if (k == 0 && l == 0) {
            return 0;
        }
        Double whole = priors.get(key(s1 - s0, t1 - t0));
        Double joined = priors.get(key(s1 - s0 - k, t1 - t0 - l));
        return whole == null || joined == null ? 0 : joined - whole + PER_JOIN * (k + l);
    }

    /** {@code out[i]}: the joins between segments before {@code i}, i.e. among pairs (0,1) … (i-1,i). */
    private static int[] prefix(boolean[] joins) {
        int[] out = new int[joins.length + 1];
        for (int i = 0; i < joins.length; i++) {
            out[i + 1] = out[i] + (joins[i] ? 1 : 0);
        }
        return out;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | b;
    }
}

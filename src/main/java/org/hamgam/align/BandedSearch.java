package org.hamgam.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Dynamic programming over a band: the best (Viterbi) bead sequence, and for each of its beads the posterior
 * probability from the forward–backward sums over all bead sequences in the band. Independent of how beads are
 * scored.
 */
final class BandedSearch {
    /** A bead of the best path: source {@code [s0, s1)}, target {@code [t0, t1)}. */
    record Step(int s0, int s1, int t0, int t1, double cost, double posterior) {
    }

    record Result(List<Step> steps, boolean touchesEdge, double totalCost) {
    }

    /** Costs are kept between the forward and backward pass when they fit in this many floats (128 MB). */
    static final long MAX_CACHED = 32_000_000L;

    private final List<BeadType> types;
    private final double temperature;

    /**
     * @param temperature costs are divided by it in the forward–backward sums (not in the best path): the scorers'
     *                    costs are not calibrated log-probabilities, and a temperature above 1 keeps the posteriors
     *                    from being overconfident
     */
    BandedSearch(List<BeadType> types, double temperature) {
        this.types = types;
        this.temperature = temperature;
    }

    Result search(Band band, BeadScorer scorer) {
        int cells = Math.toIntExact(band.cells());
        double[] viterbi = new double[cells];
        double[] forward = new double[cells];
        byte[] back = new byte[cells];
        int nt = types.size();
        int[] da = new int[nt];
        int[] db = new int[nt];
        double[] prior = new double[nt];
        for (int t = 0; t < nt; t++) {
            da[t] = types.get(t).source();
            db[t] = types.get(t).target();
            prior[t] = types.get(t).prior();
        }
        float[] cache = (long) cells * nt <= MAX_CACHED ? new float[cells * nt] : null;
        for (int i = 0; i <= band.n; i++) {
            for (int j = band.lo[i]; j <= band.hi[i]; j++) {
                int c = band.index(i, j);
                if (i == 0 && j == 0) {
                    viterbi[c] = 0;
                    forward[c] = 0;
                    back[c] = -1;
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                double sum = Double.POSITIVE_INFINITY;
                byte arg = -1;
                for (int t = 0; t < nt; t++) {
                    int pi = i - da[t];
                    int pj = j - db[t];
                    if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                        continue;
                    }
                    int p = band.index(pi, pj);
                    if (viterbi[p] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    // Rounded to float so that both passes see exactly the same costs, cached or not.
                    float cost = (float) (prior[t] + scorer.cost(pi, i, pj, j));
                    if (cache != null) {
                        cache[c * nt + t] = cost;
                    }
                    double v = viterbi[p] + cost;
                    if (v < best) {
                        best = v;
                        arg = (byte) t;
                    }
                    sum = logAdd(sum, forward[p] + cost / temperature);
                }
                viterbi[c] = best;
                forward[c] = sum;
                back[c] = arg;
            }
        }
        double[] backward = backward(band, scorer, da, db, prior, cache);
        double total = forward[band.index(band.n, band.m)];

        List<Step> steps = new ArrayList<>();
        boolean touches = false;
        int i = band.n;
        int j = band.m;
        while (i > 0 || j > 0) {
            int c = band.index(i, j);
            int t = back[c];
            if (t < 0) {
                throw new IllegalStateException("band is not connected at " + i + "," + j);
            }
            int pi = i - da[t];
            int pj = j - db[t];
            int p = band.index(pi, pj);
            double cost = cache != null ? cache[c * nt + t] : (float) (prior[t] + scorer.cost(pi, i, pj, j));
            double posterior = Math.exp(-(forward[p] + cost / temperature + backward[c] - total));
            steps.add(new Step(pi, i, pj, j, cost, Math.max(0, Math.min(1, posterior))));
            touches |= band.onEdge(i, j);
            i = pi;
            j = pj;
        }
        Collections.reverse(steps);
        return new Result(steps, touches, viterbi[band.index(band.n, band.m)]);
    }

    /**
     * The forward and backward sums over every bead sequence in {@code band}, from which any bead whose corners lie
     * in the band gets its posterior ({@link Sums#cost}), whether or not it is on the best path.
     */
    Sums sums(Band band, BeadScorer scorer) {
        int nt = types.size();
        int[] da = types.stream().mapToInt(BeadType::source).toArray();
        int[] db = types.stream().mapToInt(BeadType::target).toArray();
        double[] prior = types.stream().mapToDouble(BeadType::prior).toArray();
        double[] forward = new double[Math.toIntExact(band.cells())];
        for (int i = 0; i <= band.n; i++) {
            for (int j = band.lo[i]; j <= band.hi[i]; j++) {
                int c = band.index(i, j);
                if (i == 0 && j == 0) {
                    continue;
                }
                double sum = Double.POSITIVE_INFINITY;
                for (int t = 0; t < nt; t++) {
                    int pi = i - da[t];
                    int pj = j - db[t];
                    if (pi < 0 || pj < 0 || !band.contains(pi, pj)
                            || forward[band.index(pi, pj)] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    float cost = (float) (prior[t] + scorer.cost(pi, i, pj, j));
                    sum = logAdd(sum, forward[band.index(pi, pj)] + cost / temperature);
                }
                forward[c] = sum;
            }
        }
        return new Sums(band, forward, backward(band, scorer, da, db, prior, null));
    }

    /** Forward and backward sums of one band, as costs. */
    final class Sums {
        private final Band band;
        private final double[] forward;
        private final double[] backward;

        private Sums(Band band, double[] forward, double[] backward) {
            this.band = band;
            this.forward = forward;
            this.backward = backward;
        }

        /**
         * {@code −ln} of the posterior probability that the path goes from {@code (s0, t0)} to {@code (s1, t1)} by
         * a step of cost {@code stepCost} (prior and signals, before the temperature); infinite when a corner is
         * outside the band.
         */
        double cost(int s0, int s1, int t0, int t1, double stepCost) {
            if (!band.contains(s0, t0) || !band.contains(s1, t1)) {
                return Double.POSITIVE_INFINITY;
            }
            double total = forward[band.index(band.n, band.m)];
            return forward[band.index(s0, t0)] + stepCost / temperature + backward[band.index(s1, t1)] - total;
        }
    }

    /** The bead shapes this search allows. */
    List<BeadType> types() {
        return types;
    }

    double temperature() {
        return temperature;
    }

    private double[] backward(Band band, BeadScorer scorer, int[] da, int[] db, double[] prior, float[] cache) {
        int nt = da.length;
        double[] backward = new double[Math.toIntExact(band.cells())];
        for (int i = band.n; i >= 0; i--) {
            for (int j = band.hi[i]; j >= band.lo[i]; j--) {
                int c = band.index(i, j);
                if (i == band.n && j == band.m) {
                    backward[c] = 0;
                    continue;
                }
                double sum = Double.POSITIVE_INFINITY;
                for (int t = 0; t < da.length; t++) {
                    int ni = i + da[t];
                    int nj = j + db[t];
                    if (ni > band.n || nj > band.m || !band.contains(ni, nj)) {
                        continue;
                    }
                    int nc = band.index(ni, nj);
                    double next = backward[nc];
                    if (next == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double cost = cache != null ? cache[nc * nt + t] : (float) (prior[t] + scorer.cost(i, ni, j, nj));
                    sum = logAdd(sum, next + cost / temperature);
                }
                backward[c] = sum;
            }
        }
        return backward;
    }

    /** {@code −ln(e^−x + e^−y)}: adds two probabilities given as costs. */
    static double logAdd(double x, double y) {
        if (x == Double.POSITIVE_INFINITY) {
            return y;
        }
        if (y == Double.POSITIVE_INFINITY) {
            return x;
        }
        double lo = Math.min(x, y);
        double d = Math.abs(x - y);
        return d > 40 ? lo : lo - Math.log1p(Math.exp(-d));
    }
}

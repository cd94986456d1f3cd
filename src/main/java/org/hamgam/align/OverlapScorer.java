package org.hamgam.align;

import java.util.Arrays;

/**
 * One signal's features (numbers, cognates, names, …) as a bead cost: rewards features found on both sides of a
 * bead and charges those left without counterpart in a bead of aligned sentences (deletions are never charged, nor
 * features the other side never has when it has few of that kind at all, {@link #SPARSE_SIDE}).
 * Each side of a bead is the union of its sentences' features, so a feature repeated in neighbouring sentences is
 * counted once and does not lure the search into merging them. Each signal is its own scorer; the aligner adds
 * them up.
 *
 * <p>The unions of every run of up to {@link #MAX_RUN} sentences are computed once; the source run of a bead is
 * marked in a table and reused while the search walks a row, so scoring a bead is one pass over the target run.
 */
final class OverlapScorer implements BeadScorer {
    static final int MAX_RUN = 4;
    /**
     * A side with fewer chargeable features than this share of the other side's (counted per sentence) is sparse:
     * the other side's features that it never has are not charged as missing.
     */
    static final double SPARSE_SIDE = 0.25;

    /** Per feature: what finding it on both sides saves compared with missing it on both. */
    private final double[] gain;
    private final Runs source;
    private final Runs target;
    /**
     * {@code marks[slot(f) + len - 1] == s0 + 1} iff feature f occurs in source sentences [s0, s0 + len). The four
     * run lengths of a feature sit side by side, and only matchable features have a slot, so that the lookups of
     * one cell share cache lines.
     */
    private final int[] marks;
    private final int[] marked = new int[MAX_RUN];
    /** {@code targetGain[len - 1][t0][k]} is the gain of the k-th feature of the target run: read in order, not by id. */
    private final double[][][] targetGain;

    /**
     * @param reward  nats saved per feature found on both sides, times the table's match weight
     * @param penalty nats charged per feature left without counterpart in an aligned bead, times its miss weight
     */
    OverlapScorer(FeatureTable table, double reward, double penalty) {
        int size = table.names.length;
        gain = new double[size];
        double[] miss = new double[size];
        // Only features found in both documents can ever match; the others count for the miss costs alone.
        boolean[] matchable = new boolean[size];
        long sourceTotal = 0;
        long targetTotal = 0;
        for (int f = 0; f < size; f++) {
            if (table.missWeight[f] != 0) {
                sourceTotal += table.sourceDf[f];
                targetTotal += table.targetDf[f];
            }
        }
        // A side that writes hardly any of these features (numbers in words, a version without them) says nothing
        // by leaving them out of one sentence: the other side's features it never has go uncharged.
        boolean sourceSparse = sourceTotal < SPARSE_SIDE * targetTotal;
        boolean targetSparse = targetTotal < SPARSE_SIDE * sourceTotal;
        for (int f = 0; f < size; f++) {
            boolean unheard = (table.targetDf[f] == 0 && targetSparse) || (table.sourceDf[f] == 0 && sourceSparse);
            miss[f] = unheard ? 0 : penalty * table.missWeight[f];
            gain[f] = reward * table.matchWeight[f] + 2 * miss[f];
            matchable[f] = gain[f] != 0 && table.sourceDf[f] > 0 && table.targetDf[f] > 0;
        }
        source = new Runs(kept(table.source, miss), miss, matchable);
        target = new Runs(kept(table.target, miss), miss, matchable);
        targetGain = new double[MAX_RUN][][];
        for (int r = 0; r < MAX_RUN; r++) {
            int[][] unions = target.unions[r];
            targetGain[r] = new double[unions.length][];
            for (int t = 0; t < unions.length; t++) {
                if (unions[t] != null) {
                    double[] g = new double[unions[t].length];
                    for (int k = 0; k < g.length; k++) {
                        g[k] = gain[unions[t][k]];
                    }
                    targetGain[r][t] = g;
                }
            }
        }
        // From here on the unions hold slots (the rank among matchable features times MAX_RUN), not feature ids.
        int[] slot = new int[size];
        int slots = 0;
        for (int f = 0; f < size; f++) {
            if (matchable[f]) {
                slot[f] = slots;
                slots += MAX_RUN;
            }
        }
        source.toSlots(slot);
        target.toSlots(slot);
        marks = new int[slots];
        Arrays.fill(marked, -1);
    }

    /** Whether a scorer of {@code table} with these weights can change a cost at all. */
    static boolean useful(FeatureTable table, double reward, double penalty) {
        return (reward > 0 || penalty > 0) && !table.isEmpty();
    }

    /** Each sentence's features without those that can neither match nor cost anything, which only slow it down. */
    private int[][] kept(int[][] sentences, double[] miss) {
        int[][] out = new int[sentences.length][];
        for (int i = 0; i < sentences.length; i++) {
            int[] a = new int[sentences[i].length];
            int k = 0;
            for (int f : sentences[i]) {
                if (gain[f] != 0 || miss[f] != 0) {
                    a[k++] = f;
                }
            }
            out[i] = k == a.length ? a : Arrays.copyOf(a, k);
        }
        return out;
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        int ns = s1 - s0;
        int nt = t1 - t0;
        if (ns == 0 || nt == 0) {
            // A sentence without counterpart explains its own unmatched features; only a bead that claims to be
            // a translation is charged for them, which keeps an untranslated sentence from hiding in a neighbour.
            return 0;
        }
        double missS = source.miss[ns - 1][s0];
        double missT = target.miss[nt - 1][t0];
        // Membership of the source run, remembered across calls: the search asks for the same source run
        // for a whole row of target positions, so the run is marked once and each call only walks the target run.
        int lane = ns - 1;
        int[] mark = marks;
        if (marked[lane] != s0) {
            for (int f : source.union(s0, ns)) {
                mark[f + lane] = s0 + 1;
            }
            marked[lane] = s0;
        }
        int stamp = s0 + 1;
        double saved = 0;
        int[] union = target.union(t0, nt);
        double[] unionGain = targetGain[nt - 1][t0];
        for (int k = 0; k < union.length; k++) {
            if (mark[union[k] + lane] == stamp) {
                saved += unionGain[k];
            }
        }
        return missS + missT - saved;
    }

    /** Feature unions and miss costs of every run of 1 to {@link #MAX_RUN} consecutive sentences of one side. */
    private static final class Runs {
        final int[][][] unions = new int[MAX_RUN][][];
        final double[][] miss = new double[MAX_RUN][];

        /** Unions keep only the matchable features; the miss costs are summed over all of them. */
        Runs(int[][] sentences, double[] missWeight, boolean[] matchable) {
            int n = sentences.length;
            int[][] previous = null;
            for (int r = 0; r < MAX_RUN; r++) {
                int[][] full = new int[n][];
                unions[r] = new int[n][];
                miss[r] = new double[n];
                for (int i = 0; i + r < n; i++) {
                    int[] u = r == 0 ? sentences[i] : union(previous[i], sentences[i + r]);
                    full[i] = u;
                    double sum = 0;
                    int k = 0;
                    for (int f : u) {
                        sum += missWeight[f];
                        if (matchable[f]) {
                            k++;
                        }
                    }
                    miss[r][i] = sum;
                    unions[r][i] = k == u.length ? u : matchableOnly(u, k, matchable);
                }
                previous = full;
            }
        }

        private static int[] matchableOnly(int[] features, int count, boolean[] matchable) {
            int[] out = new int[count];
            int k = 0;
            for (int f : features) {
                if (matchable[f]) {
                    out[k++] = f;
                }
            }
            return out;
        }

        void toSlots(int[] slot) {
            for (int[][] runs : unions) {
                for (int[] u : runs) {
                    if (u != null) {
                        for (int k = 0; k < u.length; k++) {
                            u[k] = slot[u[k]];
                        }
                    }
                }
            }
        }

        int[] union(int from, int count) {
            return unions[count - 1][from];
        }

        private static int[] union(int[] a, int[] b) {
            int[] out = new int[a.length + b.length];
            int i = 0;
            int j = 0;
            int k = 0;
            while (i < a.length && j < b.length) {
                if (a[i] == b[j]) {
                    out[k++] = a[i++];
                    j++;
                } else if (a[i] < b[j]) {
                    out[k++] = a[i++];
                } else {
                    out[k++] = b[j++];
                }
            }
            while (i < a.length) {
                out[k++] = a[i++];
            }
            while (j < b.length) {
                out[k++] = b[j++];
            }
            return k == out.length ? out : Arrays.copyOf(out, k);
        }
    }
}

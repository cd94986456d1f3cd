package org.hamgam.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The guide path a band is drawn around: a target position for every source prefix length. Built either from
 * anchors (sentence pairs sharing a feature found nowhere else in either document, filtered to the longest
 * chain that keeps document order) or from a previous alignment.
 */
final class GuidePath {
    private GuidePath() {
    }

    /** Sentence pairs {@code (i, j)} that share a feature occurring exactly once in each document. */
    static List<int[]> anchors(List<FeatureTable> tables) {
        List<int[]> out = new ArrayList<>();
        for (FeatureTable table : tables) {
            int size = table.names.length;
            int[] sourceAt = new int[size];
            int[] targetAt = new int[size];
            for (int i = 0; i < table.source.length; i++) {
                for (int f : table.source[i]) {
                    sourceAt[f] = i;
                }
            }
            for (int j = 0; j < table.target.length; j++) {
                for (int f : table.target[j]) {
                    targetAt[f] = j;
                }
            }
            for (int f = 0; f < size; f++) {
                if (table.sourceDf[f] == 1 && table.targetDf[f] == 1 && table.matchWeight[f] >= 0.8) {
                    out.add(new int[] {sourceAt[f], targetAt[f]});
                }
            }
        }
        return chain(out);
    }

    /** Anchors whose offset from the diagonal differs from that of their neighbours in the chain by more than this. */
    static final int MAX_DETOUR = 48;
    /** Neighbours on each side of an anchor whose median offset it is compared with. */
    static final int NEIGHBOURS = 4;

    /**
     * The anchors of a chain without the lone detours: an anchor whose offset from the diagonal of an {@code n × m}
     * pair differs by more than {@link #MAX_DETOUR} from the median offset of its {@link #NEIGHBOURS} neighbours on
     * each side. A feature that two sentences share by chance far from their true place (a number, a look-alike
     * name) can still fit the order of the chain and would bend the guide, and the band with it, away from the
     * alignment; a real shift (a passage left out) moves every anchor after it, so the median follows it.
     */
    static List<int[]> withoutDetours(List<int[]> chain, int n, int m) {
        int k = chain.size();
        double slope = n == 0 ? 1 : (double) m / n;
        double[] offset = new double[k];
        for (int a = 0; a < k; a++) {
            offset[a] = chain.get(a)[1] - slope * chain.get(a)[0];
        }
        List<int[]> out = new ArrayList<>(k);
        for (int a = 0; a < k; a++) {
            int from = Math.max(0, a - NEIGHBOURS);
            int to = Math.min(k, a + NEIGHBOURS + 1);
            double[] around = new double[to - from - 1];
            int c = 0;
            for (int b = from; b < to; b++) {
                if (b != a) {
                    around[c++] = offset[b];
                }
            }
            if (around.length == 0) {
                out.add(chain.get(a));
                continue;
            }
            Arrays.sort(around);
            double median = around[around.length / 2];
            if (Math.abs(offset[a] - median) <= MAX_DETOUR) {
                out.add(chain.get(a));
            }
        }
        return out;
    }

    /** The longest chain of anchors increasing strictly on both sides (patience sorting, n log n). */
    static List<int[]> chain(List<int[]> anchors) {
        int[][] a = anchors.toArray(new int[0][]);
        // Equal source rows sorted by descending target, so that at most one of them enters the chain.
        Arrays.sort(a, (x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        int[] tails = new int[a.length];
        int[] prev = new int[a.length];
        int len = 0;
        for (int k = 0; k < a.length; k++) {
            int lo = 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[tails[mid]][1] < a[k][1]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[k] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = k;
            if (lo == len) {
                len++;
            }
        }
        List<int[]> out = new ArrayList<>(len);
        for (int k = len > 0 ? tails[len - 1] : -1; k >= 0; k = prev[k]) {
            out.add(a[k]);
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** Piecewise-linear path from (0, 0) through each anchor sentence pair to (n, m). */
    static int[] through(List<int[]> anchors, int n, int m) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0, 0});
        for (int[] a : anchors) {
            points.add(new double[] {a[0], a[1]});
            points.add(new double[] {a[0] + 1, a[1] + 1});
        }
        points.add(new double[] {n, m});
        int[] guide = new int[n + 1];
        int p = 0;
        for (int i = 0; i <= n; i++) {
            while (p + 1 < points.size() - 1 && points.get(p + 1)[0] <= i) {
                p++;
            }
            double[] a = points.get(p);
            double[] b = points.get(Math.min(p + 1, points.size() - 1));
            double j = b[0] == a[0] ? b[1] : a[1] + (b[1] - a[1]) * (i - a[0]) / (b[0] - a[0]);
            guide[i] = (int) Math.round(Math.max(0, Math.min(m, j)));
        }
        for (int i = 1; i <= n; i++) {
            guide[i] = Math.max(guide[i], guide[i - 1]);
        }
        return guide;
    }

    /**
     * The path on which both documents advance at the same share of their characters: for each source prefix, the
     * target prefix of the nearest share of the target's length.
     */
    static int[] byLength(int[] sourceLengths, int[] targetLengths) {
        int n = sourceLengths.length;
        int m = targetLengths.length;
        double sourceTotal = 0;
        double targetTotal = 0;
        for (int l : sourceLengths) {
            sourceTotal += l + 1;
        }
        for (int l : targetLengths) {
            targetTotal += l + 1;
        }
        int[] guide = new int[n + 1];
        double s = 0;
        double t = 0;
        int j = 0;
        for (int i = 0; i <= n; i++) {
            double share = s / sourceTotal;
            while (j < m && (t + (targetLengths[j] + 1) / 2.0) / targetTotal < share) {
                t += targetLengths[j] + 1;
                j++;
            }
            guide[i] = i == n ? m : j;
            if (i < n) {
                s += sourceLengths[i] + 1;
            }
        }
        return guide;
    }

    /** The path of a previous alignment: for each source prefix, the target position it was aligned at. */
    static int[] of(List<BandedSearch.Step> steps, int n) {
        int[] guide = new int[n + 1];
        for (BandedSearch.Step s : steps) {
            for (int i = s.s0(); i <= s.s1(); i++) {
                guide[i] = i == s.s0() ? s.t0() : i == s.s1() ? s.t1()
                        : s.t0() + (s.t1() - s.t0()) * (i - s.s0()) / Math.max(1, s.s1() - s.s0());
            }
        }
        for (int i = 1; i <= n; i++) {
            guide[i] = Math.max(guide[i], guide[i - 1]);
        }
        return guide;
    }
}

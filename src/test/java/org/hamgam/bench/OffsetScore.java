package org.hamgam.bench;

import java.util.List;
import java.util.Locale;

/**
 * End-to-end alignment score over characters, so that systems that cut sentences differently are compared on the
 * same footing. An output bead is right when every non-space character it covers, on both sides, belongs to one
 * gold bead, and it leaves a side empty only where that gold bead does (a finer split of a gold bead is no error).
 * Precision is over all output beads; recall over the gold beads with both sides, a gold bead being found when
 * right output beads cover all its characters.
 */
final class OffsetScore {
    /** An output bead: the character spans {@code {start, end}} it covers on each side. */
    record Output(List<int[]> source, List<int[]> target) {
    }

    private long right;
    private long output;
    private long found;
    private long gold;
    /** Bead type of the large beads (two sentences on both sides, or three on one) → {output, right}. */
    private final java.util.Map<String, long[]> large = new java.util.TreeMap<>();

    void add(RunningText.Pair pair, List<Output> beads) {
        int[] sourceOwner = owners(pair.source(), pair.gold(), true);
        int[] targetOwner = owners(pair.target(), pair.gold(), false);
        boolean[] sourceCovered = new boolean[pair.source().length()];
        boolean[] targetCovered = new boolean[pair.target().length()];
        for (Output b : beads) {
            output++;
            long[] typeCount = isLarge(b)
                    ? large.computeIfAbsent(b.source().size() + "-" + b.target().size(), k -> new long[2]) : null;
            if (typeCount != null) {
                typeCount[0]++;
            }
            int owner = owner(b.source(), sourceOwner, pair.source(), -1);
            owner = owner(b.target(), targetOwner, pair.target(), owner);
            if (owner < 0) {
                continue;
            }
            RunningText.GoldBead g = pair.gold().get(owner);
            if (b.source().isEmpty() != g.source().isEmpty() || b.target().isEmpty() != g.target().isEmpty()) {
                continue;
            }
            right++;
            if (typeCount != null) {
                typeCount[1]++;
            }
            mark(b.source(), sourceCovered);
            mark(b.target(), targetCovered);
        }
        for (RunningText.GoldBead g : pair.gold()) {
            if (g.source().isEmpty() || g.target().isEmpty()) {
                continue;
            }
            gold++;
            if (covered(g.source(), sourceCovered, pair.source()) && covered(g.target(), targetCovered, pair.target())) {
                found++;
            }
        }
    }

    /** For each character, the index of the gold bead it belongs to, or -1 (spaces between sentences). */
    static int[] owners(String text, List<RunningText.GoldBead> gold, boolean source) {
        int[] owner = new int[text.length()];
        java.util.Arrays.fill(owner, -1);
        for (int g = 0; g < gold.size(); g++) {
            for (int[] span : source ? gold.get(g).source() : gold.get(g).target()) {
                for (int c = span[0]; c < span[1]; c++) {
                    owner[c] = g;
                }
            }
        }
        return owner;
    }

    /**
     * The one gold bead the spans' characters belong to, given the one found so far ({@code -1}: none yet); -2 when
     * they belong to several or to none.
     */
    private static int owner(List<int[]> spans, int[] owners, String text, int sofar) {
        int owner = sofar;
        for (int[] span : spans) {
            for (int c = span[0]; c < span[1]; c++) {
                if (Character.isWhitespace(text.charAt(c))) {
                    continue;
                }
                int o = owners[c];
                if (o < 0 || (owner >= 0 && o != owner) || owner == -2) {
                    return -2;
                }
                owner = o;
            }
        }
        return owner;
    }

    private static void mark(List<int[]> spans, boolean[] covered) {
        for (int[] span : spans) {
            for (int c = span[0]; c < span[1]; c++) {
                covered[c] = true;
            }
        }
    }

    private static boolean covered(List<int[]> spans, boolean[] covered, String text) {
        for (int[] span : spans) {
            for (int c = span[0]; c < span[1]; c++) {
                if (!covered[c] && !Character.isWhitespace(text.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean isLarge(Output b) {
        int s = b.source().size();
        int t = b.target().size();
        return (s >= 2 && t >= 2) || s >= 3 || t >= 3;
    }

    /** The large output beads by type, as {@code type: right/output}. */
    String largeBeads() {
        StringBuilder out = new StringBuilder();
        large.forEach((type, c) -> out.append(out.length() == 0 ? "" : ", ").append(type).append(' ')
                .append(c[1]).append('/').append(c[0]));
        return out.length() == 0 ? "none" : out.toString();
    }

    double precision() {
        return output == 0 ? 0 : (double) right / output;
    }

    double recall() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String report(String prefix) {
        return String.format(Locale.ROOT, "%s.f1: %.4f%n%s.p: %.4f%n%s.r: %.4f", prefix, f1(), prefix, precision(),
                prefix, recall());
    }
}

package org.hamgam.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamgam.model.Bead;

/**
 * Strict and lax precision, recall and F1 of Sennrich and Volk (2011), computed as Vecalign's score.py does:
 * precision over all test beads (deletions included), recall over gold beads without deletions, counts summed
 * over documents.
 */
public final class AlignmentScore {
    private final long[] p = new long[4];
    private final long[] r = new long[4];

    public void add(List<Bead> gold, List<Bead> test) {
        add(p, counts(gold, test));
        add(r, counts(withoutDeletions(test), withoutDeletions(gold)));
    }

    private static void add(long[] into, long[] c) {
        for (int k = 0; k < 4; k++) {
            into[k] += c[k];
        }
    }

    private static List<Bead> withoutDeletions(List<Bead> beads) {
        List<Bead> out = new ArrayList<>();
        for (Bead b : beads) {
            if (!b.source().isEmpty() && !b.target().isEmpty()) {
                out.add(b);
            }
        }
        return out;
    }

    /** tp strict, fp strict, tp lax, fp lax. */
    private static long[] counts(List<Bead> gold, List<Bead> test) {
        Set<List<List<Integer>>> goldSet = new HashSet<>();
        Map<Integer, Set<Integer>> srcToTgt = new HashMap<>();
        for (Bead g : gold) {
            goldSet.add(List.of(g.source(), g.target()));
            for (int s : g.source()) {
                srcToTgt.computeIfAbsent(s, k -> new HashSet<>()).addAll(g.target());
            }
        }
        Set<List<List<Integer>>> testSet = new HashSet<>();
        for (Bead t : test) {
            testSet.add(List.of(t.source(), t.target()));
        }
        long[] c = new long[4];
        for (List<List<Integer>> t : testSet) {
            if (goldSet.contains(t)) {
                c[0]++;
                c[2]++;
            } else {
                Set<Integer> targets = new HashSet<>();
                for (int s : t.get(0)) {
                    targets.addAll(srcToTgt.getOrDefault(s, Set.of()));
                }
                boolean lax = t.get(1).stream().anyMatch(targets::contains);
                c[1]++;
                if (lax) {
                    c[2]++;
                } else {
                    c[3]++;
                }
            }
        }
        return c;
    }

    private static double ratio(long a, long b) {
        return a + b == 0 ? 0 : (double) a / (a + b);
    }

    private static double f1(double x, double y) {
        return x + y == 0 ? 0 : 2 * x * y / (x + y);
    }

    public double strictPrecision() {
        return ratio(p[0], p[1]);
    }

    public double strictRecall() {
        return ratio(r[0], r[1]);
    }

    public double laxPrecision() {
        return ratio(p[2], p[3]);
    }

    public double laxRecall() {
        return ratio(r[2], r[3]);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double laxF1() {
        return f1(laxPrecision(), laxRecall());
    }

    public String report(String prefix) {
        return String.format(java.util.Locale.ROOT,
                "%s.strict.p: %.4f%n%s.strict.r: %.4f%n%s.strict.f1: %.4f%n"
                        + "%s.lax.p: %.4f%n%s.lax.r: %.4f%n%s.lax.f1: %.4f",
                prefix, strictPrecision(), prefix, strictRecall(), prefix, strictF1(),
                prefix, laxPrecision(), prefix, laxRecall(), prefix, laxF1());
    }
}

package org.hamgam.align;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Bead;

/**
 * The standard aligner's model of one document pair, scoring a bead sequence someone else drew: each bead's
 * posterior under the aligner's last pass, summed over every path in a band around the drawn one, with the cap the
 * aligner puts on large beads ({@link Assessment}). A run of sentences with no counterpart is scored as the chain of
 * deletions the aligner would have taken; a shape larger than any the aligner proposes gets the prior of the next
 * smaller one, a tenth for each extra sentence ({@link BeadType#PER_EXTRA_SENTENCE}).
 */
final class PathModel implements BeadModel {
    private final BandedSearch search;
    private final BeadScorer scorer;
    private final int n;
    private final int m;
    private final double threshold;

    PathModel(BandedSearch search, BeadScorer scorer, int n, int m, double threshold) {
        this.search = search;
        this.scorer = scorer;
        this.n = n;
        this.m = m;
        this.threshold = threshold;
    }

    @Override
    public List<Double> confidences(List<Bead> beads) {
        List<BandedSearch.Step> steps = steps(beads);
        int[] guide = GuidePath.of(steps, n);
        Band band = Band.around(guide, m, StandardAligner.INITIAL_WIDTH);
        for (int width = StandardAligner.INITIAL_WIDTH * 2; !covers(band, steps) && !band.full(); width *= 2) {
            band = Band.around(guide, m, width);
        }
        BandedSearch.Sums sums = search.sums(band, scorer);
        List<Double> out = new ArrayList<>(steps.size());
        for (BandedSearch.Step s : steps) {
            double confidence = Math.exp(-sums.cost(s.s0(), s.s1(), s.t0(), s.t1(), stepCost(s)));
            confidence = Math.max(0, Math.min(1, confidence));
            if (BeadType.isLarge(s.s1() - s.s0(), s.t1() - s.t0())) {
                confidence = Math.min(confidence, Math.max(0, Math.nextDown(threshold)));
            }
            out.add(confidence);
        }
        return out;
    }

    /** The beads as steps of a path from (0, 0) to (n, m); they must cover both sides in order, each once. */
    private List<BandedSearch.Step> steps(List<Bead> beads) {
        List<BandedSearch.Step> steps = new ArrayList<>(beads.size());
        int i = 0;
        int j = 0;
        for (Bead bead : beads) {
            int s1 = i + bead.source().size();
            int t1 = j + bead.target().size();
            if (!consecutive(bead.source(), i) || !consecutive(bead.target(), j)) {
                throw new IllegalArgumentException("bead " + bead.notation() + " does not follow sentence " + i
                        + " and " + j + ": the beads must cover both documents in order");
            }
            steps.add(new BandedSearch.Step(i, s1, j, t1, 0, 0));
            i = s1;
            j = t1;
        }
        if (i != n || j != m) {
            throw new IllegalArgumentException("the beads cover " + i + " of " + n + " source and " + j + " of " + m
                    + " target sentences");
        }
        return steps;
    }

    private static boolean consecutive(List<Integer> indices, int from) {
        for (int k = 0; k < indices.size(); k++) {
            if (indices.get(k) != from + k) {
                return false;
            }
        }
        return true;
    }

    private static boolean covers(Band band, List<BandedSearch.Step> steps) {
        return steps.stream().allMatch(s -> band.contains(s.s0(), s.t0()) && band.contains(s.s1(), s.t1()));
    }

    /** The cost of the step before the temperature: one bead of a known shape, or a chain of deletions. */
    private double stepCost(BandedSearch.Step s) {
        int a = s.s1() - s.s0();
        int b = s.t1() - s.t0();
        for (BeadType type : search.types()) {
            if (type.source() == a && type.target() == b) {
                return (float) (type.prior() + scorer.cost(s.s0(), s.s1(), s.t0(), s.t1()));
            }
        }
        if (a == 0 || b == 0) {
            return deletions(s, a == 0);
        }
        return (float) (largerPrior(a, b) + scorer.cost(s.s0(), s.s1(), s.t0(), s.t1()));
    }

    /** {@code −ln} of the summed probability of every way the search could take a run of deletions, times the temperature. */
    private double deletions(BandedSearch.Step s, boolean target) {
        int length = target ? s.t1() - s.t0() : s.s1() - s.s0();
        double temperature = search.temperature();
        double[] best = new double[length + 1];
        for (int x = 1; x <= length; x++) {
            best[x] = Double.POSITIVE_INFINITY;
            for (BeadType type : search.types()) {
                int size = target ? type.target() : type.source();
                if ((target ? type.source() : type.target()) != 0 || size == 0 || size > x) {
                    continue;
                }
                double cost = target
                        ? type.prior() + scorer.cost(s.s0(), s.s0(), s.t0() + x - size, s.t0() + x)
                        : type.prior() + scorer.cost(s.s0() + x - size, s.s0() + x, s.t0(), s.t0());
                best[x] = BandedSearch.logAdd(best[x], best[x - size] + (float) cost / temperature);
            }
        }
        return best[length] * temperature;
    }

    /** The prior of a shape beyond those searched: that of 3-1 or 2-2, a tenth for each sentence beyond four. */
    private double largerPrior(int a, int b) {
        int base = Math.min(a, b) == 1 ? 3 : 2;
        int other = Math.min(a, b) == 1 ? 1 : 2;
        double prior = search.types().stream().filter(t -> t.source() == base && t.target() == other)
                .mapToDouble(BeadType::prior).findFirst().orElseThrow();
        return prior - (a + b - 4) * Math.log(BeadType.PER_EXTRA_SENTENCE);
    }
}

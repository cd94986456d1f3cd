package org.hamgam.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamgam.bench.AlignBench;
import org.hamgam.bench.AlignmentScore;
import org.hamgam.bench.BenchData;

/**
 * Coordinate search of the aligner weights on the tuning documents of TICO-19 only (see
 * {@link AlignBench#isTuning}); the benchmark reports the other documents. Not a test: run its main method.
 */
public final class WeightTuning {
    private static final String[] NAMES = {"numberMatch", "numberMiss", "cognate", "name", "punctuation", "lexicon",
        "variance", "deletion", "merge"};

    private WeightTuning() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, List<String[]>> tico = BenchData.tico();
        List<BenchData.Pair> tune = new ArrayList<>();
        int k = 0;
        for (var e : tico.entrySet()) {
            if (AlignBench.isTuning(k)) {
                tune.add(BenchData.perturb(e.getKey(), e.getValue(), AlignBench.MERGE, AlignBench.DROP,
                        AlignBench.SEED + k));
                // A second draw of the same documents, so that the weights do not fit one random perturbation.
                tune.add(BenchData.perturb(e.getKey(), e.getValue(), AlignBench.MERGE, AlignBench.DROP,
                        7 * AlignBench.SEED + k));
            }
            k++;
        }
        if (args.length > 0 && args[0].equals("temperature")) {
            temperature(tune);
            return;
        }
        double[] x = vector(StandardAligner.Weights.DEFAULT);
        double best = score(tune, x);
        System.out.printf(Locale.ROOT, "start: %.4f %s%n", best, describe(x));
        double[] factors = {0.5, 0.75, 1.5, 2};
        for (int round = 0; round < 2; round++) {
            for (int p = 0; p < x.length; p++) {
                for (double f : factors) {
                    double[] y = x.clone();
                    y[p] = x[p] * f;
                    double s = score(tune, y);
                    if (s > best + 1e-4) {
                        best = s;
                        x = y;
                        System.out.printf(Locale.ROOT, "better: %.4f %s%n", best, describe(x));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "final: %.4f %s%n", best, describe(x));
    }

    /**
     * The temperature that calibrates bead confidences best: highest mean log-likelihood of "the bead is in the gold
     * alignment" under the confidence. The best path does not depend on it.
     */
    private static void temperature(List<BenchData.Pair> pairs) {
        for (double t : new double[] {1, 1.5, 2, 3, 4, 6, 8}) {
            StandardAligner aligner = new StandardAligner(AlignerOptions.defaults(),
                    StandardAligner.Weights.DEFAULT.withTemperature(t));
            double ll = 0;
            int beads = 0;
            int flaggedWrong = 0;
            int flagged = 0;
            int wrong = 0;
            for (BenchData.Pair p : pairs) {
                java.util.Set<String> gold = new java.util.HashSet<>();
                p.gold().forEach(b -> gold.add(b.notation()));
                for (org.hamgam.model.Bead b : aligner.align(p.source(), p.target()).beads()) {
                    boolean ok = gold.contains(b.notation());
                    double c = Math.min(1 - 1e-6, Math.max(1e-6, b.score()));
                    ll += Math.log(ok ? c : 1 - c);
                    beads++;
                    wrong += ok ? 0 : 1;
                    if (b.score() < 0.5) {
                        flagged++;
                        flaggedWrong += ok ? 0 : 1;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "temperature %.1f: log-likelihood %.4f, flagged %d (%d wrong) of %d wrong%n",
                    t, ll / beads, flagged, flaggedWrong, wrong);
        }
    }

    private static double score(List<BenchData.Pair> pairs, double[] x) {
        StandardAligner aligner = new StandardAligner(AlignerOptions.defaults(), weights(x));
        AlignmentScore score = new AlignmentScore();
        for (BenchData.Pair p : pairs) {
            score.add(p.gold(), aligner.align(p.source(), p.target()).beads());
        }
        return score.strictF1();
    }

    private static double[] vector(StandardAligner.Weights w) {
        return new double[] {w.numberMatch(), w.numberMiss(), w.cognate(), w.name(), w.punctuation(), w.lexicon(),
            w.variance(), w.deletion(), w.merge()};
    }

    private static StandardAligner.Weights weights(double[] x) {
        return StandardAligner.Weights.DEFAULT.toBuilder().numberMatch(x[0]).numberMiss(x[1]).cognate(x[2]).name(x[3])
                .punctuation(x[4]).lexicon(x[5]).variance(x[6]).deletion(x[7]).merge(x[8]).build();
    }

    private static String describe(double[] x) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            sb.append(NAMES[i]).append('=').append(String.format(Locale.ROOT, "%.3f", x[i])).append(' ');
        }
        return sb.toString();
    }
}

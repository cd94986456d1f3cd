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
                tune.add(BenchData.perturb(e.getKey(), e.getValue(), AlignBench.MERGE, AlignBench.DROP, AlignBench.SEED + k));
                // A second draw of the same documents, so that the weights do not fit one random perturbation.
                tune.add(BenchData.perturb(e.getKey(), e.getValue(), AlignBench.MERGE, AlignBench.DROP, 7 * AlignBench.SEED + k));
            }
            k++;
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
        StandardAligner.Weights d = StandardAligner.Weights.DEFAULT;
        return new StandardAligner.Weights(x[0], x[1], x[2], x[3], x[4], d.term(), d.termMiss(), d.paragraph(), x[5],
                x[6], x[7], x[8], d.twoTwo(), d.threeOne());
    }

    private static String describe(double[] x) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            sb.append(NAMES[i]).append('=').append(String.format(Locale.ROOT, "%.3f", x[i])).append(' ');
        }
        return sb.toString();
    }
}

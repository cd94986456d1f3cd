package org.hamgam.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Discrete features of the sentences of both documents (numbers, cognates, name skeletons, terms, …) as
 * sorted arrays of interned ids, with a match weight and a miss weight per feature. Match weights are damped
 * for features that occur in many sentences, since a feature repeated throughout a document says little about
 * which sentence goes with which.
 */
final class FeatureTable {
    final int[][] source;
    final int[][] target;
    final double[] matchWeight;
    final double[] missWeight;
    final int[] sourceDf;
    final int[] targetDf;
    final String[] names;

    /**
     * @param baseMatch weight of a match of the feature before damping
     * @param baseMiss  cost of the feature left without counterpart in its bead (0 for most features)
     */
    FeatureTable(List<List<String>> sourceFeatures, List<List<String>> targetFeatures,
                 ToDoubleFunction<String> baseMatch, ToDoubleFunction<String> baseMiss) {
        this(sourceFeatures, targetFeatures, baseMatch, baseMiss, 1);
    }

    /**
     * As the table above, with the features found in more than {@code maxShare} of a side's sentences (and more
     * than two) never matching: they pair with nearly every sentence and tell little about which with which.
     */
    FeatureTable(List<List<String>> sourceFeatures, List<List<String>> targetFeatures,
                 ToDoubleFunction<String> baseMatch, ToDoubleFunction<String> baseMiss, double maxShare) {
        Map<String, Integer> ids = new HashMap<>();
        this.source = intern(sourceFeatures, ids);
        this.target = intern(targetFeatures, ids);
        int size = ids.size();
        names = new String[size];
        ids.forEach((k, v) -> names[v] = k);
        sourceDf = new int[size];
        targetDf = new int[size];
        for (int[] s : source) {
            for (int f : s) {
                sourceDf[f]++;
            }
        }
        for (int[] t : target) {
            for (int f : t) {
                targetDf[f]++;
            }
        }
        matchWeight = new double[size];
        missWeight = new double[size];
        for (int f = 0; f < size; f++) {
            int df = Math.max(sourceDf[f], targetDf[f]);
            boolean common = sourceDf[f] > Math.max(2, maxShare * source.length)
                    || targetDf[f] > Math.max(2, maxShare * target.length);
            matchWeight[f] = sourceDf[f] == 0 || targetDf[f] == 0 || common ? 0
                    : baseMatch.applyAsDouble(names[f]) / (1 + Math.log(df));
            missWeight[f] = baseMiss.applyAsDouble(names[f]);
        }
    }

    private static int[][] intern(List<List<String>> features, Map<String, Integer> ids) {
        int[][] out = new int[features.size()][];
        for (int i = 0; i < out.length; i++) {
            List<String> fs = features.get(i);
            int[] a = new int[fs.size()];
            for (int k = 0; k < a.length; k++) {
                a[k] = ids.computeIfAbsent(fs.get(k), x -> ids.size());
            }
            Arrays.sort(a);
            out[i] = dedupe(a);
        }
        return out;
    }

    /** The distinct values of a sorted array, in place where it can (the array itself when all differ). */
    static int[] dedupe(int[] sorted) {
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (k == 0 || sorted[k - 1] != sorted[i]) {
                sorted[k++] = sorted[i];
            }
        }
        return k == sorted.length ? sorted : Arrays.copyOf(sorted, k);
    }

    boolean isEmpty() {
        for (double w : matchWeight) {
            if (w > 0) {
                return false;
            }
        }
        for (double w : missWeight) {
            if (w > 0) {
                return false;
            }
        }
        return true;
    }
}

package org.hamgam.align;

import java.util.List;

/**
 * How often a signal's features agree along a path: of the beads with both sides where each side holds a feature the
 * other document also has, the share whose sides hold one in common. In a translation, numbers, cognates and names
 * of one sentence are mostly those of its counterpart; where they agree in few of the path's beads they point
 * elsewhere (features moved, reused or stripped in one version) and lead a search astray instead of guiding it.
 */
final class SignalAgreement {
    /** Beads needed before a share says anything. */
    static final int MIN_BEADS = 20;
    /**
     * Below this share a signal is taken to mislead. Numbers and cognates of TICO-19 agree in nearly all beads of
     * a first pass, transliterated names in about 0.6; numbers and Latin words moved to other sentences agree in
     * 0.05 to 0.3.
     */
    static final double MIN_SHARE = 0.5;

    private SignalAgreement() {
    }

    /** Whether the signal's features agree in fewer than {@link #MIN_SHARE} of the beads that could show it. */
    static boolean misleads(FeatureTable table, List<BandedSearch.Step> steps) {
        return of(table, steps) < MIN_SHARE;
    }

    /** The share of agreeing beads, or NaN where fewer than {@link #MIN_BEADS} beads hold features on both sides. */
    static double of(FeatureTable table, List<BandedSearch.Step> steps) {
        int both = 0;
        int agree = 0;
        for (BandedSearch.Step step : steps) {
            if (step.s0() == step.s1() || step.t0() == step.t1()) {
                continue;
            }
            boolean sourceHas = false;
            boolean targetHas = false;
            boolean shared = false;
            for (int i = step.s0(); i < step.s1(); i++) {
                for (int f : table.source[i]) {
                    if (table.matchWeight[f] > 0) {
                        sourceHas = true;
                        for (int j = step.t0(); j < step.t1() && !shared; j++) {
                            shared = java.util.Arrays.binarySearch(table.target[j], f) >= 0;
                        }
                    }
                }
            }
            for (int j = step.t0(); j < step.t1() && !targetHas; j++) {
                for (int f : table.target[j]) {
                    if (table.matchWeight[f] > 0) {
                        targetHas = true;
                        break;
                    }
                }
            }
            if (sourceHas && targetHas) {
                both++;
                if (shared) {
                    agree++;
                }
            }
        }
        return both < MIN_BEADS ? Double.NaN : (double) agree / both;
    }
}

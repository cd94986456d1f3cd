package org.hamgam.align;

import org.hamgam.model.Lang;

/**
 * The expected ratio of target to source characters, estimated from the two documents. Short documents are
 * pulled towards a prior (1 for an unknown pair), so that one untranslated sentence in a five-sentence pair does
 * not skew every length comparison.
 */
final class LengthRatio {
    /**
     * English characters per normalized Persian character, measured on the TICO-19 tuning documents
     * (112,735 / 104,230).
     */
    static final double ENGLISH_PER_PERSIAN = 1.08;
    /** Weight of the prior in characters. */
    static final double PRIOR_WEIGHT = 2000;

    private LengthRatio() {
    }

    static double estimate(long sourceChars, long targetChars, Lang source, Lang target) {
        double prior = prior(source, target);
        return (targetChars + PRIOR_WEIGHT * prior) / (sourceChars + PRIOR_WEIGHT);
    }

    static double prior(Lang source, Lang target) {
        if (source == Lang.FA && target == Lang.EN) {
            return ENGLISH_PER_PERSIAN;
        }
        if (source == Lang.EN && target == Lang.FA) {
            return 1 / ENGLISH_PER_PERSIAN;
        }
        return 1;
    }
}

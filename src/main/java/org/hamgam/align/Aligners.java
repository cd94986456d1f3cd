package org.hamgam.align;

/**
 * Factory of the sentence aligners Hamgam offers.
 *
 * <p>The standard aligner scores beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3, 2-3, 3-2, 4-1, 1-4, 3-3) with
 * independent signals added up
 * in one cost: character length with a ratio estimated from the two documents, numbers by value across digit
 * systems (and number words), identical tokens and cognates, names by transliteration between Arabic and Latin script, sentence
 * punctuation, glossary terms found on both sides, and in a second pass paragraph breaks as soft anchors where the first pass
 * found that both sides break at the same place (all of them when nearly all agree) and a word-translation table
 * learned from the first, with runs of untranslated sentences made cheaper on a side where
 * the first pass found such runs. The search is a banded dynamic programme around a path through
 * anchors, so time and memory grow linearly with the document length. Every bead gets its posterior probability as
 * confidence, except that a large bead (two sentences on both sides, or three or more on one) is always flagged for
 * review: its confidence stays below the review threshold.
 *
 * <p>A pair that does not look like a translation is not forced into shape: when one side is more than three
 * times as long as the other, the length model keeps a plausible ratio instead of the observed one, so sentences
 * without a counterpart end up in 1-0 and 0-1 beads; the alignment then carries a warning, and the overall
 * quality (the confidence-weighted share of sentences that found a counterpart) stays low. A warning is also given
 * when more than 30 % of the sentences have no counterpart, and when beads fall below the review threshold.
 */
public final class Aligners {
    private Aligners() {
    }

    /** The full aligner with default options. */
    public static SentenceAligner standard() {
        return standard(AlignerOptions.defaults());
    }

    /** The full aligner: length, numbers, cognates, names, punctuation, glossary terms and a learned lexicon. */
    public static SentenceAligner standard(AlignerOptions options) {
        return new StandardAligner(options);
    }
}

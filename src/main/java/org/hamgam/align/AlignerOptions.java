package org.hamgam.align;

/**
 * Options of the standard aligner.
 *
 * @param reviewThreshold beads whose confidence is below this value are flagged for review
 * @param secondPass      whether to realign with a word-translation table learned from the first-pass alignment
 * @param dictionary      word translations to read as evidence; {@code null} for the one shipped for the language
 *                        pair ({@link Dictionary#forPair}), read on documents of up to 1,000 sentences a side
 */
public record AlignerOptions(double reviewThreshold, boolean secondPass, Dictionary dictionary) {
    public AlignerOptions {
        if (!(reviewThreshold >= 0 && reviewThreshold <= 1)) {
            throw new IllegalArgumentException("review threshold must be in [0, 1]: " + reviewThreshold);
        }
    }

    public AlignerOptions(double reviewThreshold, boolean secondPass) {
        this(reviewThreshold, secondPass, null);
    }

    public AlignerOptions(double reviewThreshold) {
        this(reviewThreshold, defaults().secondPass());
    }

    /** Review threshold 0.5, second pass on, the shipped dictionary of the language pair. */
    public static AlignerOptions defaults() {
        return new AlignerOptions(0.5, true);
    }

    /** These options with {@code dictionary} instead. */
    public AlignerOptions withDictionary(Dictionary dictionary) {
        return new AlignerOptions(reviewThreshold, secondPass, dictionary);
    }
}

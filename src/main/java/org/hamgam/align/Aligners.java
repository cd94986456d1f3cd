package org.hamgam.align;

/** Factory of the sentence aligners Hamgam offers. */
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

package org.hamgam.qa;

import java.util.Set;

/** {@link Transliteration} for the benchmarks, which live in another package. */
public final class TransliterationProbe {
    private TransliterationProbe() {
    }

    public static Set<String> skeletons(String persian) {
        return Transliteration.skeletons(persian);
    }

    /** Whether a Latin name is written by its sound in the Persian text, by two consonants or more. */
    public static boolean writtenIn(String name, Set<String> skeletons) {
        return Transliteration.writtenIn(name, skeletons, 2);
    }
}

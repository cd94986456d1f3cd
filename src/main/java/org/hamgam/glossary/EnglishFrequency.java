package org.hamgam.glossary;

import java.util.Locale;
import morfologik.speller.Speller;

/**
 * How common an English word is in general English: the frequency class (0 for unknown or rare, up to 25 for the
 * commonest words, a logarithmic scale) that LanguageTool's US English speller dictionary records for each word
 * ({@code org.languagetool:english-pos-dict}, LGPL, on the class path through LanguageTool; the classes come from
 * word counts of general text). Loaded once, on first use; thread-safe.
 */
final class EnglishFrequency {
    private static final String DICTIONARY = "/org/languagetool/resource/en/hunspell/en_US.dict";

    private final Speller speller;

    private EnglishFrequency(Speller speller) {
        this.speller = speller;
    }

    /** The shared instance; a class path without the dictionary gives one that knows no word. */
    static EnglishFrequency standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final EnglishFrequency INSTANCE = new EnglishFrequency(EnglishDictionary.read(DICTIONARY)
                .map(Speller::new).orElse(null));
    }

    /** The frequency class of {@code word} as written or in lower case, whichever is higher; 0 when unknown. */
    int frequencyClass(String word) {
        if (speller == null || word.isEmpty()) {
            return 0;
        }
        synchronized (speller) { // morfologik's speller keeps per-call state
            return Math.max(speller.getFrequency(word), speller.getFrequency(word.toLowerCase(Locale.ROOT)));
        }
    }
}

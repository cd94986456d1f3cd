package org.hamgam.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

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
        static final EnglishFrequency INSTANCE = load();
    }

    private static EnglishFrequency load() {
        URL url = EnglishFrequency.class.getResource(DICTIONARY);
        if (url == null) {
            return new EnglishFrequency(null);
        }
        try {
            return new EnglishFrequency(new Speller(Dictionary.read(url)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DICTIONARY, e);
        }
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

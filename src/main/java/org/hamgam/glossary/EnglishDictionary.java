package org.hamgam.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;
import morfologik.stemming.Dictionary;

/** Reads one of LanguageTool's English morfologik dictionaries from the class path, where it is. */
final class EnglishDictionary {
    private EnglishDictionary() {
    }

    /** The dictionary at {@code resource}; empty on a class path without it. */
    static Optional<Dictionary> read(String resource) {
        URL url = EnglishDictionary.class.getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Dictionary.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

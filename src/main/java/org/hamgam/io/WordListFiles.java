package org.hamgam.io;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads users' word lists for the English speller (plain lists or Hunspell {@code .dic} files). */
public final class WordListFiles {
    private WordListFiles() {
    }

    /** The words of every file, in order, without duplicates; an unreadable file is named in the exception. */
    public static Set<String> load(List<Path> files) throws BadInputException {
        Set<String> words = new LinkedHashSet<>();
        for (Path file : files) {
            String text = TextFiles.read(file, Optional.empty()).text();
            words.addAll(WordList.parse(text.lines().toList()));
        }
        return words;
    }
}

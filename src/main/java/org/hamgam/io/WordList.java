package org.hamgam.io;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A user's word list for the speller, from the lines of a file: one word a line, blank lines and lines starting
 * with {@code #} skipped. A Hunspell dictionary ({@code .dic}) reads as one too: its first line, the word count, is
 * skipped, and so are the affix flags after a slash ({@code myalgia/S}); plural and possessive endings are accepted
 * anyway by the speller (see {@code qa.QaRunner.standard}).
 */
public final class WordList {
    private WordList() {
    }

    /** The words of {@code lines}, in order, without duplicates. */
    public static Set<String> parse(List<String> lines) {
        Set<String> words = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String w = lines.get(i).strip();
            if (w.isEmpty() || w.startsWith("#") || i == 0 && isCount(w)) {
                continue;
            }
            int slash = w.indexOf('/');
            w = slash >= 0 ? w.substring(0, slash).strip() : w;
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static boolean isCount(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) < '0' || line.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}

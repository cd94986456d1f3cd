package org.hamgam.qa;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The common words of English that LanguageTool ships with its English rules (its language guesser's list). */
final class CommonWords {
    private static final String RESOURCE = "/org/languagetool/resource/en/common_words.txt";

    private CommonWords() {
    }

    /** The list, lower case. */
    static Set<String> english() {
        Set<String> out = new HashSet<>();
        ResourceLines.read(RESOURCE, "LanguageTool's English word list").forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return out;
    }
}

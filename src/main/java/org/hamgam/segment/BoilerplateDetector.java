package org.hamgam.segment;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hamgam.model.Lang;

/**
 * Decides whether a line is page furniture rather than part of the document: a known interface phrase ("Read More",
 * share buttons), a line repeated across the documents of a batch, or a line in another script than the
 * document's language. The reason becomes the skipped span's reason.
 */
final class BoilerplateDetector {
    static final String UI = "boilerplate:ui";
    static final String REPEATED = "boilerplate:repeated";
    static final String SCRIPT = "boilerplate:script";

    private static final Set<String> UI_PHRASES = WordLists.load("boilerplate-ui.txt").stream()
            .map(BoilerplateDetector::key).collect(Collectors.toUnmodifiableSet());

    private final Lang lang;
    private final Set<String> repeatedLines;

    BoilerplateDetector(Lang lang, Set<String> repeatedLines) {
        this.lang = lang;
        this.repeatedLines = Set.copyOf(repeatedLines);
    }

    /** The boilerplate reason for a trimmed, non-empty line, or empty when the line is text. */
    Optional<String> reason(String line) {
        if (UI_PHRASES.contains(key(line))) {
            return Optional.of(UI);
        }
        if (repeatedLines.contains(line)) {
            return Optional.of(REPEATED);
        }
        if (foreignScript(line)) {
            return Optional.of(SCRIPT);
        }
        return Optional.empty();
    }

    private boolean foreignScript(String line) {
        if (lang == Lang.OTHER) {
            return false;
        }
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        int letters = arabic + latin;
        if (letters == 0) {
            return false;
        }
        // A line is foreign when at most a tenth of its letters are in the document's script; a Latin name or
        // acronym inside a Persian sentence does not make the sentence foreign.
        int own = lang == Lang.FA ? arabic : latin;
        return own * 10 <= letters;
    }

    /** Comparison key for interface phrases: lowercase, without spaces or zero-width non-joiners. */
    static String key(String line) {
        StringBuilder out = new StringBuilder(line.length());
        String lower = line.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!Chars.isSpace(c) && c != '\u200C') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

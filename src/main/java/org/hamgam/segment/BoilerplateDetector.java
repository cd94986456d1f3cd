package org.hamgam.segment;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hamgam.model.Lang;
import org.hamgam.text.Letters;

/**
 * Decides whether a line is page furniture rather than part of the document, on strong evidence only: a known
 * interface phrase ("Read More", share buttons), a short line in the document's frame (its first or last lines)
 * that repeats across the documents of a batch or within the frame itself, or a line in another script than the
 * document's language. A sentence is never boilerplate because other documents contain it too: republished
 * stories share whole paragraphs. The reason becomes the skipped span's reason.
 */
final class BoilerplateDetector {
    static final String UI = "boilerplate:ui";
    static final String REPEATED = "boilerplate:repeated";
    static final String SCRIPT = "boilerplate:script";

    /** A repeated line with more words than this reads as text, not as a site's label. */
    static final int MAX_REPEATED_WORDS = 8;

    private static final Set<String> UI_PHRASES = WordLists.load("boilerplate-ui.txt").stream()
            .map(BoilerplateDetector::key).collect(Collectors.toUnmodifiableSet());

    private final Lang lang;
    private final Set<String> repeatedLines;

    BoilerplateDetector(Lang lang, Set<String> repeatedLines) {
        this.lang = lang;
        this.repeatedLines = Set.copyOf(repeatedLines);
    }

    /**
     * The boilerplate reason for a trimmed, non-empty line, or empty when the line is text.
     *
     * @param inFrame whether the line is among the document's first or last lines, where page furniture sits
     * @param repeatsInFrame whether the same line occurs more than once in the document's frame
     */
    Optional<String> reason(String line, boolean inFrame, boolean repeatsInFrame) {
        if (UI_PHRASES.contains(key(line))) {
            return Optional.of(UI);
        }
        if (inFrame && isLabel(line) && (repeatsInFrame || repeatedLines.contains(line))) {
            return Optional.of(REPEATED);
        }
        if (foreignScript(line)) {
            return Optional.of(SCRIPT);
        }
        return Optional.empty();
    }

    /** A short line that does not end as a sentence ends: a heading, a site name, a byline. */
    static boolean isLabel(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Letters.isSpaceOrBom(line.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        char last = line.charAt(line.length() - 1);
        boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == '؟' || last == '…';
        return words <= MAX_REPEATED_WORDS && !sentenceEnd;
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
            if (!Letters.isSpaceOrBom(c) && c != '\u200C') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package org.hamgam.qa;

import java.util.Locale;

/**
 * Headline style: a short segment that starts with a capital and has no end mark ("Gold prices hit highest level in Tehran market"), which
 * drops its articles on purpose, so the grammar rules that ask for an article do not apply to it.
 */
final class Headlines {
    /** Longer than this, a segment without an end mark is a sentence cut short, not a headline. */
    private static final int MAX_WORDS = 14;

    private Headlines() {
    }

    /** Whether {@code text} is written as a headline: a few words, a capital first, no sentence end mark. */
    static boolean isHeadline(String text) {
        String t = text.strip();
        if (t.isEmpty() || ".!?:;…".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        // A headline starts with a capital; "but i know lot of people" is speech written down without its stop.
        int first = 0;
        while (first < t.length() && !Character.isLetter(t.charAt(first))) {
            first++;
        }
        if (first == t.length() || !Character.isUpperCase(t.charAt(first))) {
            return false;
        }
        return t.split("\\s+").length <= MAX_WORDS;
    }

    /** Whether a rule's finding asks for an article or determiner, which headlines leave out. */
    static boolean asksForArticle(String ruleId, String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return ruleId.equals("THE_SUPERLATIVE") || (m.contains("article") || m.contains("determiner"))
                && m.contains("missing");
    }
}

package org.hamgam.qa;

import java.util.Locale;

/**
 * Headline style: a short segment without an end mark ("Gold prices hit highest level in Tehran market"), which
 * drops its articles on purpose, so the grammar rules that ask for an article do not apply to it.
 */
final class Headlines {
    /** Longer than this, a segment without an end mark is a sentence cut short, not a headline. */
    private static final int MAX_WORDS = 14;

    private Headlines() {
    }

    /** Whether {@code text} is written as a headline: a few words with no sentence end mark. */
    static boolean isHeadline(String text) {
        String t = text.strip();
        if (t.isEmpty() || ".!?:;…".indexOf(t.charAt(t.length() - 1)) >= 0) {
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

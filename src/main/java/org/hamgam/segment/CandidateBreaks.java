package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamgam.model.Lang;

/**
 * Places inside a sentence where another sentence may begin without a mark to say so: a colon followed by what
 * reads as a sentence opener (a capital letter in Latin script, perhaps after an opening quote; in Persian, which
 * has no capitals, any word), as after a label or before a list item or a quotation ("Macroscopy: Pleurisy…",
 * "in drei Schritten: Die erste…"), which parallel texts often cut as sentences of their own; and in Latin script a
 * capitalised word that usually opens a sentence right after an unmarked word. A break here is only a candidate:
 * the aligner may join the pieces again.
 */
final class CandidateBreaks {
    private static final Set<String> ENGLISH_OPENERS = Set.of("The", "This", "These", "Those", "It", "In", "We",
            "They", "He", "She", "There", "However", "Our", "After", "When", "If", "But", "Many", "Some", "Most");
    private static final Set<String> GERMAN_FRENCH_OPENERS = Set.of("Der", "Die", "Das", "Es", "Er", "Wir", "Ich",
            "Im", "Dann", "Doch", "Aber", "Auch", "Diese", "Dieser", "Man", "Le", "La", "Les", "Il", "Elle", "Ils",
            "On", "Nous", "Je", "Dans", "Ce", "Cette", "Mais", "Puis", "Après");

    private final Lang lang;

    CandidateBreaks(Lang lang) {
        this.lang = lang;
    }

    /** Offsets in {@code text}, in order, at which a piece may start; the piece before keeps its colon. */
    List<Integer> in(String text) {
        List<Integer> out = new ArrayList<>();
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            if (colon == 0 || !Character.isLetterOrDigit(text.codePointBefore(colon))
                    && !closes(text.charAt(colon - 1))) {
                continue;
            }
            int next = colon + 1;
            if (next >= text.length() || !Character.isWhitespace(text.charAt(next))) {
                continue;
            }
            next = skipSpaces(text, next);
            int word = next < text.length() && OPENING_QUOTES.indexOf(text.charAt(next)) >= 0
                    ? skipSpaces(text, next + 1) : next;
            if (word < text.length() && opens(text.codePointAt(word))) {
                out.add(next);
            }
        }
        openers(text, out);
        out.sort(null);
        return out;
    }

    /**
     * Adds the starts of the words that open sentences far more often than they sit inside one, written with a
     * capital after a word with no mark after it ("…and the UK The trends…"), as where a heading runs into its text.
     */
    private void openers(String text, List<Integer> out) {
        Set<String> words = switch (lang) {
            case EN -> ENGLISH_OPENERS;
            case OTHER -> GERMAN_FRENCH_OPENERS;
            case FA -> Set.of();
        };
        if (words.isEmpty()) {
            return;
        }
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && end > start && Character.isLetterOrDigit(text.charAt(end - 1))) {
                int w = i;
                while (w < text.length() && Character.isLetter(text.charAt(w))) {
                    w++;
                }
                if (w < text.length() && text.charAt(w) == ' ' && words.contains(text.substring(i, w))) {
                    out.add(i);
                }
            }
        }
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static final String OPENING_QUOTES = "«\"„“";

    private static boolean closes(char c) {
        return c == ')' || c == '"' || c == '»' || c == '”';
    }

    private boolean opens(int c) {
        if (Character.isUpperCase(c)) {
            return true;
        }
        return lang == Lang.FA && Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }
}

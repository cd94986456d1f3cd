package org.hamgam.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamgam.text.Letters;

/**
 * A word written twice in a row ("to to", "برای برای"), in either script, ignoring case. A pair whose both sides do
 * so shows the error on purpose: a demonstration text, or an example of a doubled word. Persian also doubles words
 * on purpose by reduplication (تک تک, each one; کم کم, little by little; رفته رفته, gradually), which is no slip.
 */
final class DoubledWords {
    private static final String REDUPLICATION = "reduplication-fa.txt";

    private DoubledWords() {
    }

    /** Whether {@code text} writes a word twice in a row. */
    static boolean in(String text) {
        return !find(text).isEmpty();
    }

    /**
     * Each word written twice in a row, as the start of the first and the end (exclusive) of the second. Single
     * letters (initials: Hussein A A) are not words here.
     */
    static List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        int[] previous = null;
        for (int[] w : WordSpans.of(text)) {
            int length = w[1] - w[0];
            if (previous != null && length > 1 && length == previous[1] - previous[0]
                    && Letters.isBlank(text.substring(previous[1], w[0]))
                    && text.regionMatches(true, previous[0], text, w[0], length)) {
                out.add(new int[] {previous[0], w[1]});
            }
            previous = w;
        }
        return out;
    }

    /**
     * Whether the doubled word at {@code from}–{@code to} is Persian reduplication: a word the Persian lexicon lists
     * doubled ({@code reduplication-fa.txt}). A function word doubled (و و, به به) is a slip whatever the lexicon says.
     */
    static boolean reduplication(String text, int from, int to) {
        return Reduplication.WORDS.contains(firstWord(text, from, to));
    }

    /** The word a doubled word found at {@code from}–{@code to} doubles, as written the first time. */
    static String firstWord(String text, int from, int to) {
        int end = from;
        while (end < to && (Letters.isLetter(text.charAt(end)) || text.charAt(end) == '\u200C')) {
            end++;
        }
        return text.substring(from, end);
    }

    /** Loaded on first use: the fast checks of an English-only run never read it. */
    private static final class Reduplication {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            return Set.copyOf(ResourceLines.read(REDUPLICATION, "the list of Persian reduplication"));
        }
    }
}

package org.hamgam.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hamgam.text.Letters;

/**
 * Word tokens of a sentence: maximal runs of letters and marks; ZWNJ and other joiners stay inside a word. The
 * character classes are {@link Letters}'.
 */
final class Tokens {
    private Tokens() {
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (isWordChar(text.charAt(i)) || isJoiner(text.charAt(i)))) {
                i++;
            }
            if (i > start) {
                String w = stripJoiners(text.substring(start, i));
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(char c) {
        return c == '\u200C' || c == '\u200D' || c == '\u00AD';
    }

    private static String stripJoiners(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!isJoiner(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Lower case without diacritics, so that {@code Élysée} and {@code elysee} compare equal. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK || Letters.isArabicBlock(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isArabicWord(String w) {
        return !w.isEmpty() && Letters.isArabicBlock(w.charAt(0));
    }

    static boolean isLatinWord(String w) {
        return !w.isEmpty() && Letters.isLatinLetter(w.charAt(0));
    }
}

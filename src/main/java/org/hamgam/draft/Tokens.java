package org.hamgam.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hamgam.text.Digits;
import org.hamgam.text.PersianNormalizer;

/**
 * Turns a text into what fuzzy matching compares: a key for exact matching and a list of word tokens. Both start
 * from the normalized text, so that letter variants, digit systems and ZWNJ versus space do not count as edits.
 */
final class Tokens {
    private static final PersianNormalizer NORMALIZER = new PersianNormalizer();

    private Tokens() {
    }

    /** A text as matching sees it. */
    record Analysed(String key, List<String> words) {
    }

    static Analysed analyse(String text) {
        String normalized = NORMALIZER.normalize(text).text();
        return new Analysed(key(normalized), words(normalized));
    }

    /** The exact-match key of a normalized text: ZWNJ and runs of spaces read as one space, Latin case folded. */
    static String key(String normalized) {
        StringBuilder out = new StringBuilder(normalized.length());
        boolean space = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200C') {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            if (Digits.isDigit(c)) {
                out.append((char) ('0' + Digits.value(c)));
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * The words of a normalized text: runs of letters, digits and combining marks. Punctuation is not a token,
     * as in CAT tools' fuzzy scores; ZWNJ separates tokens so that a joined and a spaced spelling agree.
     */
    static List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (isWordChar(c)) {
                if (Digits.isDigit(c)) {
                    word.append((char) ('0' + Digits.value(c)));
                } else {
                    word.append(c);
                }
            } else if (word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c) || Digits.isDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}

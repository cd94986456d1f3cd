package org.hamgam.segment;

import java.util.Set;
import org.hamgam.text.Letters;

/**
 * Settles Persian candidate ends the boundary rules are sure of, and leaves the rest to the model.
 * <ul>
 *   <li>An initial inside a name never ends a sentence: one Latin capital before a capitalised Latin word
 *   (John F. Kennedy), one Arabic-script letter before a word (محمد ع. رضایی, ج. ک. رولینگ), or a Latin letter
 *   name spelt in Persian between two Persian words (جان اف. کندی, جورج دبلیو. بوش).</li>
 *   <li>A Persian word of two letters or more, ended by its mark (and closing quotes or brackets) and followed by
 *   a Persian word, a digit or an opening quote, ends a sentence: Persian has no abbreviation of that shape, and
 *   the model, which sees little beyond the neighbouring tokens, sometimes keeps «… آمار.) این» together.</li>
 * </ul>
 * What remains (a Latin token or a number before the mark, dotted Persian abbreviations not in the lists) is
 * where the model decides.
 */
final class PersianEndJudge implements EndJudge {
    private final Set<String> letterNames;

    PersianEndJudge(Set<String> letterNames) {
        this.letterNames = Set.copyOf(letterNames);
    }

    /** The judge with the shipped list of letter names; loaded once. */
    static PersianEndJudge standard() {
        return Standard.JUDGE;
    }

    private static final class Standard {
        static final PersianEndJudge JUDGE = new PersianEndJudge(WordLists.load("letter-names-fa.txt"));
    }

    @Override
    public Verdict judge(String text, int mark, int end) {
        String token = BoundaryRules.lastToken(text, end);
        int next = end;
        while (next < text.length() && Letters.isSpaceOrBom(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return Verdict.ASK_MODEL;
        }
        char following = text.charAt(next);
        boolean closed = end > mark + 1;
        String bare = token.endsWith(".") && !closed ? token.substring(0, token.length() - 1) : null;
        if (bare != null && text.charAt(mark) == '.') {
            if (bare.length() == 1 && isLatinCapital(bare.charAt(0)) && Character.isUpperCase(following)) {
                return Verdict.KEEP;
            }
            if (bare.length() == 1 && isArabicLetter(bare.charAt(0)) && isArabicLetter(following)) {
                return Verdict.KEEP;
            }
            if (letterNames.contains(bare) && isArabicLetter(following) && followsPersianWord(text, end - token.length())) {
                return Verdict.KEEP;
            }
        }
        if (isPersianWord(wordBefore(text, mark)) && (isArabicLetter(following) || Character.isDigit(following)
                || BoundaryRules.isOpener(following))) {
            return Verdict.BREAK;
        }
        return Verdict.ASK_MODEL;
    }

    /** The letters right before the end mark run at {@code mark}, back to the first non-letter. */
    private static String wordBefore(String text, int mark) {
        int stop = mark;
        while (stop > 0 && (Letters.isEos(text.charAt(stop - 1)) || Letters.isCloser(text.charAt(stop - 1)))) {
            stop--;
        }
        int start = stop;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        // A dot inside the word (ق.ظ, ج.ا.ا) makes it an abbreviation, which is the model's case.
        if (start > 0 && text.charAt(start - 1) == '.') {
            return "";
        }
        return text.substring(start, stop);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\u200C' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isPersianWord(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (isArabicLetter(c)) {
                letters++;
            } else if (c != '\u200C' && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return letters >= 2;
    }

    /** Whether the token before the one starting at {@code tokenStart} is a Persian word (not a number). */
    private static boolean followsPersianWord(String text, int tokenStart) {
        int i = tokenStart;
        while (i > 0 && Letters.isSpaceOrBom(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && i < tokenStart && isArabicLetter(text.charAt(i - 1));
    }

    private static boolean isLatinCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isArabicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }
}

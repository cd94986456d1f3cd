package org.hamgam.text;

/** Character classes of the Arabic script as Persian uses it. */
final class Letters {
    static final char ZWNJ = '\u200C';

    private static final byte LETTER = 1;
    private static final byte MARK = 2;
    private static final byte NON_JOINING = 4;
    /** Classes of U+0600–U+06FF, looked up instead of tested range by range: these run once a character. */
    private static final byte[] ARABIC = new byte[256];

    static {
        for (int i = 0; i < 256; i++) {
            char c = (char) (0x0600 + i);
            byte b = 0;
            if (letter(c)) {
                b |= LETTER;
            }
            if (mark(c)) {
                b |= MARK;
            }
            if (nonJoining(c)) {
                b |= NON_JOINING;
            }
            ARABIC[i] = b;
        }
    }

    private Letters() {
    }

    /** Bits of {@link #classOf}. */
    static final byte LETTER_BIT = LETTER;
    static final byte MARK_BIT = MARK;

    /** The class bits of {@code c} (letter, mark, non-joining), 0 outside the Arabic block. */
    static byte classOf(char c) {
        return c >= '\u0600' && c <= '\u06FF' ? ARABIC[c - '\u0600'] : 0;
    }

    /** A letter of the Arabic block that can carry a word (not a digit, mark or punctuation). */
    static boolean isArabicLetter(char c) {
        return (classOf(c) & LETTER) != 0;
    }

    private static boolean letter(char c) {
        return (c >= '\u0620' && c <= '\u063F') || (c >= '\u0641' && c <= '\u064A')
                || (c >= '\u066E' && c <= '\u066F') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u06EE' && c <= '\u06EF') || (c >= '\u06FA' && c <= '\u06FC') || c == '\u06FF';
    }

    /** A combining mark of the Arabic block: harakat, hamza above or below, superscript alef, Quranic marks. */
    static boolean isMark(char c) {
        return (classOf(c) & MARK) != 0;
    }

    private static boolean mark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06DC')
                || (c >= '\u06DF' && c <= '\u06E4') || (c >= '\u06E7' && c <= '\u06E8') || (c >= '\u06EA' && c <= '\u06ED');
    }

    /**
     * An Arabic letter that never joins the letter after it (ا د ذ ر ز ژ و and their variants, hamza, ۀ, ة).
     * A ZWNJ after such a letter changes nothing on screen, so the normalizer never writes one there.
     */
    static boolean isNonJoining(char c) {
        return (classOf(c) & NON_JOINING) != 0;
    }

    private static boolean nonJoining(char c) {
        switch (c) {
            case '\u0621', '\u0622', '\u0623', '\u0624', '\u0625', '\u0627', '\u0629', '\u062F', '\u0630',
                    '\u0631', '\u0632', '\u0648', '\u0671', '\u0672', '\u0673', '\u0675', '\u0676', '\u0677',
                    '\u06C0', '\u06C3', '\u06CD', '\u06CF', '\u06D2', '\u06D3', '\u06D5', '\u06EE', '\u06EF' -> {
                return true;
            }
            default -> {
                return (c >= '\u0688' && c <= '\u0699') || (c >= '\u06C4' && c <= '\u06CB');
            }
        }
    }

    /** An Arabic letter that joins the letter after it, so that a ZWNJ after it is visible. */
    static boolean isJoining(char c) {
        return (classOf(c) & (LETTER | NON_JOINING)) == LETTER;
    }

    /** A character that belongs to a Persian word: letter, mark or ZWNJ. */
    static boolean isWordChar(char c) {
        return (classOf(c) & (LETTER | MARK)) != 0 || c == ZWNJ;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Persian, Arabic-Indic and Latin digits. */
    static boolean isDigit(char c) {
        return Digits.isDigit(c);
    }

    /** A character of the Arabic script: letter, mark or Arabic-Indic/Persian digit. */
    static boolean isArabicScript(char c) {
        return isArabicLetter(c) || isMark(c) || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }
}

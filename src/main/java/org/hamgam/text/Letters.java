package org.hamgam.text;

/**
 * The character classes every stage shares: letters, marks and joining of the Arabic script as Persian uses it,
 * the script blocks, the several notions of space (each named for what it includes) and the sentence marks.
 * Classes that run once a character are looked up in tables computed once.
 */
public final class Letters {
    public static final char ZWNJ = '\u200C';
    /** Characters that may end a sentence; ؛ and : are deliberately absent. */
    public static final char[] EOS = {'.', '!', '?', '\u061F', '\u2026'};

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
    public static boolean isArabicLetter(char c) {
        return (classOf(c) & LETTER) != 0;
    }

    private static boolean letter(char c) {
        return (c >= '\u0620' && c <= '\u063F') || (c >= '\u0641' && c <= '\u064A')
                || (c >= '\u066E' && c <= '\u066F') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u06EE' && c <= '\u06EF') || (c >= '\u06FA' && c <= '\u06FC') || c == '\u06FF';
    }

    /** A combining mark of the Arabic block: harakat, hamza above or below, superscript alef, Quranic marks. */
    public static boolean isMark(char c) {
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
    public static boolean isNonJoining(char c) {
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
    public static boolean isJoining(char c) {
        return (classOf(c) & (LETTER | NON_JOINING)) == LETTER;
    }

    /** A character that belongs to a Persian word: letter, mark or ZWNJ. */
    public static boolean isWordChar(char c) {
        return (classOf(c) & (LETTER | MARK)) != 0 || c == ZWNJ;
    }

    /** Whitespace in the wide sense: Java whitespace or a Unicode space separator. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Persian, Arabic-Indic and Latin digits. */
    public static boolean isDigit(char c) {
        return Digits.isDigit(c);
    }

    /** A character of the Arabic script: letter, mark or Arabic-Indic/Persian digit. */
    public static boolean isArabicScript(char c) {
        return isArabicLetter(c) || isMark(c) || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }

    /** {@link #isSpace} or the byte order mark, which a splitter must not take for text. */
    public static boolean isSpaceOrBom(char c) {
        return isSpace(c) || c == '\uFEFF';
    }

    /**
     * A space as the QA checks see it: ASCII whitespace, the no-break spaces, the Unicode spaces U+2000–U+200A, the
     * ideographic space and the zero-width space, but not the rarer separators {@link #isSpace} also takes (line and
     * paragraph separators, ogham and mathematical spaces, information separators).
     */
    public static boolean isSpaceOrZwsp(char c) {
        return (Tables.CLASSES[c] & Tables.SPACE) != 0;
    }

    /** {@link Character#isLetter}, looked up. */
    public static boolean isLetter(char c) {
        return (Tables.CLASSES[c] & Tables.LETTER) != 0;
    }

    /** Whether {@code s} has a letter. */
    public static boolean hasLetter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} is nothing but {@link #isSpaceOrZwsp} spaces. */
    public static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpaceOrZwsp(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A letter of the Arabic script (Persian, Arabic, Urdu letters and their presentation forms). */
    public static boolean isArabicScriptLetter(char c) {
        if (c < '\u0600') {
            return false;
        }
        boolean block = c <= '\u06FF' || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08FF')
                || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
        return block && Character.isLetter(c);
    }

    /** Whether {@code s} has a letter of the Arabic script. */
    public static boolean hasArabicScriptLetter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isArabicScriptLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A character of the Arabic blocks (Arabic, Arabic Supplement, the presentation forms), whatever its kind;
     * unlike {@link #isArabicScriptLetter}, Arabic Extended-A is not among them.
     */
    public static boolean isArabicBlock(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\uFB50' && c <= '\uFDFF')
                || (c >= '\uFE70' && c <= '\uFEFF');
    }

    /** A Latin letter: ASCII or Latin-1 Supplement and Latin Extended-A and -B, without × and ÷. */
    public static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7');
    }

    /** A mark that may end a sentence, in any script. */
    public static boolean isEos(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u203C'
                || c == '\u2047' || c == '\u2048' || c == '\u2049' || c == '\u3002' || c == '\u06D4';
    }

    /** Closing quotes and brackets that stay with the sentence they close. */
    public static boolean isCloser(char c) {
        return c == '\u00BB' || c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == '\u201D'
                || c == '\u2019' || c == '\u203A' || c == '\u300D' || c == '\u300F';
    }

    /**
     * Letter and space classes of every character, computed once on first use: the checks test texts character by
     * character, and one look-up beats a chain of comparisons in a loop.
     */
    private static final class Tables {
        static final byte LETTER = 1;
        static final byte SPACE = 2;
        static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                CLASSES[c] = (byte) ((Character.isLetter((char) c) ? LETTER : 0) | (space((char) c) ? SPACE : 0));
            }
        }

        private static boolean space(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u200B'
                    || c == '\u202F' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A') || c == '\u000B'
                    || c == '\f';
        }
    }
}

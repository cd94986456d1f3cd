package org.hamgam.glossary;

import java.text.Normalizer;

/**
 * The folding key used to compare terms with text: every spelling difference that Persian writers treat as the
 * same word collapses to one character, and every character between two word characters is classified by how
 * strongly it separates them.
 *
 * <p>Letters: Arabic and Persian variants unify (ي ى ئ → ی, ك → ک, ة ۀ ە → ه), hamza and madda go (أ إ آ ٱ → ا,
 * ؤ → و, standalone ء and hamza above dropped), diacritics and kashida go, Latin letters lose case and accents,
 * presentation forms decompose. Digits of any system become Latin digits. Nothing here looks at context; the
 * context rules (a comma inside a number, a kashida used as a hyphen) live in {@link Units}.
 */
final class Fold {
    /** Character classes. */
    static final byte C_HARD = 0;
    static final byte C_LETTER = 1;
    static final byte C_DIGIT = 2;
    static final byte C_IGNORE = 3;
    static final byte C_ZWNJ = 4;
    static final byte C_SPACE = 5;
    static final byte C_HYPHEN = 6;
    static final byte C_JOIN = 7;
    static final byte C_APOS = 8;
    static final byte C_GROUP_SEP = 9;
    static final byte C_DECIMAL_SEP = 10;
    static final byte C_KASHIDA = 11;

    /**
     * Gap strengths between two word characters, weakest first: nothing, a ZWNJ (or a change between letters and
     * digits), white space, a hyphen, joining punctuation ({@code & / + ( ) [ ]}), anything else.
     */
    static final byte NONE = 0;
    static final byte SOFT = 1;
    static final byte SPACE = 2;
    static final byte HYPHEN = 3;
    static final byte JOIN = 4;
    static final byte HARD = 5;

    private static final byte[] CLASS = new byte[65536];
    private static final char[] FOLD = new char[65536];
    /** Second folded character for the few characters that decompose into two letters (ligatures). */
    private static final char[] FOLD2 = new char[65536];

    static {
        for (int i = 0; i < 65536; i++) {
            classify((char) i);
        }
    }

    private Fold() {
    }

    static byte classOf(char c) {
        return CLASS[c];
    }

    /** The folded form of a letter or digit (0 for other characters). */
    static char fold(char c) {
        return FOLD[c];
    }

    /** The second folded character of a ligature, or 0. */
    static char fold2(char c) {
        return FOLD2[c];
    }

    static boolean isDigitUnit(char folded) {
        return (folded >= '0' && folded <= '9') || folded == '.';
    }

    static boolean isLatinUnit(char folded) {
        return folded < 0x0250 && !isDigitUnit(folded);
    }

    private static void classify(char c) {
        if (Character.isSurrogate(c)) {
            CLASS[c] = C_HARD;
            return;
        }
        int digit = org.hamgam.text.Digits.value(c);
        if (digit < 0 && Character.isDigit(c)) {
            digit = Character.digit(c, 10);
        }
        if (digit >= 0) {
            CLASS[c] = C_DIGIT;
            FOLD[c] = (char) ('0' + digit);
            return;
        }
        switch (c) {
            case '\u200C' -> CLASS[c] = C_ZWNJ;
            case '\u0640' -> CLASS[c] = C_KASHIDA;
            case '\u200D', '\u00AD', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u200B', '\u0621' -> CLASS[c] = C_IGNORE;
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFE63', '\uFF0D', '\u058A' ->
                    CLASS[c] = C_HYPHEN;
            case '&', '/', '+', '(', ')', '[', ']', '{', '}', '_', '\uFF08', '\uFF09' -> CLASS[c] = C_JOIN;
            case '\'', '\u2019', '\u2018', '\u02BC' -> CLASS[c] = C_APOS;
            case ',', '\u066C' -> CLASS[c] = C_GROUP_SEP;
            case '.', '\u066B' -> CLASS[c] = C_DECIMAL_SEP;
            default -> classifyOther(c);
        }
    }

    private static void classifyOther(char c) {
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
            CLASS[c] = C_IGNORE;
            return;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
            CLASS[c] = C_IGNORE;
            return;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            CLASS[c] = C_SPACE;
            return;
        }
        if (!Character.isLetter(c)) {
            CLASS[c] = C_HARD;
            return;
        }
        String base = baseLetters(c);
        if (base.isEmpty()) {
            CLASS[c] = C_IGNORE;
            return;
        }
        CLASS[c] = C_LETTER;
        FOLD[c] = persian(base.charAt(0));
        if (base.length() > 1) {
            FOLD2[c] = persian(base.charAt(1));
        }
    }

    /** The letters of {@code c} after compatibility decomposition, without marks, lower case (at most two). */
    private static String baseLetters(char c) {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(2);
        for (int i = 0; i < d.length() && out.length() < 2; i++) {
            char x = d.charAt(i);
            if (Character.isLetter(x)) {
                out.append(Character.toLowerCase(x));
            }
        }
        if (out.length() == 0 && Character.isLetter(c)) {
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static char persian(char c) {
        return switch (c) {
            case '\u064A', '\u0649', '\u0626', '\u06D0', '\u06CD', '\u06CE' -> '\u06CC'; // ی
            case '\u0643', '\u06AA' -> '\u06A9';                                        // ک
            case '\u0629', '\u06C0', '\u06D5', '\u06BE', '\u06C1', '\u06C2', '\u06C3' -> '\u0647'; // ه
            case '\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673' -> '\u0627'; // ا
            case '\u0624' -> '\u0648';                                                   // و
            default -> c;
        };
    }
}

package org.hamgam.glossary;

/**
 * A text as the matcher sees it: its letters and digits folded (see {@link Fold}), one unit each, with the gap
 * before every unit classified. Unit {@code i} came from text offset {@code pos[i]}; {@code gap[i]} is the gap
 * before it ({@code gap[0]} and {@code gap[n]} are {@link Fold#HARD}, the text's edges).
 */
final class Units {
    final int n;
    final char[] ch;
    final int[] pos;
    final byte[] gap;

    private Units(int n, char[] ch, int[] pos, byte[] gap) {
        this.n = n;
        this.ch = ch;
        this.pos = pos;
        this.gap = gap;
    }

    static Units of(CharSequence text) {
        int len = text.length();
        // a ligature folds to two units, so 2 * len bounds the count
        char[] ch = new char[2 * len + 1];
        int[] pos = new int[2 * len + 1];
        byte[] gap = new byte[2 * len + 2];
        int n = 0;
        byte g = Fold.HARD;
        for (int p = 0; p < len; p++) {
            char c = text.charAt(p);
            byte cls = Fold.classOf(c);
            switch (cls) {
                case Fold.C_LETTER, Fold.C_DIGIT -> {
                    char f = Fold.fold(c);
                    if (n > 0 && g == Fold.NONE && transition(ch[n - 1], f)) {
                        g = Fold.SOFT;
                    }
                    ch[n] = f;
                    pos[n] = p;
                    gap[n] = g;
                    n++;
                    g = Fold.NONE;
                    char f2 = Fold.fold2(c);
                    if (f2 != 0) {
                        ch[n] = f2;
                        pos[n] = p;
                        gap[n] = Fold.NONE;
                        n++;
                    }
                }
                case Fold.C_IGNORE -> {
                    // invisible: diacritics, bidi controls, standalone hamza
                }
                case Fold.C_KASHIDA -> {
                    // stretches a word, unless it stands for a hyphen before a number: شاهدــ۱۳۶
                    int q = p;
                    while (q < len && text.charAt(q) == '\u0640') {
                        q++;
                    }
                    if (n > 0 && !Fold.isDigitUnit(ch[n - 1]) && q < len
                            && Fold.classOf(text.charAt(q)) == Fold.C_DIGIT) {
                        g = max(g, Fold.HYPHEN);
                    }
                    p = q - 1;
                }
                case Fold.C_ZWNJ -> g = max(g, Fold.SOFT);
                case Fold.C_SPACE -> g = max(g, Fold.SPACE);
                case Fold.C_HYPHEN -> g = max(g, Fold.HYPHEN);
                case Fold.C_JOIN -> g = max(g, Fold.JOIN);
                case Fold.C_APOS -> {
                    boolean inWord = g == Fold.NONE && n > 0 && !Fold.isDigitUnit(ch[n - 1]) && p + 1 < len
                            && Fold.classOf(text.charAt(p + 1)) == Fold.C_LETTER;
                    g = max(g, inWord ? Fold.SOFT : Fold.HARD);
                }
                case Fold.C_GROUP_SEP -> {
                    if (!betweenDigits(text, p, n, ch, g)) {
                        g = Fold.HARD;
                    }
                }
                case Fold.C_DECIMAL_SEP -> {
                    if (betweenDigits(text, p, n, ch, g)) {
                        ch[n] = '.';
                        pos[n] = p;
                        gap[n] = Fold.NONE;
                        n++;
                    } else {
                        g = Fold.HARD;
                    }
                }
                default -> g = Fold.HARD;
            }
        }
        gap[n] = Fold.HARD;
        return new Units(n, ch, pos, gap);
    }

    private static boolean betweenDigits(CharSequence text, int p, int n, char[] ch, byte g) {
        return g == Fold.NONE && n > 0 && Fold.isDigitUnit(ch[n - 1]) && ch[n - 1] != '.' && p + 1 < text.length()
                && Fold.classOf(text.charAt(p + 1)) == Fold.C_DIGIT;
    }

    /** Letters next to digits, or Latin next to Persian, are separate parts even when nothing is between them. */
    private static boolean transition(char a, char b) {
        boolean da = Fold.isDigitUnit(a);
        boolean db = Fold.isDigitUnit(b);
        if (da != db) {
            return true;
        }
        return !da && Fold.isLatinUnit(a) != Fold.isLatinUnit(b);
    }

    private static byte max(byte a, byte b) {
        return a > b ? a : b;
    }

    boolean isDigit(int i) {
        return Fold.isDigitUnit(ch[i]);
    }

    /** The folded units from {@code from} to {@code to} with their gaps dropped (a key for comparisons). */
    String key(int from, int to) {
        return new String(ch, from, to - from);
    }
}

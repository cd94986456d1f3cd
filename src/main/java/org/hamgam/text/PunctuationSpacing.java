package org.hamgam.text;

/**
 * Spaces around punctuation as a Persian editor sets them: no space before ، ؛ ؟ » ) . : ! , one space after
 * them, none after « and (. A point, colon or exclamation mark typed against the next Persian word instead of its
 * own ({@code یافت .دولت}) moves back to the word it ends ({@code یافت. دولت}). Only plain spaces are added or
 * removed, never line breaks, and the Latin-script punctuation is only touched next to Persian words, so Latin text,
 * numbers and file names ({@code گزارش .pdf}) pass through.
 */
final class PunctuationSpacing {
    private PunctuationSpacing() {
    }

    /** The respaced text of {@code in}, or null when nothing changes. */
    static OffsetBuilder apply(String in) {
        int n = in.length();
        OffsetBuilder out = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            if (c == ' ') {
                int end = i;
                while (end < n && in.charAt(end) == ' ') {
                    end++;
                }
                int keep = spacesToKeep(in, i, end);
                if (keep < end - i) {
                    if (out == null) {
                        out = new OffsetBuilder(in);
                    }
                    out.copy(copied, i + keep);
                    copied = end;
                }
                i = end - 1;
            } else if (c < '\u0620' && i + 1 < n && isPunctuation(c) && needsSpaceAfter(in, i)) {
                if (out == null) {
                    out = new OffsetBuilder(in);
                }
                out.copy(copied, i + 1);
                out.append(' ', i + 1);
                copied = i + 1;
            }
        }
        if (out == null) {
            return null;
        }
        out.copy(copied, n);
        return out;
    }

    /** How many of the spaces {@code [start, end)} stay. */
    private static int spacesToKeep(String s, int start, int end) {
        int n = s.length();
        if (end - start == 1 && start > 0 && end < n && Letters.isArabicLetter(s.charAt(start - 1))
                && Letters.isArabicLetter(s.charAt(end))) {
            return 1; // the common case, one space between two words, answered before the tests below
        }
        if (start == 0 || isLineBreak(s.charAt(start - 1)) || end == n || isLineBreak(s.charAt(end))) {
            return end - start; // indentation and trailing spaces are layout, not punctuation spacing
        }
        if (closesBefore(s, end)) {
            return 0;
        }
        char prev = s.charAt(start - 1);
        if (prev == '«' || (prev == '(' && Letters.isArabicScript(s.charAt(end)))) {
            return 0;
        }
        if (end - start > 1 && closesBefore(s, start - 1)) {
            return 1;
        }
        return end - start;
    }

    /** Whether the character at {@code at} is punctuation that takes no space before it here. */
    private static boolean closesBefore(String s, int at) {
        char c = s.charAt(at);
        switch (c) {
            case '،', '؛', '؟', '»' -> {
                return true;
            }
            case ')' -> {
                return persianBefore(s, at);
            }
            case '.', ':', '!' -> {
                return persianBefore(s, at) && (at + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(at + 1))
                        || endsPersianWord(s, at));
            }
            default -> {
                return false;
            }
        }
    }

    /** The characters {@link #needsSpaceAfter} may answer yes for: a quick test, run on every character. */
    private static boolean isPunctuation(char c) {
        switch (c) {
            case '،', '؛', '؟', '»', ')', '.', ':', '!' -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Whether a space belongs between the punctuation at {@code at} and the character after it. */
    private static boolean needsSpaceAfter(String s, int at) {
        char c = s.charAt(at);
        char next = s.charAt(at + 1);
        switch (c) {
            case '،', '؛', '؟' -> {
                boolean digits = at > 0 && Character.isDigit(s.charAt(at - 1)) && Character.isDigit(next);
                return Character.isLetterOrDigit(next) && !digits;
            }
            case '»', ')' -> {
                return Letters.isArabicLetter(next);
            }
            case '.', ':', '!' -> {
                return endsPersianWord(s, at);
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * Whether the point at {@code at} ends the Persian word before it (spaces between allowed) and a Persian letter
     * follows it at once, so that the next sentence starts there. A single letter before the point is an
     * abbreviation such as ه.ش or ق.م, and a digit on either side a number.
     */
    private static boolean endsPersianWord(String s, int at) {
        int k = at - 1;
        while (k >= 0 && s.charAt(k) == ' ') {
            k--;
        }
        return at + 1 < s.length() && Letters.isArabicLetter(s.charAt(at + 1)) && k >= 1
                && Letters.isArabicScript(s.charAt(k)) && !Letters.isDigit(s.charAt(k))
                && Letters.isArabicScript(s.charAt(k - 1));
    }

    /** Whether the last non-space character before {@code at} is Persian. */
    private static boolean persianBefore(String s, int at) {
        int k = at - 1;
        while (k >= 0 && s.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && Letters.isArabicScript(s.charAt(k));
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
                || c == '\u000C';
    }
}

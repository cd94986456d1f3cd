package org.hamgam.text;

/** Digits of the three systems Persian text mixes: Latin 0–9, Persian ۰–۹ and Arabic-Indic ٠–٩. */
public final class Digits {
    private Digits() {
    }

    /** The value 0–9 of a digit of any of the three systems, or -1. */
    public static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        return -1;
    }

    public static boolean isDigit(char c) {
        return value(c) >= 0;
    }

    /** {@code s} with every digit written as a Latin digit. */
    public static String toLatin(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = value(c);
            out.append(v >= 0 ? (char) ('0' + v) : c);
        }
        return out.toString();
    }

    /**
     * {@code c} in the digit system {@code policy} asks for. Arabic-Indic digits are a variant in Persian text, as
     * Arabic ي and ك are: ٤٥٦ are shaped otherwise than the Persian ۴۵۶, so even keeping writes them as Persian.
     */
    static char convert(char c, DigitPolicy policy) {
        int v = value(c);
        return switch (policy) {
            case KEEP -> c >= '\u0660' && c <= '\u0669' ? (char) ('\u06F0' + v) : c;
            case LATIN -> v >= 0 ? (char) ('0' + v) : c;
            case PERSIAN -> v >= 0 ? (char) ('\u06F0' + v) : c;
        };
    }
}

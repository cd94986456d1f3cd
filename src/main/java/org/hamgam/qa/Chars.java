package org.hamgam.qa;

/** Character classes the checks share. */
final class Chars {
    private Chars() {
    }

    /** A letter of the Arabic script (Persian, Arabic, Urdu letters and their presentation forms). */
    static boolean isArabicScriptLetter(char c) {
        if (c < '\u0600') {
            return false;
        }
        boolean block = c <= '\u06FF' || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08FF')
                || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
        return block && Character.isLetter(c);
    }

    private static final byte LETTER = 1;
    private static final byte SPACE = 2;
    /**
     * Whether each character is a {@link #LETTER} or a {@link #SPACE}, computed once: the checks test texts
     * character by character, and one look-up beats a chain of comparisons in a loop.
     */
    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CLASSES[c] = (byte) ((Character.isLetter((char) c) ? LETTER : 0) | (computeIsSpace((char) c) ? SPACE : 0));
        }
    }

    /** {@link Character#isLetter}. */
    static boolean isLetter(char c) {
        return (CLASSES[c] & LETTER) != 0;
    }

    static boolean hasArabicScriptLetter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isArabicScriptLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasLetter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Spaces as the whitespace check sees them: ASCII whitespace, no-break space and the Unicode spaces. */
    static boolean isSpace(char c) {
        return (CLASSES[c] & SPACE) != 0;
    }

    private static boolean computeIsSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u200B'
                || c == '\u202F' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A') || c == '\u000B'
                || c == '\f';
    }

    /** {@link #keyChar} of every character, computed once: texts are keyed character by character. */
    private static final char[] KEY_CHARS = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            KEY_CHARS[c] = computeKeyChar((char) c);
        }
    }

    /**
     * The character {@link #key} writes for {@code c}, or 0 if it drops it; a plain space for every space, whose
     * runs {@link #key} collapses, so that one look-up tells a space too.
     */
    static char keyChar(char c) {
        return KEY_CHARS[c];
    }

    private static char computeKeyChar(char c) {
        if (computeIsSpace(c)) {
            return ' ';
        }
        if (c == '\u200C' || c == '\u0640') {
            return 0;
        }
        int v = org.hamgam.text.Digits.value(c);
        if (v >= 0) {
            return (char) ('0' + v);
        }
        if (c == '\u064A' || c == '\u0649') {
            return '\u06CC';
        }
        if (c == '\u0643') {
            return '\u06A9';
        }
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }

    /**
     * {@code s} trimmed, with runs of space collapsed to one, ZWNJ and kashida dropped, Arabic letter variants and
     * digits unified and letters in lower case: the
     * key under which two texts count as the same.
     */
    static String key(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = !out.isEmpty();
                continue;
            }
            char k = keyChar(c);
            if (k == 0) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(k);
        }
        return out.toString();
    }
}

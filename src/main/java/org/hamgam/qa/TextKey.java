package org.hamgam.qa;

import org.hamgam.text.Letters;

/**
 * The key under which the checks count two texts as the same: spacing, ZWNJ and kashida, Arabic letter variants,
 * digit systems and case do not count.
 */
final class TextKey {
    private TextKey() {
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
        if (Letters.isSpaceOrZwsp(c)) {
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
            if (Letters.isSpaceOrZwsp(c)) {
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

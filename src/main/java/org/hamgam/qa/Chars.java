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
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u200B'
                || c == '\u202F' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A') || c == '\u000B'
                || c == '\f';
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
            if (c == '\u200C' || c == '\u0640') {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            int v = org.hamgam.text.Digits.value(c);
            if (v >= 0) {
                out.append((char) ('0' + v));
            } else if (c == '\u064A' || c == '\u0649') {
                out.append('\u06CC');
            } else if (c == '\u0643') {
                out.append('\u06A9');
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}

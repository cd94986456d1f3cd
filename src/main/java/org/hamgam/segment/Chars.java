package org.hamgam.segment;

/** Character classes the splitters agree on. */
final class Chars {
    /** Characters that may end a sentence; ؛ and : are deliberately absent. */
    static final char[] EOS = {'.', '!', '?', '\u061F', '\u2026'};

    private Chars() {
    }

    static boolean isEos(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u203C'
                || c == '\u2047' || c == '\u2048' || c == '\u2049' || c == '\u3002' || c == '\u06D4';
    }

    /** Closing quotes and brackets that stay with the sentence they close. */
    static boolean isCloser(char c) {
        return c == '\u00BB' || c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == '\u201D'
                || c == '\u2019' || c == '\u203A' || c == '\u300D' || c == '\u300F';
    }

    /** Whitespace in the wide sense: Java whitespace plus no-break and other Unicode space separators. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}

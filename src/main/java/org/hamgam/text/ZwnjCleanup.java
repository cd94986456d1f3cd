package org.hamgam.text;

/**
 * Drops ZWNJs that cannot do anything: repeated ones, ones after a letter that does not join (ا د ذ ر ز ژ و …),
 * and ones next to a space, punctuation or the end of the text. A ZWNJ between a joining letter and a letter
 * is kept as the writer put it.
 */
final class ZwnjCleanup {
    private ZwnjCleanup() {
    }

    /** The cleaned text of {@code in}, or null when nothing changes. */
    static OffsetBuilder apply(String in) {
        int first = in.indexOf(Letters.ZWNJ);
        if (first < 0) {
            return null;
        }
        OffsetBuilder out = null;
        int n = in.length();
        int copied = 0;
        for (int i = first; i < n; i++) {
            if (in.charAt(i) != Letters.ZWNJ) {
                continue;
            }
            int end = i;
            while (end < n && in.charAt(end) == Letters.ZWNJ) {
                end++;
            }
            boolean keep = joinsAfter(in, i) && end < n && startsLetter(in.charAt(end));
            int keptEnd = keep ? i + 1 : i;
            if (keptEnd != end) {
                if (out == null) {
                    out = new OffsetBuilder(in);
                }
                out.copy(copied, keptEnd);
                copied = end;
            }
            i = end - 1;
        }
        if (out == null) {
            return null;
        }
        out.copy(copied, n);
        return out;
    }

    /** Whether the letter before {@code at} (skipping combining marks) joins the next letter. */
    private static boolean joinsAfter(String s, int at) {
        int k = at - 1;
        while (k >= 0 && isMark(s.charAt(k))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char c = s.charAt(k);
        return Character.isLetter(c) && !Letters.isNonJoining(c);
    }

    private static boolean startsLetter(char c) {
        return Character.isLetter(c) || isMark(c);
    }

    static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}

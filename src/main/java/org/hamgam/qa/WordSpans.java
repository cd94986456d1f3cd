package org.hamgam.qa;

import java.util.ArrayList;
import java.util.List;

import org.hamgam.text.Letters;

/** The words of a text in either script, as offsets: runs of letters, a ZWNJ inside a Persian word included. */
final class WordSpans {
    private WordSpans() {
    }

    /** Start and end (exclusive) of each word, in text order. */
    static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Letters.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Letters.isLetter(text.charAt(i)) || text.charAt(i) == '\u200C')) {
                i++;
            }
            out.add(new int[] {start, i});
        }
        return out;
    }
}

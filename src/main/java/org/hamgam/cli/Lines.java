package org.hamgam.cli;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines at LF, CRLF or a lone CR, without the terminators; a final line break adds no line. */
final class Lines {
    private Lines() {
    }

    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}

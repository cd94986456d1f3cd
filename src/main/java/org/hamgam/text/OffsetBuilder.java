package org.hamgam.text;

import java.util.Arrays;

/** Builds a normalized string and its offset map to the original, one edit at a time. */
final class OffsetBuilder {
    private final String original;
    private final StringBuilder text;
    private int[] map;

    OffsetBuilder(String original) {
        this.original = original;
        this.text = new StringBuilder(original.length() + 16);
        this.map = new int[original.length() + 17];
    }

    /** Appends {@code c} as the replacement of the original character at {@code originalOffset}. */
    void append(char c, int originalOffset) {
        ensure(text.length() + 1);
        map[text.length()] = originalOffset;
        text.append(c);
    }

    /** Appends {@code s} as the replacement of original text starting at {@code originalOffset}. */
    void append(CharSequence s, int originalOffset) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i), originalOffset);
        }
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    NormalizedText build() {
        ensure(text.length() + 1);
        map[text.length()] = original.length();
        return new NormalizedText(original, text.toString(), Arrays.copyOf(map, text.length() + 1));
    }

    private void ensure(int size) {
        if (size >= map.length) {
            map = Arrays.copyOf(map, Math.max(size + 1, map.length * 2));
        }
    }
}

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

    /** Appends the original characters {@code [from, to)} unchanged. */
    void copy(int from, int to) {
        int at = text.length();
        ensure(at + (to - from) + 1);
        for (int i = from; i < to; i++) {
            map[at++] = i;
        }
        text.append(original, from, to);
    }

    NormalizedText build() {
        return new NormalizedText(original, text(), map());
    }

    String text() {
        return text.toString();
    }

    /** The offset map, one entry per output character plus the end. */
    int[] map() {
        ensure(text.length() + 1);
        // characters dropped at the very start belong to the first character that remains
        map[0] = 0;
        map[text.length()] = original.length();
        return Arrays.copyOf(map, text.length() + 1);
    }

    /** The map {@code outer} (into an intermediate text) followed by {@code inner} (into the original). */
    static int[] compose(int[] outer, int[] inner) {
        int[] result = new int[outer.length];
        for (int i = 0; i < outer.length; i++) {
            result[i] = inner[outer[i]];
        }
        return result;
    }

    private void ensure(int size) {
        if (size >= map.length) {
            map = Arrays.copyOf(map, Math.max(size + 1, map.length * 2));
        }
    }
}

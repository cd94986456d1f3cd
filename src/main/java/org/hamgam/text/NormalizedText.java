package org.hamgam.text;

import java.util.Arrays;
import java.util.Objects;
import org.hamgam.model.Span;

/**
 * A normalized text together with the map from each of its offsets back to the original text, so that every
 * later stage can report positions in what the user wrote.
 *
 * <p>The map has one entry per normalized offset plus one for the end. A character the normalizer inserted
 * (a repaired ZWNJ) maps to the position of the original character that follows it; characters the normalizer
 * removed (kashida, bidi controls) fall inside the original span of their neighbours.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] toOriginal;

    /**
     * @param toOriginal for each offset {@code i} in {@code 0..text.length()}, the corresponding original offset;
     *                   non-decreasing, first entry 0 and last entry {@code original.length()} (an empty text,
     *                   when normalization dropped everything, has the single entry {@code original.length()})
     */
    public NormalizedText(String original, String text, int[] toOriginal) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        if (toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map has " + toOriginal.length + " entries for a text of length "
                    + text.length());
        }
        if ((toOriginal[0] != 0 && !text.isEmpty()) || toOriginal[text.length()] != original.length()) {
            throw new IllegalArgumentException("offset map must start at 0 and end at the original length");
        }
        for (int i = 1; i < toOriginal.length; i++) {
            if (toOriginal[i] < toOriginal[i - 1]) {
                throw new IllegalArgumentException("offset map decreases at " + i);
            }
        }
        this.toOriginal = toOriginal.clone();
    }

    /** A text that normalization left unchanged. */
    public static NormalizedText identity(String text) {
        int[] map = new int[text.length() + 1];
        Arrays.setAll(map, i -> i);
        return new NormalizedText(text, text, map);
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /** The original offset of normalized offset {@code offset} (0 to {@code text().length()} inclusive). */
    public int toOriginal(int offset) {
        return toOriginal[offset];
    }

    /** The original span covered by a normalized span. */
    public Span toOriginal(Span normalized) {
        return new Span(toOriginal[normalized.start()], toOriginal[normalized.end()]);
    }

    /** The original text covered by a normalized span. */
    public String originalOf(Span normalized) {
        return toOriginal(normalized).of(original);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedText other && original.equals(other.original) && text.equals(other.text)
                && Arrays.equals(toOriginal, other.toOriginal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(original, text, Arrays.hashCode(toOriginal));
    }

    @Override
    public String toString() {
        return text;
    }
}

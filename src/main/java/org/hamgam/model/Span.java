package org.hamgam.model;

/** A half-open range {@code [start, end)} of UTF-16 offsets into some text. */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The covered part of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span other) {
        int c = Integer.compare(start, other.start);
        return c != 0 ? c : Integer.compare(end, other.end);
    }
}

package org.hamgam.model;

import java.util.Objects;

/**
 * One sentence of a document. {@code original} is exactly {@code document.original().substring(start, end)};
 * {@code text} is its normalized form, which later stages compare and match on.
 *
 * @param id        stable identifier, unique in a run ({@code docId:lang:index})
 * @param paragraph 0-based index of the paragraph (input line) the sentence belongs to
 * @param index     0-based index of the sentence within its document
 */
public record Segment(String id, String docId, int paragraph, int index, Lang lang,
                      String original, String text, int start, int end) {
    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != original.length()) {
            throw new IllegalArgumentException("segment " + id + ": offsets [" + start + ", " + end
                    + ") do not fit its original text of length " + original.length());
        }
    }

    /** The offsets of this segment in the original document. */
    public Span span() {
        return new Span(start, end);
    }
}

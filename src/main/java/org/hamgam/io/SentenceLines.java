package org.hamgam.io;

import org.hamgam.model.Segment;
import org.hamgam.model.SegmentedDocument;

/** Writes a segmented document as plain text, one sentence a line, for {@code hamgam segment}. */
public final class SentenceLines {
    private SentenceLines() {
    }

    /**
     * The document as {@code hamgam segment} prints it: one sentence (as written) a line, a blank line between
     * paragraphs; paragraphs without sentences (blank or boilerplate lines) are left out.
     */
    public static String render(SegmentedDocument document) {
        StringBuilder out = new StringBuilder(document.document().original().length() + 64);
        int paragraph = -1;
        for (Segment segment : document.segments()) {
            if (paragraph >= 0 && segment.paragraph() != paragraph) {
                out.append('\n');
            }
            paragraph = segment.paragraph();
            out.append(segment.original()).append('\n');
        }
        return out.toString();
    }
}

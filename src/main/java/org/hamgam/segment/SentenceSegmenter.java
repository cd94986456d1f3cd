package org.hamgam.segment;

import org.hamgam.model.Document;
import org.hamgam.model.SegmentedDocument;

/**
 * Cuts a document into sentences. A line of the input is a paragraph; a sentence never crosses a line end.
 * The segments and skipped spans of the result cover the original text exactly once, and every segment's
 * offsets point into the original text.
 */
public interface SentenceSegmenter {
    SegmentedDocument segment(Document document);
}

package org.hamgam.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the pipeline learned about one document: its segmentation, the English counterpart's segmentation
 * if there was one, the review rows in document order, and notes for the reviewer (e.g. "the English is far
 * shorter than the Persian").
 *
 * @param quality overall alignment quality in [0, 1] (mean bead confidence weighted by length); 0 without English
 */
public record Bitext(String docId, SegmentedDocument source, Optional<SegmentedDocument> target,
                     List<Row> rows, double quality, List<String> notes) {
    public Bitext {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public boolean aligned() {
        return target.isPresent();
    }
}

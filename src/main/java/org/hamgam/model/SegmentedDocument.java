package org.hamgam.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A document cut into segments and skipped spans which, in offset order, cover its original text exactly once.
 */
public record SegmentedDocument(Document document, List<Segment> segments, List<SkippedSpan> skipped) {
    public SegmentedDocument {
        Objects.requireNonNull(document, "document");
        segments = List.copyOf(segments);
        skipped = List.copyOf(skipped);
    }

    /**
     * Rebuilds the original text from segments and skipped spans; equal to {@code document().original()}
     * exactly when nothing was lost or duplicated.
     */
    public String reassemble() {
        record Piece(int start, String text) { }
        List<Piece> pieces = new ArrayList<>(segments.size() + skipped.size());
        segments.forEach(s -> pieces.add(new Piece(s.start(), s.original())));
        skipped.forEach(s -> pieces.add(new Piece(s.start(), s.text())));
        pieces.sort(Comparator.comparingInt(Piece::start));
        StringBuilder out = new StringBuilder(document.original().length());
        pieces.forEach(p -> out.append(p.text()));
        return out.toString();
    }

    /** The skipped spans that are boilerplate, in document order. */
    public List<SkippedSpan> boilerplate() {
        return skipped.stream().filter(SkippedSpan::isBoilerplate).toList();
    }
}

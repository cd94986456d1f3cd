package org.hamgam.io;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hamgam.model.Bitext;
import org.hamgam.model.Row;

/**
 * One document's line on the index page.
 *
 * @param sourceSegments Persian sentences
 * @param targetSegments English sentences (0 without English)
 * @param beadsByType    bead counts by type, e.g. {@code 1-1 → 40}
 * @param flagged        rows a reviewer should look at
 * @param termHits       glossary term hits
 * @param quality        alignment quality in [0, 1]
 * @param link           the review page relative to the index, e.g. {@code NAME/NAME.html}
 */
public record DocumentSummary(String docId, boolean aligned, int sourceSegments, int targetSegments,
                              Map<String, Integer> beadsByType, int flagged, int termHits, double quality,
                              String link) {
    public DocumentSummary {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(link, "link");
        beadsByType = Map.copyOf(beadsByType);
    }

    /** Counts a bitext; {@code threshold} is the review threshold used for flags. */
    public static DocumentSummary of(Bitext bitext, double threshold, String link) {
        Map<String, Integer> types = new TreeMap<>();
        int flagged = 0;
        int terms = 0;
        for (Row row : bitext.rows()) {
            types.merge(row.bead().type(), 1, Integer::sum);
            flagged += row.flagged(threshold) ? 1 : 0;
            terms += row.terms().size();
        }
        return new DocumentSummary(bitext.docId(), bitext.aligned(), bitext.source().segments().size(),
                bitext.target().map(t -> t.segments().size()).orElse(0), types, flagged, terms, bitext.quality(), link);
    }

    /** Beads in all. */
    public int beads() {
        return beadsByType.values().stream().mapToInt(Integer::intValue).sum();
    }
}

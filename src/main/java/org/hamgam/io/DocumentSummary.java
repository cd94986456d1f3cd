package org.hamgam.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * @param quality        alignment confidence in [0, 1], from the aligner's bead scores alone: QA findings are
 *                       counted apart ({@code errors}, {@code warnings}); 0 for a document to translate
 * @param drafts         for a document to translate, its segments by where their draft came from ({@code tm},
 *                       {@code mt}, {@code none}, …); empty for an aligned document
 * @param link           the review page relative to the index, e.g. {@code NAME/NAME.html}
 * @param errors         QA findings of error severity on the translation (findings on the Persian, source-*, aside)
 * @param warnings       QA findings of warning severity on the translation
 */
public record DocumentSummary(String docId, boolean aligned, int sourceSegments, int targetSegments,
                              Map<String, Integer> beadsByType, int flagged, int termHits, double quality,
                              Map<String, Integer> drafts, String link, int errors, int warnings)
        implements java.io.Serializable {
    public DocumentSummary {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(link, "link");
        beadsByType = Map.copyOf(beadsByType);
        drafts = Map.copyOf(drafts);
    }

    /** Counts a bitext; {@code threshold} is the review threshold used for flags. */
    public static DocumentSummary of(Bitext bitext, double threshold, String link) {
        Map<String, Integer> types = new TreeMap<>();
        int flagged = 0;
        int terms = 0;
        Map<String, Integer> drafts = new TreeMap<>();
        int errors = 0;
        int warnings = 0;
        for (Row row : bitext.rows()) {
            for (org.hamgam.model.Issue issue : row.issues()) {
                if (!issue.isAboutSource()) {
                    errors += issue.severity() == org.hamgam.model.Severity.ERROR ? 1 : 0;
                    warnings += issue.severity() == org.hamgam.model.Severity.WARNING ? 1 : 0;
                }
            }
            types.merge(row.beadType(), 1, Integer::sum);
            flagged += row.flagged(threshold) ? 1 : 0;
            terms += row.terms().size();
            if (!bitext.aligned() && !row.source().isEmpty()) {
                drafts.merge(row.draft().origin().label(), 1, Integer::sum);
            }
        }
        return new DocumentSummary(bitext.docId(), bitext.aligned(), bitext.source().segments().size(),
                bitext.target().map(t -> t.segments().size()).orElse(0), types, flagged, terms, bitext.quality(),
                drafts, link, errors, warnings);
    }

    /**
     * Where a document to translate got its drafts, as people read it: {@code TM 3, MT 0, none 41}; the memory,
     * machine translation and no draft are always named, other origins when they occur.
     */
    public String draftSources() {
        Map<String, Integer> all = new LinkedHashMap<>();
        all.put("tm", 0);
        all.put("mt", 0);
        new TreeMap<>(drafts).forEach((origin, count) -> {
            if (!origin.equals("none")) {
                all.merge(origin, count, Integer::sum);
            }
        });
        all.put("none", drafts.getOrDefault("none", 0));
        List<String> parts = new ArrayList<>();
        all.forEach((origin, count) -> parts.add((origin.length() <= 2 ? origin.toUpperCase(Locale.ROOT) : origin)
                + " " + count));
        return String.join(", ", parts);
    }

    /** The segments of a document to translate (its rows with Persian); 0 for an aligned document. */
    public int toTranslate() {
        return drafts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The QA findings on the translation at error and warning, in words: {@code 1 error, 2 warnings}. */
    public String findings() {
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    /** Beads in all. */
    public int beads() {
        return beadsByType.values().stream().mapToInt(Integer::intValue).sum();
    }
}

package org.hamgam.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamgam.model.Bitext;
import org.hamgam.model.Issue;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.Origin;
import org.hamgam.model.Row;
import org.hamgam.model.Segment;
import org.hamgam.model.Severity;
import org.hamgam.model.SkippedSpan;
import org.hamgam.model.TermHit;
import org.hamgam.model.TmMatch;

/**
 * Writes a document as XLIFF 2.1 ({@code NAME.xlf}) with the glossary, matches and metadata modules.
 *
 * <p>Layout: one {@code unit} per Persian paragraph, one {@code segment} per bead, each unit's direction taken
 * from its text (Persian is right to left, an English "Read More" left to right). A bead that joins several Persian sentences (2-1, 3-1, ...) is a single segment whose
 * source is the sentences joined by a space; the sentence identifiers and the original Persian are kept in
 * the metadata module, and the segment says {@code canResegment="no"}. Splitting it into one segment per sentence would force an empty or duplicated target on
 * all but one of them, and CAT tools (OmegaT, memoQ, Trados, Okapi) turn each segment into its own
 * translation-memory entry: a full English sentence paired with half the Persian pollutes the memory and a
 * segment with an empty target shows as untranslated. One segment per bead keeps every memory entry a true
 * translation pair and is what the reviewer checks anyway; a reviewer can still split it in the tool.
 *
 * <p>Targets are the aligned English or the draft with {@code state="initial"} ({@code translated} only for
 * {@link Origin#HUMAN}). TM and MT drafts are also offered as {@code mtc:match} with their similarity; term hits
 * become {@code gls:glossEntry}; QA issues and low-confidence beads become notes; boilerplate is kept in place
 * as an {@code ignorable} with a note, so that nothing of the input is lost; a paragraph of boilerplate alone is
 * a unit with {@code translate="no"} holding one segment, since the specification (and Okapi's reader) wants a
 * segment in every unit. An empty document is a {@code file} with one empty {@code group}, as a file must hold
 * at least one unit or group. Persian without English (1-0) has no target; English without Persian (0-1) is a
 * segment with an empty source and a note.
 */
public final class XliffWriter implements BitextWriter {
    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String NS_MTC = "urn:oasis:names:tc:xliff:matches:2.0";
    static final String NS_GLS = "urn:oasis:names:tc:xliff:glossary:2.0";
    static final String NS_MDA = "urn:oasis:names:tc:xliff:metadata:2.0";

    private final double threshold;
    private final LanguageTags languages;

    /** A writer flagging beads below a confidence of 0.5, in {@code fa} and {@code en}. */
    public XliffWriter() {
        this(0.5, LanguageTags.DEFAULT);
    }

    /**
     * @param threshold beads with a lower confidence get a low-confidence note
     * @param languages the source and target language tags
     */
    public XliffWriter(double threshold, LanguageTags languages) {
        this.threshold = threshold;
        this.languages = languages;
    }

    @Override
    public String fileName(String docId) {
        return docId + ".xlf";
    }

    @Override
    public void write(Bitext bitext, Writer writer) throws IOException {
        XmlOut x = new XmlOut(writer);
        x.declaration();
        x.start("xliff", "xmlns", NS, "xmlns:mtc", NS_MTC, "xmlns:gls", NS_GLS, "xmlns:mda", NS_MDA,
                "version", "2.1", "srcLang", languages.source(), "trgLang", languages.target());
        x.start("file", "id", "f1", "original", bitext.docId(), "srcDir", sourceDirection(),
                "trgDir", targetDirection(), "xml:space", "preserve");
        x.start("mda:metadata").start("mda:metaGroup", "category", "hamgam:document");
        x.leaf("mda:meta", bitext.docId(), "type", "doc-id");
        x.leaf("mda:meta", bitext.aligned() ? "yes" : "no", "type", "aligned");
        if (bitext.aligned()) {
            // a document without English has no alignment to judge, as index.json says with its null
            x.leaf("mda:meta", Layout.score(bitext.quality()), "type", "quality");
        }
        x.leaf("mda:meta", Layout.score(threshold), "type", "review-threshold");
        x.leaf("mda:meta", Integer.toString(bitext.rows().size()), "type", "beads");
        x.end().end();
        if (!bitext.notes().isEmpty()) {
            x.start("notes");
            int n = 0;
            for (String note : bitext.notes()) {
                x.leaf("note", note, "id", "d" + (++n), "category", "hamgam:document");
            }
            x.end();
        }
        List<List<Layout.Item>> units = units(Layout.items(bitext));
        int unitNumber = 0;
        for (List<Layout.Item> unit : units) {
            writeUnit(x, ++unitNumber, unit);
        }
        if (units.isEmpty()) {
            x.leaf("group", "", "id", "g1", "name", "empty-document");
        }
        x.finish();
    }

    private String sourceDirection() {
        return Direction.of(languages.sourceRightToLeft());
    }

    private String targetDirection() {
        return Direction.of(languages.targetRightToLeft());
    }

    /** Consecutive items of the same paragraph form a unit. */
    private static List<List<Layout.Item>> units(List<Layout.Item> items) {
        List<List<Layout.Item>> units = new ArrayList<>();
        List<Layout.Item> current = null;
        int paragraph = Integer.MIN_VALUE;
        for (Layout.Item item : items) {
            if (current == null || item.paragraph() != paragraph) {
                current = new ArrayList<>();
                units.add(current);
                paragraph = item.paragraph();
            }
            current.add(item);
        }
        return units;
    }

    private void writeUnit(XmlOut x, int unitNumber, List<Layout.Item> items) throws IOException {
        boolean translatable = items.stream().anyMatch(Layout.Item::isRow);
        StringBuilder sources = new StringBuilder();
        StringBuilder targets = new StringBuilder();
        for (Layout.Item item : items) {
            sources.append(item.isRow() ? item.row().sourceText() : item.boilerplate().text());
            targets.append(item.isRow() ? item.row().targetText() : "");
        }
        x.start("unit", "id", "u" + unitNumber, "name", "p" + (items.get(0).paragraph() + 1),
                "srcDir", Direction.of(sources, sourceDirection()), "trgDir", Direction.of(targets, targetDirection()),
                "translate", translatable ? null : "no");
        writeMatches(x, items);
        writeGlossary(x, items);
        writeMetadata(x, items);
        writeNotes(x, items);
        for (Layout.Item item : items) {
            if (item.isRow()) {
                Row row = item.row();
                boolean joined = row.source().size() > 1 || row.target().size() > 1;
                x.start("segment", "id", segmentId(item), "canResegment", joined ? "no" : null, "state", state(row));
                x.leaf("source", row.sourceText(), true);
                if (!row.draft().isEmpty()) {
                    x.leaf("target", row.targetText(), true);
                }
                x.end();
            } else if (!translatable) {
                x.start("segment", "id", "b" + item.boilerplate().start());
                x.leaf("source", item.boilerplate().text(), true);
                x.end();
            } else {
                x.start("ignorable", "id", "b" + item.boilerplate().start());
                x.leaf("source", item.boilerplate().text(), true);
                x.end();
            }
        }
        x.end();
    }

    /** Only a reviewer's acceptance makes a segment {@code reviewed}; a person's own English is {@code translated}. */
    private static String state(Row row) {
        if (row.review().accepted()) {
            return "reviewed";
        }
        return row.draft().origin() == Origin.HUMAN ? "translated" : "initial";
    }

    private static String segmentId(Layout.Item item) {
        return "s" + item.rowNumber();
    }

    private static void writeMatches(XmlOut x, List<Layout.Item> items) throws IOException {
        List<Layout.Item> offered = items.stream().filter(Layout.Item::isRow)
                .filter(i -> !i.row().matches().isEmpty() || isMtDraft(i.row()))
                .toList();
        if (offered.isEmpty()) {
            return;
        }
        x.start("mtc:matches");
        for (Layout.Item item : offered) {
            Row row = item.row();
            int n = 0;
            for (TmMatch match : row.matches()) {
                x.start("mtc:match", "id", "m" + item.rowNumber() + "-" + (++n), "ref", "#" + segmentId(item),
                        "similarity", String.valueOf(match.similarity()), "type", "tm",
                        "origin", match.origin().isEmpty() ? null : match.origin());
                x.leaf("source", match.source(), true);
                x.leaf("target", match.target(), true);
                x.end();
            }
            if (isMtDraft(row)) {
                x.start("mtc:match", "id", "m" + item.rowNumber() + "-mt", "ref", "#" + segmentId(item),
                        "type", "mt", "origin", row.draft().engine().isEmpty() ? null : row.draft().engine());
                // A machine translation has no source of its own: it translates the segment.
                x.leaf("source", row.sourceText(), true);
                x.leaf("target", row.targetText(), true);
                x.end();
            }
        }
        x.end();
    }

    private static boolean isMtDraft(Row row) {
        return row.draft().origin() == Origin.MT && !row.draft().isEmpty();
    }

    private static void writeGlossary(XmlOut x, List<Layout.Item> items) throws IOException {
        Map<String, TermHit> terms = new LinkedHashMap<>();
        for (Layout.Item item : items) {
            if (item.isRow()) {
                for (TermHit hit : item.row().terms()) {
                    terms.putIfAbsent(hit.termId() + '\u0000' + hit.source() + '\u0000' + hit.target(), hit);
                }
            }
        }
        if (terms.isEmpty()) {
            return;
        }
        x.start("gls:glossary");
        for (TermHit hit : terms.values()) {
            x.start("gls:glossEntry");
            x.leaf("gls:term", hit.source(), "source", hit.termId().isEmpty() ? null : hit.termId());
            for (String english : hit.renderings()) {
                x.leaf("gls:translation", english);
            }
            x.end();
        }
        x.end();
    }

    private void writeMetadata(XmlOut x, List<Layout.Item> items) throws IOException {
        if (items.stream().noneMatch(Layout.Item::isRow)) {
            return;
        }
        x.start("mda:metadata");
        for (Layout.Item item : items) {
            if (!item.isRow()) {
                continue;
            }
            Row row = item.row();
            x.start("mda:metaGroup", "id", "md" + item.rowNumber(), "category", "hamgam:bead");
            x.leaf("mda:meta", segmentId(item), "type", "segment");
            x.leaf("mda:meta", row.id(), "type", "row");
            x.leaf("mda:meta", row.beadType(), "type", "bead-type");
            x.leaf("mda:meta", row.bead().notation(), "type", "bead");
            x.leaf("mda:meta", Layout.score(row.bead().score()), "type", "bead-score");
            x.leaf("mda:meta", ids(row.source()), "type", "source-segments");
            x.leaf("mda:meta", row.sourceOriginal(), "type", "source-original");
            x.leaf("mda:meta", ids(row.target()), "type", "target-segments");
            x.leaf("mda:meta", row.draft().origin().label(), "type", "target-origin");
            x.leaf("mda:meta", row.draft().engine(), "type", "target-engine");
            x.leaf("mda:meta", Layout.score(row.draft().score()), "type", "target-score");
            x.leaf("mda:meta", row.flagged(threshold) ? "yes" : "no", "type", "flagged");
            if (!row.review().pending()) {
                x.leaf("mda:meta", row.review().state().label(), "type", "review");
                x.leaf("mda:meta", row.review().reviewer(), "type", "reviewer");
                x.leaf("mda:meta", row.review().time(), "type", "review-time");
            }
            x.end();
        }
        x.end();
    }

    private static String ids(List<Segment> segments) {
        return String.join(" ", segments.stream().map(Segment::id).toList());
    }

    private void writeNotes(XmlOut x, List<Layout.Item> items) throws IOException {
        List<String[]> notes = new ArrayList<>();
        for (Layout.Item item : items) {
            if (!item.isRow()) {
                SkippedSpan span = item.boilerplate();
                notes.add(new String[] {"n" + span.start(), "hamgam:boilerplate", null, "5",
                        "Skipped as boilerplate (" + span.reason() + "), kept untranslated: " + span.text()});
                continue;
            }
            Row row = item.row();
            String sid = segmentId(item);
            if (row.source().isEmpty()) {
                notes.add(new String[] {sid + "-e", "hamgam:unmatched", "target", "3",
                        sid + ": English without a Persian counterpart (" + row.beadType() + " bead)."});
            }
            if (!row.review().pending()) {
                notes.add(new String[] {sid + "-r", "hamgam:review", null, row.review().accepted() ? "9" : "1",
                        sid + ": " + row.review().state().label() + " by " + row.review().reviewer() + " at "
                                + row.review().time() + "."});
            }
            if (row.lowConfidence(threshold)) {
                notes.add(new String[] {sid + "-c", "hamgam:low-confidence", null, "2",
                        sid + ": " + row.beadType() + " bead with confidence " + Layout.score(row.bead().score())
                                + " below " + Layout.score(threshold) + "; check the alignment."});
            }
            int n = 0;
            for (Issue issue : row.issues()) {
                String text = sid + ": " + issue.severity().label() + " " + issue.code() + ": " + issue.message()
                        + (issue.suggestion().isEmpty() ? "" : " Suggestion: " + issue.suggestion());
                notes.add(new String[] {sid + "-q" + (++n), "qa:" + issue.code(),
                        issue.code().startsWith("source-") ? "source" : "target", priority(issue.severity()), text});
            }
        }
        if (notes.isEmpty()) {
            return;
        }
        x.start("notes");
        for (String[] note : notes) {
            x.leaf("note", note[4], "id", note[0], "category", note[1], "appliesTo", note[2], "priority", note[3]);
        }
        x.end();
    }

    private static String priority(Severity severity) {
        return switch (severity) {
            case ERROR -> "1";
            case WARNING -> "3";
            case INFO -> "8";
        };
    }
}

package org.hamgam.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.hamgam.model.Bitext;
import org.hamgam.model.Issue;
import org.hamgam.model.Row;
import org.hamgam.model.Segment;
import org.hamgam.model.SkippedSpan;
import org.hamgam.model.TermHit;
import org.hamgam.model.TmMatch;

/**
 * {@code NAME.jsonl}: one JSON object a line, in document order. A bead is {@code {"kind": "bead", …}} with its
 * segments, target, provenance, terms and QA issues; boilerplate the segmenter skipped on either side is
 * {@code {"kind": "skipped", "side": "fa"|"en", "reason": …}} in its place, so that a consumer of this file sees
 * every line of both inputs. Each side lists its sentences with their offsets and texts, each skipped span its
 * paragraph (input line) on its side, and a bead a reviewer decided on carries a {@code review} object;
 * {@link JsonlReader} reads the file back.
 */
public final class JsonlWriter implements BitextWriter {
    private final double reviewThreshold;

    public JsonlWriter(double reviewThreshold) {
        this.reviewThreshold = reviewThreshold;
    }

    @Override
    public String fileName(String docId) {
        return docId + ".jsonl";
    }

    @Override
    public void write(Bitext bitext, Writer out) throws IOException {
        ObjectMapper mapper = Json.mapper();
        String persian = bitext.source().document().original();
        String english = bitext.target().map(t -> t.document().original()).orElse("");
        for (Layout.Item item : Layout.items(bitext, true)) {
            writeLine(mapper, item.isRow() ? bead(mapper, item.row())
                    : skipped(mapper, item.boilerplate(), item.english() ? "en" : "fa",
                    item.english() ? english : persian), out);
        }
    }

    private static void writeLine(ObjectMapper mapper, ObjectNode node, Writer out) throws IOException {
        out.write(mapper.writeValueAsString(node));
        out.write('\n');
    }

    private ObjectNode bead(ObjectMapper mapper, Row row) {
        ObjectNode node = mapper.createObjectNode();
        node.put("kind", "bead");
        node.put("id", row.id());
        node.put("bead", row.bead().notation());
        node.put("type", row.beadType());
        node.put("score", round(row.bead().score()));
        node.put("flagged", row.flagged(reviewThreshold));
        node.set("source", side(mapper, row.source()));
        ObjectNode target = side(mapper, row.target());
        target.put("text", row.targetText());
        node.set("target", target);
        ObjectNode draft = node.putObject("origin");
        draft.put("origin", row.draft().origin().label());
        draft.put("engine", row.draft().engine());
        draft.put("score", round(row.draft().score()));
        ArrayNode terms = node.putArray("terms");
        for (TermHit hit : row.terms()) {
            ObjectNode t = terms.addObject();
            if (!hit.termId().isEmpty()) {
                t.put("id", hit.termId());
            }
            t.put("source", hit.source());
            t.put("target", hit.target());
            if (!hit.alternatives().isEmpty()) {
                hit.alternatives().forEach(t.putArray("alternatives")::add);
            }
            t.put("start", hit.start());
            t.put("end", hit.end());
            t.put("surface", hit.surface());
        }
        ArrayNode matches = node.putArray("matches");
        for (TmMatch match : row.matches()) {
            ObjectNode m = matches.addObject();
            m.put("similarity", match.similarity());
            m.put("exact", match.exact());
            m.put("inContext", match.inContext());
            m.put("source", match.source());
            m.put("target", match.target());
            m.put("origin", match.origin());
        }
        ArrayNode issues = node.putArray("issues");
        for (Issue issue : row.issues()) {
            issues.add(issue(mapper, issue));
        }
        if (!row.review().pending()) {
            ObjectNode review = node.putObject("review");
            review.put("state", row.review().state().label());
            review.put("reviewer", row.review().reviewer());
            review.put("time", row.review().time());
        }
        return node;
    }

    static ObjectNode issue(ObjectMapper mapper, Issue issue) {
        ObjectNode i = mapper.createObjectNode();
        i.put("code", issue.code());
        i.put("severity", issue.severity().label());
        i.put("segment", issue.segment());
        i.put("start", issue.start());
        i.put("end", issue.end());
        i.put("message", issue.message());
        i.put("suggestion", issue.suggestion());
        return i;
    }

    private static ObjectNode side(ObjectMapper mapper, List<Segment> segments) {
        ObjectNode node = mapper.createObjectNode();
        ArrayNode ids = node.putArray("segments");
        segments.forEach(s -> ids.add(s.id()));
        StringBuilder original = new StringBuilder();
        StringBuilder normalized = new StringBuilder();
        for (Segment s : segments) {
            if (!original.isEmpty()) {
                original.append(' ');
                normalized.append(' ');
            }
            original.append(s.original());
            normalized.append(s.text());
        }
        node.put("original", original.toString());
        node.put("normalized", normalized.toString());
        if (!segments.isEmpty()) {
            node.put("start", segments.get(0).start());
            node.put("end", segments.get(segments.size() - 1).end());
        }
        // Each sentence on its own, so that a reader can take a bead apart again (the review server does).
        ArrayNode sentences = node.putArray("sentences");
        for (Segment s : segments) {
            ObjectNode sentence = sentences.addObject();
            sentence.put("id", s.id());
            sentence.put("index", s.index());
            sentence.put("paragraph", s.paragraph());
            sentence.put("start", s.start());
            sentence.put("end", s.end());
            sentence.put("original", s.original());
            sentence.put("normalized", s.text());
        }
        return node;
    }

    private static ObjectNode skipped(ObjectMapper mapper, SkippedSpan span, String side, String original) {
        ObjectNode node = mapper.createObjectNode();
        node.put("kind", "skipped");
        node.put("side", side);
        node.put("reason", span.reason());
        node.put("paragraph", Layout.paragraphAt(original, span.start()));
        node.put("start", span.start());
        node.put("end", span.end());
        node.put("text", span.text());
        return node;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

package org.hamgam.review;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hamgam.model.Bitext;
import org.hamgam.model.Issue;
import org.hamgam.model.Row;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;

/** The JSON the API answers with: a document's progress, and a document with its beads. */
final class Views {
    private Views() {
    }

    /** {@code {"id", "beads", "flagged", "reviewed"}} and the document's name. */
    static ObjectNode summary(String id, Bitext bitext, double threshold) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", id);
        node.put("name", bitext.docId());
        node.put("beads", bitext.rows().size());
        node.put("flagged", bitext.rows().stream().filter(r -> r.flagged(threshold)).count());
        node.put("reviewed", bitext.rows().stream().filter(r -> !r.review().pending()).count());
        return node;
    }

    /** {@code {"id", "version", "beads": [...]}} with what the page shows of each bead. */
    static ObjectNode document(ReviewDocument doc, Bitext bitext, double threshold, boolean canUndo, boolean canRedo) {
        ObjectNode node = summary(doc.id(), bitext, threshold);
        node.remove("beads");
        node.put("version", doc.version());
        node.put("aligned", bitext.aligned());
        node.put("threshold", threshold);
        node.put("canUndo", canUndo);
        node.put("canRedo", canRedo);
        ArrayNode notes = node.putArray("notes");
        bitext.notes().forEach(notes::add);
        ArrayNode beads = node.putArray("beads");
        for (int k = 0; k < bitext.rows().size(); k++) {
            beads.add(bead(k, bitext.rows().get(k), threshold));
        }
        return node;
    }

    private static ObjectNode bead(int index, Row row, double threshold) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("index", index);
        node.put("id", row.id());
        node.put("type", row.beadType());
        ArrayNode source = node.putArray("source");
        row.source().stream().map(Segment::id).forEach(source::add);
        ArrayNode target = node.putArray("target");
        row.target().stream().map(Segment::id).forEach(target::add);
        ArrayNode sentences = node.putArray("sourceSentences");
        row.source().forEach(s -> sentences.add(s.text()));
        ArrayNode english = node.putArray("targetSentences");
        row.target().forEach(s -> english.add(s.original()));
        node.put("sourceText", row.sourceText());
        node.put("sourceOriginal", row.sourceOriginal());
        node.put("targetText", row.targetText());
        node.put("score", Math.round(row.bead().score() * 1000) / 1000.0);
        node.put("state", row.review().state().label());
        node.put("reviewer", row.review().reviewer());
        node.put("time", row.review().time());
        node.put("origin", row.draft().origin().label());
        node.put("flagged", row.flagged(threshold));
        ArrayNode terms = node.putArray("terms");
        for (TermHit hit : row.terms()) {
            ObjectNode term = terms.addObject().put("source", hit.source()).put("target", hit.target())
                    .put("surface", hit.surface());
            hit.alternatives().forEach(term.putArray("alternatives")::add);
        }
        ArrayNode issues = node.putArray("issues");
        for (Issue issue : row.issues()) {
            issues.addObject().put("code", issue.code()).put("severity", issue.severity().label())
                    .put("message", issue.message()).put("suggestion", issue.suggestion());
        }
        return node;
    }
}

package org.hamgam.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.DocumentSummary;
import org.hamgam.io.HtmlIndexWriter;
import org.hamgam.io.Json;

/**
 * The batch's index: {@code output/index.json} with the run's settings and, for every document, what was written
 * with its counts (segments, beads by type, flags, terms, QA findings by code) and alignment quality; and
 * {@code output/index.html}, the same for people, worst document first. No timestamps, so that two runs over
 * the same inputs give the same bytes.
 */
public final class IndexFiles implements BatchRunner.IndexWriter {
    public static final String JSON = "index.json";

    private final Map<String, Object> settings;

    /**
     * @param settings the run's settings as shown to users (sorted by key in the output): strings, numbers, booleans
     *                 and lists of strings, written as the JSON values they are
     */
    public IndexFiles(Map<String, ?> settings) {
        this.settings = new TreeMap<>(settings);
    }

    @Override
    public void write(RunOptions options, BatchResult batch) throws IOException {
        AtomicFiles.writeString(options.output().resolve(JSON), render(options, batch));
        HtmlIndexWriter html = new HtmlIndexWriter();
        List<DocumentSummary> summaries = batch.documents().stream().map(DocumentResult::summary).toList();
        AtomicFiles.write(options.output().resolve(html.fileName()), out -> html.write(summaries, settings, out));
    }

    String render(RunOptions options, BatchResult batch) throws IOException {
        ObjectMapper mapper = Json.mapper();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode s = root.putObject("settings");
        settings.forEach((key, value) -> s.set(key, mapper.valueToTree(value)));
        ArrayNode docs = root.putArray("documents");
        for (DocumentResult doc : batch.documents()) {
            docs.add(document(mapper, doc));
        }
        ArrayNode failed = root.putArray("failed");
        for (BatchResult.Failure f : batch.failures()) {
            failed.addObject().put("name", f.name()).put("error", f.message());
        }
        ArrayNode warnings = root.putArray("warnings");
        batch.warnings().forEach(warnings::add);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static ObjectNode document(ObjectMapper mapper, DocumentResult doc) {
        DocumentSummary summary = doc.summary();
        ObjectNode node = mapper.createObjectNode();
        node.put("name", doc.name());
        node.put("persian", doc.persian().toString());
        node.put("english", doc.english().map(Object::toString).orElse(null));
        node.put("mode", summary.aligned() ? "aligned" : "draft");
        ObjectNode segments = node.putObject("segments");
        segments.put("fa", summary.sourceSegments());
        segments.put("en", summary.targetSegments());
        node.put("skipped", doc.skipped());
        ObjectNode beadNode = node.putObject("beads");
        new TreeMap<>(summary.beadsByType()).forEach(beadNode::put);
        node.put("flagged", summary.flagged());
        node.put("terms", summary.termHits());
        ObjectNode issueNode = node.putObject("issues");
        new TreeMap<>(doc.issues()).forEach(issueNode::put);
        if (summary.aligned()) {
            node.put("quality", Math.round(summary.quality() * 1000) / 1000.0);
        } else {
            // A document to translate has no alignment to judge; what matters is where its drafts came from.
            node.putNull("quality");
            ObjectNode drafts = node.putObject("drafts");
            new TreeMap<>(summary.drafts()).forEach(drafts::put);
        }
        ArrayNode notes = node.putArray("notes");
        doc.notes().forEach(notes::add);
        ArrayNode files = node.putArray("files");
        doc.files().forEach(files::add);
        return node;
    }
}

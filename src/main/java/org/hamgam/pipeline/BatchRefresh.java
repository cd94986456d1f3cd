package org.hamgam.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamgam.io.Json;
import org.hamgam.io.OmegatProject;
import org.hamgam.io.OutputGeneration;
import org.hamgam.model.Bitext;
import org.hamgam.model.LanguageTags;

/**
 * Writes the batch-wide files of a run's output folder again after a review changed one document: {@code batch.tmx},
 * {@code batch.fa.txt} and {@code batch.en.txt}, the OmegaT project's sources and memories, {@code index.json} and
 * {@code index.html}, each by the batch file or index writer the run used, from every document's parts staged as
 * the run stages them. A file the run did not write is not written; the run's term candidates ({@code terms.tsv})
 * are left as they are. Each document's parts are kept while its JSONL stays the same, so that an edit re-reads
 * only the documents that changed.
 */
final class BatchRefresh {
    /** A document's share of the batch files, and the stamp of the JSONL it was made from. */
    private record Share(String stamp, DocumentResult result, Map<String, String> parts) {
    }

    private final RunOutput output;
    private final Path folder;
    private final List<BatchFile> files;
    private final Map<String, Share> shares = new HashMap<>();

    private BatchRefresh(RunOutput output, Path folder, List<BatchFile> files) {
        this.output = output;
        this.folder = folder;
        this.files = files;
    }

    /** The batch files of {@code output} that its run wrote, with the creation dates it gave them. */
    static BatchRefresh of(RunOutput output, LanguageTags languages) throws IOException {
        Path folder = output.folder();
        List<BatchFile> files = new ArrayList<>();
        Path batch = folder.resolve(BatchMemoryFile.NAME);
        if (Files.isRegularFile(batch)) {
            files.add(new BatchMemoryFile(languages, RunOutput.created(batch)));
        }
        if (Files.isRegularFile(folder.resolve(BatchMosesFile.PERSIAN))) {
            files.add(new BatchMosesFile());
        }
        Path aligned = folder.resolve(OmegatProject.FOLDER).resolve(OmegatFiles.ALIGNED_MEMORY);
        if (Files.isRegularFile(aligned)) {
            files.add(OmegatFiles.documentsOnly(languages, RunOutput.created(aligned), folder));
        }
        return new BatchRefresh(output, folder, files);
    }

    /**
     * Writes the batch files and the index again, with {@code changed} as document {@code id} and every other
     * document as its files are. Without an {@code index.json} there is no list of the batch's documents, and
     * nothing is written.
     */
    void write(String id, Bitext changed) throws IOException {
        Path indexFile = folder.resolve(IndexFiles.JSON);
        if (!Files.isRegularFile(indexFile)) {
            return;
        }
        JsonNode index = Json.mapper().readTree(indexFile.toFile());
        Map<String, Object> settings = new LinkedHashMap<>();
        // Written again as they were read: a list stays a list, a boolean a boolean.
        index.path("settings").fields().forEachRemaining(e -> settings.put(e.getKey(),
                Json.mapper().convertValue(e.getValue(), Object.class)));
        RunOptions options = new RunOptions(Path.of(index.path("settings").path("input").asText(".")), List.of(), folder, 1,
                output.reviewThreshold(), false, Optional.empty());
        List<DocumentResult> documents = new ArrayList<>();
        Map<String, Map<String, String>> parts = new LinkedHashMap<>();
        for (JsonNode entry : index.path("documents")) {
            String doc = RunOutput.idOf(entry);
            if (doc == null || !output.contains(doc)) {
                continue;
            }
            Share share;
            if (doc.equals(id)) {
                // Its JSONL is written after the batch files: read it again next time.
                share = share(entry, changed, "");
                shares.remove(doc);
            } else {
                share = share(doc, entry);
            }
            documents.add(share.result());
            parts.put(share.result().name(), share.parts());
        }
        List<BatchResult.Failure> failures = new ArrayList<>();
        index.path("failed").forEach(f -> failures.add(new BatchResult.Failure(f.path("name").asText(),
                f.path("error").asText(), null)));
        List<String> warnings = new ArrayList<>();
        index.path("warnings").forEach(w -> warnings.add(w.asText()));
        BatchResult batch = new BatchResult(documents, failures, warnings);
        if (!files.isEmpty()) {
            Path staging = Files.createTempDirectory(Files.createDirectories(folder.resolve(".review")), ".parts");
            try {
                DocumentParts staged = new DocumentParts(staging);
                for (Map.Entry<String, Map<String, String>> doc : parts.entrySet()) {
                    staged.stage(doc.getKey(), doc.getValue());
                }
                for (BatchFile file : files) {
                    file.write(options, batch, staged);
                }
            } finally {
                OutputGeneration.deleteTree(staging);
            }
        }
        new IndexFiles(settings).write(options, batch);
    }

    /** A document as its files are, read again only when its JSONL changed. */
    private Share share(String doc, JsonNode entry) throws IOException {
        String stamp = stamp(output.jsonl(doc));
        Share known = shares.get(doc);
        if (known != null && known.stamp().equals(stamp)) {
            return known;
        }
        Bitext bitext;
        try {
            bitext = output.load(doc);
        } catch (org.hamgam.io.BadInputException e) {
            throw new IOException(e.getMessage(), e);
        }
        Share share = share(entry, bitext, stamp);
        shares.put(doc, share);
        return share;
    }

    private Share share(JsonNode entry, Bitext bitext, String stamp) throws IOException {
        RunOptions options = new RunOptions(Path.of("."), List.of(), folder, 1, output.reviewThreshold(), false,
                Optional.empty());
        MemorySink rendered = new MemorySink();
        for (BatchFile file : files) {
            file.parts(options, bitext, rendered);
        }
        Map<String, String> parts = rendered.files();
        List<String> written = new ArrayList<>();
        entry.path("files").forEach(f -> written.add(f.asText()));
        String english = entry.path("english").isTextual() ? entry.path("english").asText() : null;
        DocumentResult result = DocumentResult.of(entry.path("name").asText(), Path.of(entry.path("persian").asText()),
                Optional.ofNullable(english).map(Path::of), bitext, written, output.reviewThreshold());
        return new Share(stamp, result, parts);
    }

    /** A file's size and time: every write of a JSONL replaces the file, so a new one has a new time. */
    private static String stamp(Path file) throws IOException {
        return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
    }

}

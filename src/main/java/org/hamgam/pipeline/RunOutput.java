package org.hamgam.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.BadInputException;
import org.hamgam.io.FileLocks;
import org.hamgam.io.HtmlWriter;
import org.hamgam.io.Json;
import org.hamgam.io.JsonlReader;
import org.hamgam.io.OutputGeneration;
import org.hamgam.io.ReviewImporter;
import org.hamgam.io.TmxMemory;
import org.hamgam.model.Bitext;
import org.hamgam.model.LanguageTags;

/**
 * The output folder of {@code hamgam run} as a later command sees it: which documents it holds, each document read
 * back from its {@code NAME.jsonl} (with quality and notes from {@code index.json}), its review files written again
 * from a changed {@link Bitext}, and the project memory {@code tm.tmx}. A document is known by its folder name,
 * never by a path a caller gives, so no identifier can reach outside the folder.
 */
public final class RunOutput {
    private static final java.util.regex.Pattern CREATED =
            java.util.regex.Pattern.compile("creationdate=\"(\\d{8}T\\d{6}Z)\"");
    private static final java.time.format.DateTimeFormatter TMX_DATE =
            java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssX").withZone(java.time.ZoneOffset.UTC);

    private final Path folder;
    private final double reviewThreshold;
    /** The term bases the run read, as it was given them. */
    private final List<Path> glossaries;
    private final LanguageTags languages;
    private final Map<String, JsonNode> indexEntries;
    private final Map<String, Path> documents;
    /** The batch files, opened on the first write. */
    private BatchRefresh batch;

    private RunOutput(Path folder, double reviewThreshold, LanguageTags languages, Map<String, JsonNode> indexEntries,
                      Map<String, Path> documents, List<Path> glossaries) {
        this.folder = folder;
        this.glossaries = List.copyOf(glossaries);
        this.reviewThreshold = reviewThreshold;
        this.languages = languages;
        this.indexEntries = indexEntries;
        this.documents = documents;
    }

    /** Opens a run's output folder: every {@code NAME/NAME.jsonl} is a document. */
    public static RunOutput open(Path folder) throws BadInputException {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(folder, "is a file, not a folder: give the output folder of 'hamgam run' "
                    + "(by default output/)");
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(folder, "no such folder; run 'hamgam run' first");
        }
        try {
            // A run killed while publishing leaves one generation to finish or undo before anyone reads the folder.
            OutputGeneration.recover(dir);
        } catch (FileLocks.FolderInUseException e) {
            throw new BadInputException(folder, "a run is writing it; start the review when it has finished", e);
        } catch (IOException e) {
            throw new BadInputException(folder, "cannot be put in order after an interrupted run: " + e.getMessage(), e);
        }
        double threshold = 0.5;
        LanguageTags languages = LanguageTags.DEFAULT;
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        List<Path> glossaries = new ArrayList<>();
        Path index = dir.resolve(IndexFiles.JSON);
        if (Files.isRegularFile(index)) {
            try {
                JsonNode root = Json.mapper().readTree(index.toFile());
                threshold = Double.parseDouble(root.path("settings").path("review-threshold").asText("0.5"));
                String[] tags = root.path("settings").path("languages").asText("fa -> en").split(" -> ");
                languages = tags.length == 2 ? new LanguageTags(tags[0], tags[1]) : LanguageTags.DEFAULT;
                root.path("settings").path("glossaries").forEach(g -> glossaries.add(Path.of(g.asText())));
                for (JsonNode doc : root.path("documents")) {
                    String id = idOf(doc);
                    if (id != null) {
                        entries.put(id, doc);
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new BadInputException(index, "is not the index 'hamgam run' writes: " + e.getMessage(), e);
            }
        }
        Map<String, Path> documents = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path sub : list.filter(Files::isDirectory).toList()) {
                String id = sub.getFileName().toString();
                if (!id.startsWith(".") && Files.isRegularFile(sub.resolve(id + ".jsonl"))) {
                    documents.put(id, sub);
                }
            }
        } catch (IOException e) {
            throw new BadInputException(folder, "cannot be listed: " + e.getMessage(), e);
        }
        if (documents.isEmpty()) {
            throw new BadInputException(folder, "holds no NAME/NAME.jsonl: not an output folder of 'hamgam run'");
        }
        return new RunOutput(dir, threshold, languages, entries, documents, glossaries);
    }

    /** The folder of a document entry of {@code index.json}, from the first file it lists; null when none. */
    static String idOf(JsonNode entry) {
        JsonNode files = entry.path("files");
        return files.size() > 0 ? files.get(0).asText().split("/", 2)[0] : null;
    }

    public Path folder() {
        return folder;
    }

    /** The term bases the run read, as its command line named them (relative to where it was started). */
    public List<Path> glossaries() {
        return glossaries;
    }

    /** The confidence below which the run flagged beads. */
    public double reviewThreshold() {
        return reviewThreshold;
    }

    /**
     * A document's alignment confidence as {@code index.json} gave it when this folder was opened (before any review
     * is applied again to a new run's files); none for a document without English.
     */
    public OptionalDouble quality(String id) {
        JsonNode entry = indexEntries.get(id);
        JsonNode quality = entry == null ? null : entry.get("quality");
        return quality != null && quality.isNumber() ? OptionalDouble.of(quality.asDouble()) : OptionalDouble.empty();
    }

    /** The documents' identifiers (their folder names), sorted. */
    public List<String> documents() {
        return List.copyOf(documents.keySet());
    }

    public boolean contains(String id) {
        return documents.containsKey(id);
    }

    /** The folder of a known document. */
    public Path folderOf(String id) {
        Path dir = documents.get(id);
        if (dir == null) {
            throw new IllegalArgumentException("no such document: " + id);
        }
        return dir;
    }

    /**
     * Where the review of a document keeps its journal: beside the document folders, not in one, since a run
     * replaces a document's folder whole.
     */
    public Path reviewFolder(String id) {
        folderOf(id);
        return folder.resolve(".review").resolve(id);
    }

    /**
     * Locks the folder against a run (or another review) writing it at the same time; fails at once with
     * {@link FileLocks.FolderInUseException} when another command holds it.
     */
    public FileLocks.Held lock() throws IOException {
        return OutputGeneration.lock(folder);
    }

    /** The document's {@code NAME.jsonl}, which records what the run (or the last review edit) wrote. */
    public Path jsonl(String id) {
        return folderOf(id).resolve(id + ".jsonl");
    }

    /** Reads a document back from its JSONL. */
    public Bitext load(String id) throws BadInputException {
        return load(id, jsonl(id));
    }

    /** Reads a document from a JSONL file of its own (e.g. a copy kept before review edits). */
    public Bitext load(String id, Path jsonl) throws BadInputException {
        JsonNode entry = indexEntries.get(id);
        String name = entry == null ? id : entry.path("name").asText(id);
        Bitext read = JsonlReader.read(jsonl, name);
        double quality = entry == null ? 0 : entry.path("quality").asDouble(0);
        List<String> notes = new ArrayList<>();
        if (entry != null) {
            entry.path("notes").forEach(n -> notes.add(n.asText()));
        }
        return new Bitext(read.docId(), read.source(), read.target(), read.rows(), quality, notes);
    }

    /**
     * Writes every review file of a document again, each atomically; all are rendered before the first is
     * replaced, so that a failing format leaves the previous files whole. {@code index.json} is updated last.
     */
    public void write(String id, Bitext bitext) throws IOException {
        publish(id, render(id, bitext), bitext);
    }

    /**
     * Writes files {@link #render} made from {@code bitext}, each atomically, then the batch files the run wrote
     * ({@code batch.tmx}, the OmegaT project's sources and memories) and the index ({@code index.json},
     * {@code index.html}) as the run would write them for the batch with this document as it is now.
     */
    public void publish(String id, Map<String, String> rendered, Bitext bitext) throws IOException {
        Path dir = folderOf(id);
        String jsonl = jsonl(id).getFileName().toString();
        for (Map.Entry<String, String> file : rendered.entrySet()) {
            if (!file.getKey().equals(jsonl)) {
                AtomicFiles.writeString(dir.resolve(file.getKey()), file.getValue());
            }
        }
        if (batch == null) {
            batch = BatchRefresh.of(this, languages);
        }
        batch.write(id, bitext);
        // The JSONL says which edit the files show, so it goes last: after a crash before it, the review sees that
        // its last edit was not written and writes everything again.
        if (rendered.containsKey(jsonl)) {
            AtomicFiles.writeString(dir.resolve(jsonl), rendered.get(jsonl));
        }
    }

    /** The document's review files as {@code run} would write them: file name → content. */
    public Map<String, String> render(String id, Bitext bitext) throws IOException {
        MemorySink rendered = new MemorySink();
        for (OutputFormats.OutputFormat format : OutputFormats.standard(reviewThreshold, languages, created(id))) {
            format.render(bitext, id, rendered);
        }
        return rendered.files();
    }

    /**
     * The creation date the run gave the document's memory (that of its inputs), so that writing the files again
     * keeps it; now, when there is no memory to read it from.
     */
    private java.time.Instant created(String id) throws IOException {
        return created(folderOf(id).resolve(id + ".tmx"));
    }

    /** The creation date a translation memory the run wrote carries; now, when it has none. */
    static java.time.Instant created(Path tmx) throws IOException {
        if (Files.isRegularFile(tmx)) {
            java.util.regex.Matcher m = CREATED.matcher(Files.readString(tmx, java.nio.charset.StandardCharsets.UTF_8));
            if (m.find()) {
                return java.time.Instant.from(TMX_DATE.parse(m.group(1)));
            }
        }
        return java.time.Instant.now();
    }

    /** The side-by-side review page of a document. */
    public String html(Bitext bitext) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlWriter(reviewThreshold).write(bitext, out);
        return out.toString();
    }

    /** The project memory, {@code tm.tmx} in this folder. */
    public Path memory() {
        return folder.resolve("tm.tmx");
    }

    /**
     * Appends approved pairs to the project memory as {@code hamgam import} does, without duplicates.
     *
     * @return how many were new
     */
    public int remember(List<ReviewImporter.ApprovedPair> pairs) throws IOException {
        return TmxMemory.append(memory(), pairs);
    }
}

package org.hamgam.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamgam.io.BadInputException;
import org.hamgam.io.FileLocks;
import org.hamgam.io.InputFolder;
import org.hamgam.io.OutputGeneration;
import org.hamgam.io.OutputNames;
import org.hamgam.io.TextFiles;
import org.hamgam.model.Bitext;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;

/**
 * Runs the pipeline over every document of an input folder on a thread pool and writes each document's review
 * files to {@code output/NAME/}, then {@code output/index.json}. A document that fails is reported and the
 * others are still written. The run holds the output folder's lock, stages everything and publishes it as one
 * generation ({@link OutputGeneration}), so a failed or killed run leaves the previous outputs whole.
 */
public final class BatchRunner {
    private final RunOptions options;
    private final PipelineFactory factory;
    private final ProgressListener progress;

    public BatchRunner(RunOptions options, PipelineFactory factory, ProgressListener progress) {
        this.options = options;
        this.factory = factory;
        this.progress = progress;
    }

    /** Creates the pipeline once the batch's documents are known (boilerplate evidence spans documents). */
    @FunctionalInterface
    public interface PipelineFactory {
        Pipeline create(List<String> persianTexts);
    }

    /** A document read from disk, or the reason it could not be. */
    private record Loaded(InputFolder.Entry entry, Document persian, Optional<Document> english, String error) {
    }

    /**
     * Runs the batch under the output folder's lock and publishes its outputs as one generation.
     *
     * @throws BadInputException when the input folder itself cannot be used
     * @throws FileLocks.FolderInUseException when another command is writing the output folder
     */
    public BatchResult run(List<OutputFormats.OutputFormat> formats, IndexWriter index) throws BadInputException, IOException {
        InputFolder.Listing listing = InputFolder.scan(options.input());
        List<String> warnings = new ArrayList<>();
        listing.orphans().forEach(p -> warnings.add(p + ": English file without a Persian document, ignored"));
        listing.ignored().forEach(i -> warnings.add(i.file() + ": " + i.reason()));
        warnings.forEach(progress::warning);
        if (listing.documents().isEmpty()) {
            throw new BadInputException(options.input(), "no Persian document to process: name each NAME.txt or "
                    + "NAME.fa.txt, with its English as NAME.en.txt beside it when there is one");
        }
        try (FileLocks.Held lock = OutputGeneration.lock(options.output())) {
            OutputGeneration generation = OutputGeneration.begin(options.output());
            BatchResult batch = process(listing, formats, generation, warnings);
            index.write(options.withOutput(generation.batchFolder()), batch);
            generation.publish();
            return batch;
        }
    }

    private BatchResult process(InputFolder.Listing listing, List<OutputFormats.OutputFormat> formats,
                                OutputGeneration generation, List<String> warnings) throws IOException {
        List<Loaded> loaded = listing.documents().stream().map(this::load).toList();
        List<String> texts = loaded.stream().filter(l -> l.error() == null).map(l -> l.persian().original()).toList();
        Pipeline pipeline = factory.create(texts);
        progress.started(loaded.size());

        List<DocumentResult> results = new ArrayList<>();
        List<BatchResult.Failure> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), Math.max(1, loaded.size())));
        try {
            List<Future<DocumentResult>> futures = new ArrayList<>();
            for (Loaded doc : loaded) {
                if (doc.error() != null) {
                    futures.add(null);
                    continue;
                }
                futures.add(pool.submit(() -> processAndStage(pipeline, doc, formats, generation)));
            }
            for (int i = 0; i < loaded.size(); i++) {
                Loaded doc = loaded.get(i);
                String name = doc.entry().name();
                if (doc.error() != null) {
                    failures.add(new BatchResult.Failure(name, doc.error(), null));
                    progress.documentDone(name, false, doc.error());
                    continue;
                }
                try {
                    DocumentResult result = futures.get(i).get();
                    results.add(result);
                    progress.documentDone(name, true, summary(result.bitext()));
                    if (doc.persian().original().isBlank()) {
                        progress.warning(name + ": " + doc.entry().persian() + " is empty: there is nothing to "
                                + "translate or align");
                    }
                    result.bitext().notes().forEach(note -> progress.warning(name + ": " + note));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    String message = name + ": " + (cause.getMessage() == null ? cause.toString() : cause.getMessage());
                    failures.add(new BatchResult.Failure(name, message, cause));
                    progress.documentDone(name, false, message);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        results.sort(Comparator.comparing(DocumentResult::name));
        return new BatchResult(results, failures, warnings);
    }

    private Loaded load(InputFolder.Entry entry) {
        try {
            String fa = TextFiles.read(entry.persian(), options.encoding()).text();
            Optional<Document> en = Optional.empty();
            if (entry.english().isPresent()) {
                en = Optional.of(new Document(entry.name(), Lang.EN,
                        TextFiles.read(entry.english().get(), options.encoding()).text()));
            }
            return new Loaded(entry, new Document(entry.name(), Lang.FA, fa), en, null);
        } catch (BadInputException e) {
            return new Loaded(entry, null, Optional.empty(), e.getMessage());
        }
    }

    private DocumentResult processAndStage(Pipeline pipeline, Loaded doc, List<OutputFormats.OutputFormat> formats,
                                           OutputGeneration generation) throws IOException {
        Bitext bitext = pipeline.process(doc.persian(), doc.english());
        String safe = OutputNames.safe(doc.entry().name());
        // Render everything first, so that a format that fails leaves no folder of this document behind.
        Map<String, String> rendered = new LinkedHashMap<>();
        for (OutputFormats.OutputFormat format : formats) {
            rendered.putAll(format.render(bitext, safe));
        }
        Path dir = generation.documentFolder(safe);
        // A new folder each document: two names that met in one folder would be an error here, not a mix.
        try {
            Files.createDirectory(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new IOException("output folder " + safe + " is already another document's of this batch; rename "
                    + doc.entry().persian().getFileName(), e);
        }
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> file : rendered.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            files.add(safe + "/" + file.getKey());
        }
        return new DocumentResult(doc.entry().name(), doc.entry().persian(), doc.entry().english(), bitext, files);
    }

    static String summary(Bitext bitext) {
        return bitext.rows().size() + (bitext.aligned() ? " beads" : " segments to draft")
                + (bitext.aligned() ? String.format(java.util.Locale.ROOT, ", quality %.2f", bitext.quality()) : "");
    }

    /** Writes the batch's index files. */
    @FunctionalInterface
    public interface IndexWriter {
        void write(RunOptions options, BatchResult batch) throws IOException;
    }
}

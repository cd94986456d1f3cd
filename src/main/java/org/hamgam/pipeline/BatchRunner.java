package org.hamgam.pipeline;

import java.io.IOException;
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
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.BadInputException;
import org.hamgam.io.InputFolder;
import org.hamgam.io.OutputNames;
import org.hamgam.io.TextFiles;
import org.hamgam.model.Bitext;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;

/**
 * Runs the pipeline over every document of an input folder on a thread pool and writes each document's review
 * files to {@code output/NAME/}, then {@code output/index.json}. A document that fails is reported and the
 * others are still written; every file is written atomically.
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
     * @throws BadInputException when the input folder itself cannot be used
     */
    public BatchResult run(List<OutputFormats.OutputFormat> formats, IndexWriter index) throws BadInputException, IOException {
        InputFolder.Listing listing = InputFolder.scan(options.input());
        List<String> warnings = new ArrayList<>();
        listing.orphans().forEach(p -> warnings.add(p + ": English file without a Persian document, ignored"));
        warnings.forEach(progress::warning);

        List<Loaded> loaded = listing.documents().stream().map(this::load).toList();
        List<String> texts = loaded.stream().filter(l -> l.error() == null).map(l -> l.persian().original()).toList();
        Pipeline pipeline = factory.create(texts);
        progress.started(loaded.size());

        Files.createDirectories(options.output());
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
                futures.add(pool.submit(() -> processAndWrite(pipeline, doc, formats)));
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
        BatchResult batch = new BatchResult(results, failures, warnings);
        index.write(options, batch);
        return batch;
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

    private DocumentResult processAndWrite(Pipeline pipeline, Loaded doc, List<OutputFormats.OutputFormat> formats)
            throws IOException {
        Bitext bitext = pipeline.process(doc.persian(), doc.english());
        String safe = OutputNames.safe(doc.entry().name());
        Path dir = OutputNames.inside(options.output(), safe);
        // Render everything first, so that a format that fails leaves no file of this run behind.
        Map<String, String> rendered = new LinkedHashMap<>();
        for (OutputFormats.OutputFormat format : formats) {
            rendered.putAll(format.render(bitext, safe));
        }
        Files.createDirectories(dir);
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> file : rendered.entrySet()) {
            AtomicFiles.writeString(dir.resolve(file.getKey()), file.getValue());
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

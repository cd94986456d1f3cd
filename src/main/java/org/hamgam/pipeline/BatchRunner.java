package org.hamgam.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamgam.io.BadInputException;
import org.hamgam.io.DocumentSummary;
import org.hamgam.io.FileLocks;
import org.hamgam.io.InputFolder;
import org.hamgam.io.OutputGeneration;
import org.hamgam.io.OutputNames;
import org.hamgam.io.TextFiles;
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

    /**
     * Creates the pipeline once the batch's boilerplate evidence is known: the label lines found in several of its
     * documents.
     */
    @FunctionalInterface
    public interface PipelineFactory {
        Pipeline create(Set<String> repeatedLines);
    }

    /** A document processed and staged, or the reason it could not be read. */
    private record Outcome(DocumentResult result, boolean blank, String readError) {
    }

    /** What is written of each document: its own files and its parts of the batch files. */
    private record Outputs(DocumentJob job, DocumentParts parts) {
    }

    /** A document on its way: submitted to the pool, not yet reported. */
    private record Pending(InputFolder.Entry entry, Future<Outcome> outcome) {
    }

    /**
     * Runs the batch under the output folder's lock and publishes its outputs as one generation.
     *
     * @throws BadInputException when the input folder itself cannot be used
     * @throws FileLocks.FolderInUseException when another command is writing the output folder
     */
    public BatchResult run(List<OutputFormats.OutputFormat> formats, IndexWriter index) throws BadInputException, IOException {
        return run(formats, List.of(), index);
    }

    /**
     * Runs the batch as {@link #run(List, IndexWriter)} does, staging each document's parts of the batch files as
     * the document is processed and writing the batch files from them before the index.
     */
    public BatchResult run(List<OutputFormats.OutputFormat> formats, List<BatchFile> batchFiles, IndexWriter index)
            throws BadInputException, IOException {
        InputFolder.Listing listing = InputFolder.scan(options.input());
        List<String> warnings = new ArrayList<>(listing.warnings());
        warnings.forEach(progress::warning);
        listing.requireDocuments(options.input());
        try (FileLocks.Held lock = OutputGeneration.lock(options.output())) {
            OutputGeneration generation = OutputGeneration.begin(options.output());
            DocumentParts parts = new DocumentParts(generation.partsFolder());
            BatchResult batch = process(listing, new Outputs(new DocumentJob(options, formats, batchFiles), parts),
                    generation, warnings);
            writeBatchFiles(options.withOutput(generation.batchFolder()), batchFiles, index, batch, parts);
            reportRemoved(progress, generation.publish(failedFolders(batch)), options.output());
            return batch;
        }
    }

    /** Writes the batch files from the documents' staged parts, then the index, into {@code staged.output()}. */
    public static void writeBatchFiles(RunOptions staged, List<BatchFile> batchFiles, IndexWriter index,
                                       BatchResult batch, DocumentParts parts) throws IOException {
        for (BatchFile file : batchFiles) {
            file.write(staged, batch, parts);
        }
        index.write(staged, batch);
    }

    /**
     * Two passes over the input, so that memory holds at most a window of documents: the first counts each
     * document's label lines (the boilerplate evidence that spans the batch), the second reads the documents again
     * and processes them a window at a time, keeping only each one's summary.
     */
    private BatchResult process(InputFolder.Listing listing, Outputs outputs,
                                OutputGeneration generation, List<String> warnings) throws IOException {
        RepeatedLines evidence = new RepeatedLines();
        for (InputFolder.Entry entry : listing.documents()) {
            try {
                evidence.add(TextFiles.read(entry.persian(), options.encoding()).text());
            } catch (BadInputException e) {
                // Reported when the second pass reads it again.
            }
        }
        Pipeline pipeline = factory.create(evidence.repeated());
        List<InputFolder.Entry> entries = listing.documents();
        progress.started(entries.size());

        List<DocumentResult> results = new ArrayList<>();
        List<BatchResult.Failure> failures = new ArrayList<>();
        TermCounter terms = new TermCounter();
        int threads = Math.min(options.threads(), Math.max(1, entries.size()));
        // Enough documents ahead to keep every thread busy while the oldest is reported, and no more.
        int window = 2 * threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Deque<Pending> pending = new ArrayDeque<>();
            for (InputFolder.Entry entry : entries) {
                pending.add(new Pending(entry, pool.submit(() -> processAndStage(pipeline, entry, outputs, generation))));
                if (pending.size() >= window) {
                    report(pending.poll(), results, failures, terms);
                }
            }
            while (!pending.isEmpty()) {
                report(pending.poll(), results, failures, terms);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        results.sort(Comparator.comparing(DocumentResult::name));
        // Said last and kept in the index: an engine that was down leaves drafts empty in files that look whole.
        pipeline.warnings().forEach(w -> {
            warnings.add(w);
            progress.warning(w);
        });
        return new BatchResult(results, failures, warnings, Optional.of(terms.finish()));
    }

    private void report(Pending doc, List<DocumentResult> results, List<BatchResult.Failure> failures,
                        TermCounter terms) throws InterruptedException {
        String name = doc.entry().name();
        try {
            Outcome outcome = doc.outcome().get();
            if (outcome.readError() != null) {
                failures.add(new BatchResult.Failure(name, outcome.readError(), null));
                progress.documentDone(name, false, outcome.readError());
                return;
            }
            DocumentResult result = outcome.result();
            terms.add(result.name(), result.alignedPairs());
            results.add(result.withoutPairs());
            reportWritten(progress, result, outcome.blank());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String message = name + ": " + (cause.getMessage() == null ? cause.toString() : cause.getMessage());
            failures.add(new BatchResult.Failure(name, message, cause));
            progress.documentDone(name, false, message);
        }
    }

    private Outcome processAndStage(Pipeline pipeline, InputFolder.Entry entry, Outputs outputs,
                                    OutputGeneration generation) throws IOException {
        Document persian;
        Optional<Document> english = Optional.empty();
        try {
            persian = new Document(entry.name(), Lang.FA, TextFiles.read(entry.persian(), options.encoding()).text());
            if (entry.english().isPresent()) {
                english = Optional.of(new Document(entry.name(), Lang.EN,
                        TextFiles.read(entry.english().get(), options.encoding()).text()));
            }
        } catch (BadInputException e) {
            return new Outcome(null, false, e.getMessage());
        }
        String folder = DocumentJob.folder(persian);
        Path dir = generation.documentFolder(folder);
        // A new folder each document: two names that met in one folder would be an error here, not a mix.
        try {
            Files.createDirectory(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new IOException("output folder " + folder + " is already another document's of this batch; "
                    + "rename " + entry.persian().getFileName(), e);
        }
        Path staged = outputs.parts().folder(entry.name());
        DocumentJob.Done done;
        boolean written = false;
        try {
            done = outputs.job().process(pipeline, persian, english, FileSink.folder(dir), FileSink.folder(staged));
            written = true;
        } finally {
            if (!written) {
                // A document that fails leaves none of its files, as if it had never been started.
                OutputGeneration.deleteTree(dir);
                OutputGeneration.deleteTree(staged);
            }
        }
        progress.processed(entry.name(), done.bitext());
        return new Outcome(done.result(entry.persian(), entry.english(), options.reviewThreshold()),
                persian.original().isBlank(), null);
    }

    /** The folders of the documents that failed, whose earlier files a publication keeps. */
    public static Set<String> failedFolders(BatchResult batch) {
        return batch.failures().stream().map(f -> OutputNames.safe(f.name()))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Says which documents of an earlier run left the output folder because this run did not write them. */
    public static void reportRemoved(ProgressListener progress, List<String> removed, Path output) {
        if (!removed.isEmpty()) {
            // A warning, so that --quiet still says it: the folders are gone, not kept apart.
            progress.warning("removed from " + output + " " + removed.size() + " document folder"
                    + (removed.size() == 1 ? "" : "s") + " of an earlier run that this run did not write: "
                    + String.join(", ", removed));
        }
    }

    /** Tells the listener of a document written: its sentences, its line and its warnings. */
    public static void reportWritten(ProgressListener progress, DocumentResult result, boolean blank) {
        String name = result.name();
        progress.sentences(result.summary().sourceSegments() + result.summary().targetSegments());
        progress.documentDone(name, true, summary(result.summary()));
        if (blank) {
            progress.warning(name + ": " + result.persian() + " is empty: there is nothing to translate or align");
        }
        result.notes().forEach(note -> progress.warning(name + ": " + note));
    }

    /**
     * A document's progress line: its beads, the aligner's confidence (named so: it knows nothing of the QA
     * findings) or, for a document to translate, its drafts by origin, and the findings at error and warning.
     */
    static String summary(DocumentSummary doc) {
        int beads = doc.beads();
        return beads + (doc.aligned() ? (beads == 1 ? " bead" : " beads") : beads == 1 ? " segment to draft"
                : " segments to draft")
                + (doc.aligned() ? String.format(java.util.Locale.ROOT, ", alignment confidence %.2f", doc.quality())
                : ", drafts: " + doc.draftSources()) + "; QA: " + doc.findings();
    }

    /** Writes the batch's index files. */
    @FunctionalInterface
    public interface IndexWriter {
        void write(RunOptions options, BatchResult batch) throws IOException;
    }
}

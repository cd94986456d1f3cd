package org.hamgam.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hamgam.io.OutputNames;
import org.hamgam.model.Bitext;
import org.hamgam.model.Document;

/**
 * One document of a batch through the pipeline and every renderer: its own files and its parts of the batch files,
 * streamed into the sinks each engine gives (threads here, Spark's executors), so that the bytes are the same
 * whichever ran it and a long document's files are never held whole in memory.
 */
public final class DocumentJob {
    private final RunOptions options;
    private final List<OutputFormats.OutputFormat> formats;
    private final List<BatchFile> batchFiles;

    public DocumentJob(RunOptions options, List<OutputFormats.OutputFormat> formats, List<BatchFile> batchFiles) {
        this.options = options;
        this.formats = List.copyOf(formats);
        this.batchFiles = List.copyOf(batchFiles);
    }

    /**
     * A processed document, its files written.
     *
     * @param folder the document's folder name in the output ({@link OutputNames#safe})
     * @param files  its own files' names in its folder
     * @param parts  its parts' names among the batch files' parts
     */
    public record Done(String name, String folder, Bitext bitext, List<String> files, List<String> parts) {
        public Done {
            files = List.copyOf(files);
            parts = List.copyOf(parts);
        }

        /** The files as the index names them, relative to the output folder. */
        public List<String> paths() {
            return files.stream().map(file -> folder + "/" + file).toList();
        }

        /** What the batch keeps of the document once its files are stored. */
        public DocumentResult result(Path persian, Optional<Path> english, double reviewThreshold) {
            return DocumentResult.of(name, persian, english, bitext, paths(), reviewThreshold);
        }
    }

    /** The document's folder name in the output: its files go there and its parts under the same name. */
    public static String folder(Document persian) {
        return OutputNames.safe(persian.id());
    }

    /**
     * Runs the pipeline on a document and streams every rendered file into {@code files} and every part of the
     * batch files into {@code parts}, one at a time. A format that fails fails the whole document: the caller
     * drops what was written of it.
     */
    public Done process(Pipeline pipeline, Document persian, Optional<Document> english, FileSink files,
                        FileSink parts) throws IOException {
        // The aligner counts every bead below the threshold; the note counts those the rows flag low-confidence.
        Bitext bitext = ConfidenceNote.recounted(pipeline.process(persian, english), options.reviewThreshold());
        String safe = folder(persian);
        List<String> written = new ArrayList<>();
        for (OutputFormats.OutputFormat format : formats) {
            written.addAll(format.render(bitext, safe, files));
        }
        List<String> staged = new ArrayList<>();
        for (BatchFile file : batchFiles) {
            staged.addAll(file.parts(options, bitext, parts));
        }
        return new Done(persian.id(), safe, bitext, written, staged);
    }

    public double reviewThreshold() {
        return options.reviewThreshold();
    }
}

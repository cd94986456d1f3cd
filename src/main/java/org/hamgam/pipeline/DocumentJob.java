package org.hamgam.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamgam.io.OutputNames;
import org.hamgam.model.Bitext;
import org.hamgam.model.Document;

/**
 * One document of a batch through the pipeline and every renderer: its own files and its parts of the batch files,
 * all in memory and nothing written, so that each engine (threads here, Spark's executors) stores them its own way
 * and the bytes are the same whichever ran it.
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
     * A processed document.
     *
     * @param folder the document's folder name in the output ({@link OutputNames#safe})
     * @param files  its own files: name in its folder → content
     * @param parts  its parts of the batch files: part name → content
     */
    public record Done(String name, String folder, Bitext bitext, Map<String, String> files, Map<String, String> parts) {
        /** The files as the index names them, relative to the output folder. */
        public List<String> paths() {
            List<String> paths = new ArrayList<>();
            files.keySet().forEach(file -> paths.add(folder + "/" + file));
            return paths;
        }

        /** What the batch keeps of the document once its files are stored. */
        public DocumentResult result(Path persian, Optional<Path> english, double reviewThreshold) {
            return DocumentResult.of(name, persian, english, bitext, paths(), reviewThreshold);
        }
    }

    /** Runs the pipeline on a document and renders everything; a format that fails fails the whole document. */
    public Done process(Pipeline pipeline, Document persian, Optional<Document> english) throws IOException {
        Bitext bitext = pipeline.process(persian, english);
        String safe = OutputNames.safe(persian.id());
        Map<String, String> files = new LinkedHashMap<>();
        for (OutputFormats.OutputFormat format : formats) {
            files.putAll(format.render(bitext, safe));
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (BatchFile file : batchFiles) {
            parts.putAll(file.parts(options, bitext));
        }
        return new Done(persian.id(), safe, bitext, files, parts);
    }

    public double reviewThreshold() {
        return options.reviewThreshold();
    }
}

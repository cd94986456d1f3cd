package org.hamgam.pipeline;

import java.io.IOException;
import java.util.List;
import org.hamgam.model.Bitext;

/**
 * A batch-wide file made of a part of every document, such as {@code batch.tmx}. Each document's part is rendered
 * while the document is at hand and staged ({@link DocumentParts}); at the end the file is assembled from the
 * staged parts in document order, so that the batch never holds every document.
 */
public interface BatchFile {
    /**
     * Writes this file's parts of one document into {@code sink}, streamed, and returns their names; the names are
     * unique among a run's batch files.
     */
    List<String> parts(RunOptions options, Bitext bitext, FileSink sink) throws IOException;

    /** Writes the file into {@code options.output()} from the staged parts of the batch's documents. */
    void write(RunOptions options, BatchResult batch, DocumentParts parts) throws IOException;
}

package org.hamgam.pipeline;

import java.io.IOException;
import java.util.Map;
import org.hamgam.model.Bitext;

/**
 * A batch-wide file made of a part of every document, such as {@code batch.tmx}. Each document's part is rendered
 * while the document is at hand and staged ({@link DocumentParts}); at the end the file is assembled from the
 * staged parts in document order, so that the batch never holds every document.
 */
public interface BatchFile {
    /** This file's parts of one document: part name → content; the names are unique among a run's batch files. */
    Map<String, String> parts(RunOptions options, Bitext bitext) throws IOException;

    /** Writes the file into {@code options.output()} from the staged parts of the batch's documents. */
    void write(RunOptions options, BatchResult batch, DocumentParts parts) throws IOException;
}

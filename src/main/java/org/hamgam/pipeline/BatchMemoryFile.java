package org.hamgam.pipeline;

import java.io.IOException;
import java.time.Instant;
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.TmxWriter;
import org.hamgam.model.LanguageTags;

/** {@code output/batch.tmx}: every document's pairs in one translation memory, each unit naming its document. */
public final class BatchMemoryFile implements BatchRunner.IndexWriter {
    public static final String NAME = "batch.tmx";

    private final TmxWriter writer;

    public BatchMemoryFile(LanguageTags languages, Instant created) {
        this.writer = new TmxWriter(languages, created);
    }

    @Override
    public void write(RunOptions options, BatchResult batch) throws IOException {
        AtomicFiles.write(options.output().resolve(NAME),
                out -> writer.write(batch.documents().stream().map(DocumentResult::bitext).toList(), out));
    }
}

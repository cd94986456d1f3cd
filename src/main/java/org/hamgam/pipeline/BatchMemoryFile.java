package org.hamgam.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.io.Writer;
import java.util.List;
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.TmxWriter;
import org.hamgam.model.Bitext;
import org.hamgam.model.LanguageTags;

/** {@code output/batch.tmx}: every document's pairs in one translation memory, each unit naming its document. */
public final class BatchMemoryFile implements BatchFile {
    public static final String NAME = "batch.tmx";

    private final TmxWriter writer;

    public BatchMemoryFile(LanguageTags languages, Instant created) {
        this.writer = new TmxWriter(languages, created);
    }

    @Override
    public List<String> parts(RunOptions options, Bitext bitext, FileSink sink) throws IOException {
        try (Writer out = sink.open(NAME)) {
            writer.batchPart(bitext, out);
        }
        return List.of(NAME);
    }

    @Override
    public void write(RunOptions options, BatchResult batch, DocumentParts parts) throws IOException {
        AtomicFiles.write(options.output().resolve(NAME),
                out -> writer.writeBatch(parts.of(batch.documents(), NAME), out));
    }
}

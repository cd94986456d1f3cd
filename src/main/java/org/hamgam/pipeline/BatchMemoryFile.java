package org.hamgam.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
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
    public Map<String, String> parts(RunOptions options, Bitext bitext) throws IOException {
        return Map.of(NAME, writer.batchPart(bitext));
    }

    @Override
    public void write(RunOptions options, BatchResult batch, DocumentParts parts) throws IOException {
        AtomicFiles.write(options.output().resolve(NAME),
                out -> writer.writeBatch(parts.of(batch.documents(), NAME), out));
    }
}

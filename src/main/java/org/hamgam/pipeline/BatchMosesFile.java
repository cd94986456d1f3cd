package org.hamgam.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.MosesWriter;
import org.hamgam.model.Bitext;

/**
 * {@code output/batch.fa.txt} and {@code output/batch.en.txt}: the batch's translation pairs as one Moses-style
 * corpus, one bead a line, the documents in the index's order. A document adds the lines of its own
 * {@code NAME.fa.txt} / {@code NAME.en.txt} when it is aligned; one without English adds only the English a person
 * wrote or accepted: a draft (a fuzzy match, a machine translation) is a proposal, not a translation pair.
 */
public final class BatchMosesFile implements BatchFile {
    public static final String PERSIAN = "batch.fa.txt";
    public static final String ENGLISH = "batch.en.txt";

    private final MosesWriter writer = new MosesWriter();

    @Override
    public List<String> parts(RunOptions options, Bitext bitext, FileSink sink) throws IOException {
        try (Writer fa = sink.open(PERSIAN); Writer en = sink.open(ENGLISH)) {
            writer.writePairs(bitext, fa, en);
        }
        return List.of(PERSIAN, ENGLISH);
    }

    @Override
    public void write(RunOptions options, BatchResult batch, DocumentParts parts) throws IOException {
        for (String name : List.of(PERSIAN, ENGLISH)) {
            List<Path> staged = parts.of(batch.documents(), name);
            AtomicFiles.write(options.output().resolve(name), out -> concatenate(staged, out));
        }
    }

    /** The parts one after the other, streamed: each ends its last line, so lines never run together. */
    private static void concatenate(List<Path> parts, Writer out) throws IOException {
        for (Path part : parts) {
            try (Reader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
        }
    }
}

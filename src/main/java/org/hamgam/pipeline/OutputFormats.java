package org.hamgam.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.hamgam.io.BitextWriter;
import org.hamgam.io.HtmlWriter;
import org.hamgam.io.JsonlWriter;
import org.hamgam.io.MosesWriter;
import org.hamgam.io.TmxWriter;
import org.hamgam.io.TsvWriter;
import org.hamgam.io.Xliff12Writer;
import org.hamgam.io.XliffWriter;
import org.hamgam.model.LanguageTags;

/** The review files {@code run} writes for every document. */
public final class OutputFormats {
    private OutputFormats() {
    }

    /** Renders one document into one or more files of {@code sink}, streamed; returns their names. */
    @FunctionalInterface
    public interface OutputFormat {
        List<String> render(org.hamgam.model.Bitext bitext, String name, FileSink sink) throws IOException;
    }

    /**
     * TSV, JSONL, XLIFF 2.1, XLIFF 1.2, TMX, Moses parallel text and the HTML review page.
     *
     * @param languages the language tags every format carries
     * @param created   the creation date written into translation memories
     */
    public static List<OutputFormat> standard(double reviewThreshold, LanguageTags languages, Instant created) {
        return List.of(of(new TsvWriter(reviewThreshold)), of(new JsonlWriter(reviewThreshold)),
                of(new XliffWriter(reviewThreshold, languages)), of(new Xliff12Writer(reviewThreshold, languages)),
                of(new TmxWriter(languages, created)),
                moses(new MosesWriter()), of(new HtmlWriter(reviewThreshold)));
    }

    /** A one-file format. */
    public static OutputFormat of(BitextWriter writer) {
        return (bitext, name, sink) -> {
            String file = writer.fileName(name);
            try (Writer out = sink.open(file)) {
                writer.write(bitext, out);
            }
            return List.of(file);
        };
    }

    /** Moses-style parallel text: a Persian and an English file, line for line. */
    public static OutputFormat moses(MosesWriter writer) {
        return (bitext, name, sink) -> {
            String source = writer.sourceFileName(name);
            String target = writer.targetFileName(name);
            try (Writer fa = sink.open(source); Writer en = sink.open(target)) {
                writer.write(bitext, fa, en);
            }
            return List.of(source, target);
        };
    }
}

package org.hamgam.pipeline;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Renders one document into one or more files: file name → content. */
    @FunctionalInterface
    public interface OutputFormat {
        Map<String, String> render(org.hamgam.model.Bitext bitext, String name) throws IOException;
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
        return (bitext, name) -> {
            StringWriter out = new StringWriter();
            writer.write(bitext, out);
            return Map.of(writer.fileName(name), out.toString());
        };
    }

    /** Moses-style parallel text: a Persian and an English file, line for line. */
    public static OutputFormat moses(MosesWriter writer) {
        return (bitext, name) -> {
            StringWriter fa = new StringWriter();
            StringWriter en = new StringWriter();
            writer.write(bitext, fa, en);
            Map<String, String> files = new LinkedHashMap<>();
            files.put(writer.sourceFileName(name), fa.toString());
            files.put(writer.targetFileName(name), en.toString());
            return files;
        };
    }
}

package org.hamgam.io;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Bitext;

/**
 * Writes one document's review files into a folder, each atomically: whatever {@link BitextWriter}s are given,
 * plus the two Moses files. File names go through {@link OutputNames}, so none can land outside the folder.
 */
public final class ReviewFiles {
    private ReviewFiles() {
    }

    /** The XML and HTML formats of this package: XLIFF 2.1, XLIFF 1.2, TMX 1.4b and the review page. */
    public static List<BitextWriter> standard(double threshold) {
        return List.of(new XliffWriter(threshold), new Xliff12Writer(threshold), new TmxWriter(),
                new HtmlWriter(threshold));
    }

    /**
     * Writes every format into {@code folder} (created if needed).
     *
     * @param moses the Moses writer, or null for no parallel text files
     * @return the files written, in the order of {@code writers}, Moses last
     */
    public static List<Path> write(Bitext bitext, Path folder, List<BitextWriter> writers, MosesWriter moses)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (BitextWriter writer : writers) {
            Path file = inside(folder, writer.fileName(bitext.docId()));
            AtomicFiles.write(file, out -> writer.write(bitext, out));
            written.add(file);
        }
        if (moses != null) {
            Path fa = inside(folder, moses.sourceFileName(bitext.docId()));
            Path en = inside(folder, moses.targetFileName(bitext.docId()));
            StringWriter english = new StringWriter();
            AtomicFiles.write(fa, out -> moses.write(bitext, out, english));
            AtomicFiles.writeString(en, english.toString());
            written.add(fa);
            written.add(en);
        }
        return written;
    }

    private static Path inside(Path folder, String name) throws IOException {
        try {
            return OutputNames.inside(folder, name);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}

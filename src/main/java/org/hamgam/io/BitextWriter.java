package org.hamgam.io;

import java.io.IOException;
import java.io.Writer;
import org.hamgam.model.Bitext;

/** Writes one document's review rows in one file format. One class a format. */
public interface BitextWriter {
    /** The file name this writer produces for a document, e.g. {@code NAME.tsv}. */
    String fileName(String docId);

    void write(Bitext bitext, Writer out) throws IOException;
}

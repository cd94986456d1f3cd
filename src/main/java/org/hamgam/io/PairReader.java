package org.hamgam.io;

import java.io.IOException;
import java.util.List;
import org.hamgam.model.QaPair;

/** Reads the source/target pairs of one file format, for {@code hamgam qa}. */
public interface PairReader {
    /**
     * The pairs of a file's content, in file order.
     *
     * @param name the file as the user gave it, for messages
     * @throws MalformedFileException when the content is not of the format, naming file, line and column
     */
    List<QaPair> read(String name, byte[] content) throws IOException;
}

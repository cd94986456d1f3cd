package org.hamgam.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a document's files go as they are rendered, one writer a file, so that a long document's files are
 * streamed out and never held whole in memory. Each engine stores them its own way (a local staging folder,
 * a Hadoop file system); the bytes are the same.
 */
@FunctionalInterface
public interface FileSink {
    /** Opens the file {@code name}, new, for UTF-8 text; the caller closes it. */
    Writer open(String name) throws IOException;

    /** Files in a local folder that exists; a file already there is an error, not overwritten. */
    static FileSink folder(Path folder) {
        return name -> Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * A UTF-8 writer on {@code out} that, as {@link Files#writeString} does, refuses text it cannot encode (a lone
     * surrogate) instead of writing a replacement.
     */
    static Writer utf8(java.io.OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }
}

package org.hamgam.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files through a temporary name in the same folder and a rename, so that a reader, or a run that
 * fails half-way, never sees a partly written file.
 */
public final class AtomicFiles {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFiles() {
    }

    /** What fills a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** What fills a file of bytes, e.g. a model. */
    @FunctionalInterface
    public interface Bytes {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} as UTF-8 (no BOM) with whatever {@code content} writes, atomically.
     *
     * @throws OutputWriteException when the file cannot be written there, naming {@code target} and the reason
     */
    public static void write(Path target, Content content) throws IOException {
        writeBytes(target, stream -> {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                content.writeTo(out);
            }
        });
    }

    /**
     * Writes {@code target} with whatever {@code content} writes, atomically, making the folders above it.
     *
     * @throws OutputWriteException when the file cannot be written there, naming {@code target} and the reason
     */
    public static void writeBytes(Path target, Bytes content) throws IOException {
        if (Files.isDirectory(target)) {
            throw new OutputWriteException(target, "is a directory", null);
        }
        Path dir = createFolder(target, target.toAbsolutePath().getParent());
        // Not Files.createTempFile: its owner-only permissions would carry over to the output file.
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try {
            // Only the file system's refusals are the output's: what the content throws is its own.
            java.io.OutputStream stream;
            try {
                stream = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileSystemException e) {
                throw OutputWriteException.of(target, e);
            }
            try (java.io.OutputStream out = stream) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (FileSystemException e) {
                throw OutputWriteException.of(target, e);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Makes the folder {@code folder} (and those above it) for the output {@code given}.
     *
     * @return {@code folder}
     * @throws OutputWriteException naming {@code given} when the folder cannot be made
     */
    public static Path createFolder(Path given, Path folder) throws IOException {
        try {
            for (Path above = folder; above != null; above = above.getParent()) {
                if (Files.exists(above) && !Files.isDirectory(above)) {
                    throw new OutputWriteException(given, above + " is a file, not a folder", null);
                }
            }
            return Files.createDirectories(folder);
        } catch (FileSystemException e) {
            throw OutputWriteException.of(given, e);
        }
    }

    /** Writes a string atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }
}

package org.hamgam.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An output that cannot be written, said as the user needs it: the path they gave and the reason in words
 * ("permission denied", "read-only file system", "is a directory", "no such folder"), never the temporary file a
 * write went through.
 */
public final class OutputWriteException extends IOException {
    private final Path path;

    public OutputWriteException(Path path, String reason, Throwable cause) {
        super(path + ": cannot write: " + reason, cause);
        this.path = path;
    }

    /** The output as the caller named it. */
    public Path path() {
        return path;
    }

    /** The failure to write {@code path}, with the operating system's reason put plainly. */
    public static OutputWriteException of(Path path, FileSystemException e) {
        return new OutputWriteException(path, reason(e), e);
    }

    static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder" + (e.getFile() == null ? "" : " " + e.getFile());
        }
        String reason = e.getReason();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT);
        }
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}

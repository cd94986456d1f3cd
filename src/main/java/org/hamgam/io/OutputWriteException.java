package org.hamgam.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An output that cannot be written, said as the user needs it: the path they gave and the reason in words
 * ("permission denied", "read-only file system", "is a directory", "no such folder", "cannot create a file in
 * FOLDER"), never the temporary file a
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
        return new OutputWriteException(path, reason(path, e), e);
    }

    /**
     * The reason, about the file or folder that failed but never the temporary file a write goes through: "no such"
     * is said only of a folder that is indeed missing, since a folder that is there may still refuse new files
     * ({@code /proc} answers "no such file" to any file made in it).
     */
    static String reason(Path given, FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            Path failed = e.getFile() == null ? given : Path.of(e.getFile());
            boolean temporary = failed.getFileName() != null && given.getFileName() != null
                    && failed.getFileName().toString().startsWith("." + given.getFileName() + ".")
                    && failed.getFileName().toString().endsWith(".tmp");
            Path folder = (temporary ? given : failed).toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                return "no such folder" + (folder == null ? "" : " " + folder);
            }
            // the temporary file stands for the output file; anything else (a folder being made) is named
            return temporary ? "cannot create a file in " + folder
                    : "cannot create " + failed.getFileName() + " in " + folder;
        }
        String reason = e.getReason();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT);
        }
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}

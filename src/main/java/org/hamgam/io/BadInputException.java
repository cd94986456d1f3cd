package org.hamgam.io;

import java.nio.file.Path;

/** An input file Hamgam cannot use; the message names the file and, where known, the line or byte offset. */
public final class BadInputException extends Exception {
    private final transient Path file;

    public BadInputException(Path file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public BadInputException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}

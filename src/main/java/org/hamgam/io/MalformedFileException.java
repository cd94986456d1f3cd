package org.hamgam.io;

import java.io.IOException;

/**
 * A file that cannot be read as what it claims to be (XML that is not well-formed or uses a DOCTYPE, a TSV without
 * its header); the message says where, as {@code file:line:column: problem}.
 */
public final class MalformedFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public MalformedFileException(String file, int line, int column, String message) {
        this(file, line, column, message, null);
    }

    public MalformedFileException(String file, int line, int column, String message, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + (line > 0 && column > 0 ? ":" + column : "") + ": " + message,
                cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = message;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** What is wrong, without the file and the place. */
    public String problem() {
        return problem;
    }

    /** 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }
}

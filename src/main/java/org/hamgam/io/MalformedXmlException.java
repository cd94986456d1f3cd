package org.hamgam.io;

import java.io.IOException;

/** A file that is not well-formed XML, or that tries to use a DOCTYPE or an external entity; says where. */
public final class MalformedXmlException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public MalformedXmlException(String file, int line, int column, String message, Throwable cause) {
        super(file + ":" + line + ":" + column + ": " + message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }
}

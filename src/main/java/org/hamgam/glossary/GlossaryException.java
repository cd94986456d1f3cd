package org.hamgam.glossary;

/**
 * A term base that cannot be read at all: a missing or unreadable file, bytes that are not text, malformed XML,
 * a DOCTYPE. Checked, because every caller that loads a glossary must decide what a broken one means (the
 * command line exits with status 2). Bad rows inside a readable file are not errors; they are warnings of the
 * {@link Glossary}.
 */
public class GlossaryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    /** @param line 1-based line, or -1 when unknown; {@code column} likewise */
    public GlossaryException(String file, int line, int column, String message, Throwable cause) {
        super(format(file, line, column, message), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public GlossaryException(String file, String message, Throwable cause) {
        this(file, -1, -1, message, cause);
    }

    public GlossaryException(String file, String message) {
        this(file, -1, -1, message, null);
    }

    /** The file (as named by the caller) the problem is in. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, or -1. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or -1. */
    public int column() {
        return column;
    }

    private static String format(String file, int line, int column, String message) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(message).toString();
    }
}

package org.hamgam.model;

import java.util.Objects;

/**
 * A QA finding on one segment pair, in the manner of a LanguageTool rule match.
 *
 * @param code       the stable check code, e.g. {@code number}, {@code terminology}
 * @param segment    the identifier of the segment (or bead) the finding is about
 * @param start      start offset in the checked text (target unless the code starts with {@code source-}), or -1
 * @param end        end offset, or -1
 * @param suggestion a suggested fix, or empty
 */
public record Issue(String code, Severity severity, String segment, int start, int end,
                    String message, String suggestion) {
    /** The start of the codes of findings about the source text rather than the translation. */
    public static final String SOURCE_PREFIX = "source-";

    public Issue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(message, "message");
        suggestion = suggestion == null ? "" : suggestion;
    }

    /** Whether the finding is about the source text ({@code source-*}) rather than the translation. */
    public boolean isAboutSource() {
        return code.startsWith(SOURCE_PREFIX);
    }
}

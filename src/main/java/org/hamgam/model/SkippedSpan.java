package org.hamgam.model;

import java.util.Objects;

/**
 * A part of a document that belongs to no segment, kept so that nothing is lost: line breaks, blank lines,
 * spaces between sentences, or boilerplate that is not part of the document's text.
 *
 * @param reason why it was skipped: {@link #WHITESPACE} or a boilerplate reason such as {@code boilerplate:script}
 */
public record SkippedSpan(int start, int end, String text, String reason) {
    /** Spaces and line breaks between segments. */
    public static final String WHITESPACE = "whitespace";

    public SkippedSpan {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("skipped span [" + start + ", " + end + ") does not fit its text");
        }
    }

    /** Whether this span is boilerplate a reviewer should see (rather than mere whitespace). */
    public boolean isBoilerplate() {
        return !WHITESPACE.equals(reason);
    }
}

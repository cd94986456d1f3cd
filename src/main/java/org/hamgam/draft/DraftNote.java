package org.hamgam.draft;

import java.util.Objects;

/**
 * Something a reviewer should know about a draft, meant to become a QA finding on the segment.
 *
 * @param code    {@link #TERM_MISSING} (a warning: the draft drops a required glossary term) or {@link #MT_FAILED}
 *                (an info: the engine gave no draft for this segment)
 * @param term    for {@link #TERM_MISSING}, the glossary term's id; otherwise empty
 */
public record DraftNote(String code, String term, String message) {
    public static final String TERM_MISSING = "mt-term-missing";
    public static final String MT_FAILED = "mt-failed";

    public DraftNote {
        Objects.requireNonNull(code, "code");
        term = term == null ? "" : term;
        Objects.requireNonNull(message, "message");
    }
}

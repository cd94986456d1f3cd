package org.hamgam.pipeline;

import java.util.List;
import java.util.Optional;
import org.hamgam.glossary.TermCounts;

/**
 * What a batch run did: the documents written, in name order, and the ones that failed; {@code terms} holds the
 * batch's term counts when they were built while the documents finished (the documents then carry no pairs).
 */
public record BatchResult(List<DocumentResult> documents, List<Failure> failures, List<String> warnings,
                          Optional<TermCounts> terms) {
    /** A document that could not be processed, with a message for the user. */
    public record Failure(String name, String message, Throwable cause) {
    }

    public BatchResult {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /** A batch whose documents keep their aligned pairs, from which the term counts are made when needed. */
    public BatchResult(List<DocumentResult> documents, List<Failure> failures, List<String> warnings) {
        this(documents, failures, warnings, Optional.empty());
    }

    public boolean ok() {
        return failures.isEmpty();
    }
}

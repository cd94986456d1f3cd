package org.hamgam.pipeline;

import java.util.List;

/** What a batch run did: the documents written, in name order, and the ones that failed. */
public record BatchResult(List<DocumentResult> documents, List<Failure> failures, List<String> warnings) {
    /** A document that could not be processed, with a message for the user. */
    public record Failure(String name, String message, Throwable cause) {
    }

    public BatchResult {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return failures.isEmpty();
    }
}

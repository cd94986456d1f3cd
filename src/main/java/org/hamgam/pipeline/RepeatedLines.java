package org.hamgam.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hamgam.segment.Segmenters;

/**
 * The batch's evidence of boilerplate, counted one document at a time from its label lines
 * ({@link Segmenters#labelLines}), so that the whole texts need not be held together.
 */
final class RepeatedLines {
    private final Map<String, Integer> documents = new HashMap<>();

    /** Counts one document's label lines. */
    void add(String documentText) {
        for (String line : Segmenters.labelLines(documentText)) {
            documents.merge(line, 1, Integer::sum);
        }
    }

    /** The label lines found in at least {@link Stages#REPEATED_LINE_DOCUMENTS} documents. */
    Set<String> repeated() {
        Set<String> repeated = new TreeSet<>();
        documents.forEach((line, count) -> {
            if (count >= Stages.REPEATED_LINE_DOCUMENTS) {
                repeated.add(line);
            }
        });
        return Set.copyOf(repeated);
    }
}

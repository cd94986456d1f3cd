package org.hamgam.pipeline;

import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import org.hamgam.segment.Segmenters;

/**
 * The batch's evidence of boilerplate, counted one document at a time from its label lines
 * ({@link Segmenters#labelLines}), so that the whole texts need not be held together.
 */
public final class RepeatedLines implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, Integer> documents = new HashMap<>();

    /** Counts one document's label lines. */
    public void add(String documentText) {
        for (String line : Segmenters.labelLines(documentText)) {
            documents.merge(line, 1, Integer::sum);
        }
    }

    /** Adds the counts of other documents, counted apart (another partition of the batch); returns this. */
    public RepeatedLines merge(RepeatedLines other) {
        other.documents.forEach((line, count) -> documents.merge(line, count, Integer::sum));
        return this;
    }

    /** The label lines found in at least {@link Stages#REPEATED_LINE_DOCUMENTS} documents. */
    public Set<String> repeated() {
        Set<String> repeated = new TreeSet<>();
        documents.forEach((line, count) -> {
            if (count >= Stages.REPEATED_LINE_DOCUMENTS) {
                repeated.add(line);
            }
        });
        return Set.copyOf(repeated);
    }
}

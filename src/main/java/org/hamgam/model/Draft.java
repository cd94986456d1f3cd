package org.hamgam.model;

import java.util.Objects;

/**
 * A target text for one bead with its provenance: the aligned English, a translation-memory or
 * machine-translation draft, or nothing ({@link Origin#NONE}, empty text) when no source of drafts exists.
 *
 * @param engine what produced it (e.g. {@code aligner}, a TM file name, an MT engine and model)
 * @param score  confidence or similarity in [0, 1]
 */
public record Draft(String text, Origin origin, String engine, double score) {
    public Draft {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(engine, "engine");
    }

    /** No draft. */
    public static Draft none() {
        return new Draft("", Origin.NONE, "", 0);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}

package org.hamgam.model;

import java.util.Objects;

/**
 * One aligned sentence pair (or, for monolingual extraction, one Persian text with an empty {@code target}).
 *
 * @param id     where the pair came from, shown as an example of a candidate (a TMX tuid, a bead id, a line)
 * @param source Persian text
 * @param target English text, empty when there is none
 */
public record SentencePair(String id, String source, String target) implements java.io.Serializable {
    public SentencePair {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        target = target == null ? "" : target;
    }
}

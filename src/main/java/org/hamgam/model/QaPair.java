package org.hamgam.model;

import java.util.List;
import java.util.Objects;


/**
 * One Persian source and its English target, as the checks see them.
 *
 * @param id          the segment (or bead) identifier that findings name
 * @param source      the Persian source, normalized or as written
 * @param target      the English target
 * @param sourceTerms glossary hits in the source
 * @param targetTerms hits of the English side of the same glossary in the target; a term found here counts as
 *                    translated
 */
public record QaPair(String id, String source, String target, List<TermHit> sourceTerms,
                     List<TermHit> targetTerms) {
    public QaPair {
        Objects.requireNonNull(id, "id");
        source = source == null ? "" : source;
        target = target == null ? "" : target;
        sourceTerms = sourceTerms == null ? List.of() : List.copyOf(sourceTerms);
        targetTerms = targetTerms == null ? List.of() : List.copyOf(targetTerms);
    }

    /** A pair without glossary hits. */
    public static QaPair of(String id, String source, String target) {
        return new QaPair(id, source, target, List.of(), List.of());
    }
}

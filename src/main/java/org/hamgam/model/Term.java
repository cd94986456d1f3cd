package org.hamgam.model;

import java.util.List;
import java.util.Objects;

/**
 * One glossary entry: a Persian term, its English translation, an optional note, the variant spellings the
 * term base lists and the further English terms it gives as synonyms (a TBX entry's other English terms).
 *
 * @param id             stable identifier, e.g. {@code terms.tsv:12}
 * @param origin         where the entry came from, as {@code file:line} for messages
 * @param priority       0 for the first term base given, 1 for the next, …; lower wins conflicts
 * @param targetVariants English synonyms of {@code target}, which a translation may use instead
 */
public record Term(String id, String source, String target, String note, List<String> variants,
                   String origin, int priority, List<String> targetVariants) {
    public Term {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        note = note == null ? "" : note;
        variants = List.copyOf(variants);
        Objects.requireNonNull(origin, "origin");
        targetVariants = targetVariants == null ? List.of() : List.copyOf(targetVariants);
    }

    /** An entry without English synonyms. */
    public Term(String id, String source, String target, String note, List<String> variants, String origin,
                int priority) {
        this(id, source, target, note, variants, origin, priority, List.of());
    }

    /** This entry with {@code synonyms} as its English synonyms. */
    public Term withTargetVariants(List<String> synonyms) {
        return new Term(id, source, target, note, variants, origin, priority, synonyms);
    }
}

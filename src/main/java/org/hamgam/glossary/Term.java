package org.hamgam.glossary;

import java.util.List;
import java.util.Objects;

/**
 * One glossary entry: a Persian term, its English translation, an optional note and the variant spellings the
 * term base lists.
 *
 * @param id       stable identifier, e.g. {@code terms.tsv:12}
 * @param origin   where the entry came from, as {@code file:line} for messages
 * @param priority 0 for the first term base given, 1 for the next, …; lower wins conflicts
 */
public record Term(String id, String source, String target, String note, List<String> variants,
                   String origin, int priority) {
    public Term {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        note = note == null ? "" : note;
        variants = List.copyOf(variants);
        Objects.requireNonNull(origin, "origin");
    }
}

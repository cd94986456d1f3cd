package org.hamgam.model;

import java.util.Objects;

/**
 * A translation-memory match for one segment, as a CAT tool shows it.
 *
 * @param source     the memory's source text (as stored)
 * @param target     the memory's translation
 * @param similarity token-level similarity 0–100 between the segment and {@code source}
 * @param exact      the normalized texts are identical, punctuation included (spacing and ZWNJ aside)
 * @param inContext  exact, and the neighbouring segments match the unit's recorded context too
 * @param origin     where the unit came from, e.g. {@code memory.tmx#12}
 */
public record TmMatch(String source, String target, int similarity, boolean exact, boolean inContext,
                      String origin) {
    public TmMatch {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(origin, "origin");
        if (similarity < 0 || similarity > 100) {
            throw new IllegalArgumentException("similarity out of 0..100: " + similarity);
        }
        if (inContext && !exact) {
            throw new IllegalArgumentException("an in-context match must be exact");
        }
    }
}

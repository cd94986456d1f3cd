package org.hamgam.model;

import java.util.Objects;

/**
 * One translation unit of a memory: a Persian source, its English translation, and optionally the source texts
 * of the segments around it when it was translated (empty when unknown), which make in-context matches possible.
 *
 * @param origin where the unit came from, for display, e.g. {@code memory.tmx#12}
 */
public record TmUnit(String source, String target, String previous, String next, String origin) {
    public TmUnit {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        previous = previous == null ? "" : previous;
        next = next == null ? "" : next;
        origin = origin == null ? "" : origin;
    }

    /** A unit without context. */
    public static TmUnit of(String source, String target, String origin) {
        return new TmUnit(source, target, "", "", origin);
    }
}

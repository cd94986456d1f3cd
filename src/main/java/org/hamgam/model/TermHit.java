package org.hamgam.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A glossary term found in a text. Offsets are UTF-16 offsets into the text that was searched (for a segment,
 * its original text), end exclusive; {@code surface} is the matched text as written there. {@code target} is the
 * entry's English, {@code alternatives} the further English it allows ({@code dam|reservoir}).
 */
public record TermHit(String termId, String source, String target, int start, int end, String surface,
                      List<String> alternatives) {
    public TermHit {
        Objects.requireNonNull(termId, "termId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(surface, "surface");
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad term hit offsets [" + start + ", " + end + ")");
        }
    }

    /** A hit of an entry with one English rendering. */
    public TermHit(String termId, String source, String target, int start, int end, String surface) {
        this(termId, source, target, start, end, surface, List.of());
    }

    /** Every English rendering of the entry, its own first. */
    public List<String> renderings() {
        return Stream.concat(Stream.of(target), alternatives.stream()).toList();
    }

    /** This hit with its offsets moved by {@code shift}, for a text this one's was cut from or joined into. */
    public TermHit moved(int shift) {
        return new TermHit(termId, source, target, start + shift, end + shift, surface, alternatives);
    }
}

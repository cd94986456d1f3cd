package org.hamgam.model;

import java.util.Objects;

/**
 * A glossary term found in a text. Offsets are UTF-16 offsets into the text that was searched (for a segment,
 * its original text), end exclusive; {@code surface} is the matched text as written there.
 */
public record TermHit(String termId, String source, String target, int start, int end, String surface) {
    public TermHit {
        Objects.requireNonNull(termId, "termId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(surface, "surface");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad term hit offsets [" + start + ", " + end + ")");
        }
    }
}

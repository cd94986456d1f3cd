package org.hamgam.draft;

import java.util.Collections;
import java.util.List;
import org.hamgam.model.Draft;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;

/** Ready-made translators. */
public final class Translators {
    private Translators() {
    }

    /**
     * The translator used when no translation memory or machine-translation engine is configured: every draft is
     * empty, and the glossary hits stay visible as hints in the review files.
     */
    public static Translator none() {
        return new Translator() {
            @Override
            public List<Draft> translate(List<Segment> segments, List<List<TermHit>> terms) {
                return Collections.nCopies(segments.size(), Draft.none());
            }

            @Override
            public String describe() {
                return "none (glossary hints only)";
            }
        };
    }
}

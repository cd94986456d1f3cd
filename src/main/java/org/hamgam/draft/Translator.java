package org.hamgam.draft;

import java.util.List;
import org.hamgam.model.Draft;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;

/**
 * Prepares target drafts for the segments of a document that has no English counterpart. A translator never
 * invents text: where it has nothing to offer it returns {@link Draft#none()}, and the segment's term hits stay
 * hints for the translator.
 */
public interface Translator {
    /**
     * @param segments the document's source segments in order (earlier ones are context for later ones)
     * @param terms    glossary hits per segment, to be respected by the draft
     * @return one draft per segment, in the same order
     */
    List<Draft> translate(List<Segment> segments, List<List<TermHit>> terms);

    /** A short description for the run's settings, e.g. {@code none} or {@code tm:tm/memory.tmx}. */
    String describe();
}

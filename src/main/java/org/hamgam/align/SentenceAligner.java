package org.hamgam.align;

import java.util.List;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;

/** Aligns the sentences of a source document with those of its translation. */
public interface SentenceAligner {
    /**
     * @param sourceTerms glossary hits per source segment (same size as {@code source}, or empty when unknown)
     * @param targetTerms glossary hits per target segment, found with the English side of the same glossary
     */
    Alignment align(List<Segment> source, List<Segment> target,
                    List<List<TermHit>> sourceTerms, List<List<TermHit>> targetTerms);

    default Alignment align(List<Segment> source, List<Segment> target) {
        return align(source, target, List.of(), List.of());
    }
}

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

    /**
     * The model this aligner fits to a document pair, to score beads a person drew over it; the arguments are
     * those of {@link #align(List, List, List, List)}.
     *
     * @throws UnsupportedOperationException when the aligner has no such model
     */
    default BeadModel model(List<Segment> source, List<Segment> target,
                            List<List<TermHit>> sourceTerms, List<List<TermHit>> targetTerms) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot score beads it did not draw");
    }
}

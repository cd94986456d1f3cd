package org.hamgam.model;

import java.util.List;
import java.util.Objects;

/**
 * A term proposed for a glossary, for a terminologist to review.
 *
 * @param source    the Persian term, as most often written (normalized, without plural or ezafe endings)
 * @param target    its English translation, empty for monolingual extraction or when none was found
 * @param score     how strongly the candidate reads as a term with that translation, in (0, 1], best 1
 * @param frequency the number of sentence pairs (or texts) the Persian term occurs in
 * @param examples  ids of the pairs where the term occurs with this translation, at most a few, in input order
 * @param known     the term is already in the glossary given to the extractor: shown, not proposed again
 */
public record TermCandidate(String source, String target, double score, int frequency, List<String> examples,
                            boolean known) {
    public TermCandidate {
        Objects.requireNonNull(source, "source");
        target = target == null ? "" : target;
        examples = List.copyOf(examples);
    }
}

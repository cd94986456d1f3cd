package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Span;

/**
 * A splitter that also cuts each sentence at its {@link CandidateBreaks}, for alignment only: a piece that turns
 * out to have no counterpart of its own is joined again by the aligner, one that does is aligned on its own.
 */
final class CandidateSplitter implements SentenceSplitter {
    private final SentenceSplitter sentences;
    private final CandidateBreaks breaks;

    CandidateSplitter(SentenceSplitter sentences, CandidateBreaks breaks) {
        this.sentences = sentences;
        this.breaks = breaks;
    }

    @Override
    public List<Span> split(String paragraph) {
        List<Span> out = new ArrayList<>();
        for (Span sentence : sentences.split(paragraph)) {
            int start = sentence.start();
            for (int offset : breaks.in(sentence.of(paragraph))) {
                BoundaryRules.addTrimmed(paragraph, start, sentence.start() + offset, out);
                start = sentence.start() + offset;
            }
            BoundaryRules.addTrimmed(paragraph, start, sentence.end(), out);
        }
        return out;
    }
}

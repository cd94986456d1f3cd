package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Span;

/**
 * A splitter that also cuts each sentence at its {@link CandidateBreaks}, and in a paragraph that runs its sentences
 * together at its {@link RunOnBreaks}, for alignment only: a piece that turns
 * out to have no counterpart of its own is joined again by the aligner, one that does is aligned on its own.
 */
final class CandidateSplitter implements SentenceSplitter {
    private final SentenceSplitter sentences;
    private final CandidateBreaks breaks;
    private final RunOnBreaks runOn;

    CandidateSplitter(SentenceSplitter sentences, CandidateBreaks breaks, RunOnBreaks runOn) {
        this.sentences = sentences;
        this.breaks = breaks;
        this.runOn = runOn;
    }

    @Override
    public List<Span> split(String paragraph) {
        List<Span> out = new ArrayList<>();
        boolean runsOn = runOn.runsOn(paragraph);
        for (Span sentence : sentences.split(paragraph)) {
            int start = sentence.start();
            List<Integer> offsets = new ArrayList<>(breaks.in(sentence.of(paragraph)));
            if (runsOn) {
                offsets.addAll(runOn.in(sentence.of(paragraph)));
                offsets.sort(null);
            }
            for (int offset : offsets) {
                BoundaryRules.addTrimmed(paragraph, start, sentence.start() + offset, out);
                start = sentence.start() + offset;
            }
            BoundaryRules.addTrimmed(paragraph, start, sentence.end(), out);
        }
        return out;
    }
}

package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hamgam.model.Span;
import org.hamgam.text.NormalizedText;

/** Splits the normalized form of a paragraph and reports the sentences as spans of the paragraph as written. */
final class NormalizingSplitter implements SentenceSplitter {
    private final Function<String, NormalizedText> normalizer;
    private final SentenceSplitter inner;

    NormalizingSplitter(Function<String, NormalizedText> normalizer, SentenceSplitter inner) {
        this.normalizer = normalizer;
        this.inner = inner;
    }

    @Override
    public List<Span> split(String paragraph) {
        NormalizedText normalized = normalizer.apply(paragraph);
        List<Span> sentences = inner.split(normalized.text());
        List<Span> out = new ArrayList<>();
        if (sentences.isEmpty()) {
            // Nothing but characters the normalizer drops (a lone ZWNJ, bidi marks): still a span, never lost.
            BoundaryRules.addTrimmed(paragraph, 0, paragraph.length(), out);
            return out;
        }
        int cut = 0;
        for (int end : BoundaryRules.sentenceCuts(normalized, sentences, paragraph.length())) {
            BoundaryRules.addTrimmed(paragraph, cut, end, out);
            cut = end;
        }
        return out;
    }
}

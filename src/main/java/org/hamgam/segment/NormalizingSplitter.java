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
        List<Span> out = new ArrayList<>();
        for (Span span : inner.split(normalized.text())) {
            Span original = normalized.toOriginal(span);
            BoundaryRules.addTrimmed(paragraph, original.start(), original.end(), out);
        }
        return out;
    }
}

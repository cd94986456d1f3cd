package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Span;

/**
 * A splitter for languages without a model: every run of end marks followed by whitespace proposes a break, and
 * {@link BoundaryRules} keeps the acceptable ones.
 */
final class RuleSplitter implements SentenceSplitter {
    private final BoundaryRules rules;

    RuleSplitter(BoundaryRules rules) {
        this.rules = rules;
    }

    @Override
    public List<Span> split(String paragraph) {
        List<Integer> proposals = new ArrayList<>();
        for (int mark : BoundaryRules.candidates(paragraph)) {
            proposals.add(mark + 1);
        }
        return rules.apply(paragraph, proposals);
    }
}

package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Span;

/**
 * A splitter without a model: every run of end marks followed by whitespace proposes a break, an {@link EndJudge}
 * may withdraw some, and {@link BoundaryRules} keeps the acceptable ones.
 */
final class RuleSplitter implements SentenceSplitter {
    private final BoundaryRules rules;
    private final EndJudge judge;

    RuleSplitter(BoundaryRules rules) {
        this(rules, EndJudge.MODEL_DECIDES);
    }

    /** @param judge its {@code KEEP} withdraws a candidate; whatever it leaves open becomes a break */
    RuleSplitter(BoundaryRules rules, EndJudge judge) {
        this.rules = rules;
        this.judge = judge;
    }

    @Override
    public List<Span> split(String paragraph) {
        List<Integer> proposals = new ArrayList<>();
        for (int mark : BoundaryRules.candidates(paragraph)) {
            int end = rules.acceptedEnd(paragraph, mark + 1);
            if (end < 0 || judge.judge(paragraph, mark, end) != EndJudge.Verdict.KEEP) {
                proposals.add(mark + 1);
            }
        }
        return rules.apply(paragraph, proposals);
    }
}

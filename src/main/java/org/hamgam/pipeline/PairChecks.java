package org.hamgam.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.TermMatcher;
import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.qa.QaRunner;
import org.hamgam.qa.TermAlternatives;

/** Checks source/target pairs read from a file ({@code hamgam qa}): glossary hits found, then the QA checks run. */
public final class PairChecks {
    private PairChecks() {
    }

    /**
     * The findings on {@code pairs}.
     *
     * @param grammar   whether LanguageTool's spelling and grammar checks run
     * @param userWords words the English speller must accept
     * @param english   {@code en-US} or {@code en-GB} to hold the targets to one English, or null for either
     */
    public static List<Issue> check(List<QaPair> pairs, Glossary glossary, boolean grammar, Set<String> userWords,
                                    String english) {
        TermMatcher matcher = new TermMatcher(glossary);
        TermAlternatives alternatives = new TermAlternatives(glossary);
        List<QaPair> withTerms = new ArrayList<>(pairs.size());
        for (QaPair p : pairs) {
            withTerms.add(new QaPair(p.id(), p.source(), p.target(), alternatives.expand(matcher.find(p.source())),
                    matcher.findTarget(p.target())));
        }
        QaRunner runner = grammar ? QaRunner.standard(Stages.spellingExceptions(glossary), userWords, english)
                : QaRunner.withoutLanguageTool();
        return runner.run(withTerms);
    }
}

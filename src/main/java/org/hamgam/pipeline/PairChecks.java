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
        return checkEach(java.util.Map.of("", pairs), glossary, grammar, userWords, english).get("");
    }

    /**
     * The findings on each document's pairs, checked apart (a segment id names a segment within its document), with
     * one set of checks for all.
     */
    public static java.util.Map<String, List<Issue>> checkEach(java.util.Map<String, List<QaPair>> documents,
                                                               Glossary glossary, boolean grammar,
                                                               Set<String> userWords, String english) {
        TermMatcher matcher = new TermMatcher(glossary);
        TermAlternatives alternatives = new TermAlternatives(glossary);
        QaRunner runner = grammar ? QaRunner.standard(Stages.spellingExceptions(glossary), userWords, english)
                : QaRunner.withoutLanguageTool();
        java.util.Map<String, List<Issue>> found = new java.util.LinkedHashMap<>();
        for (java.util.Map.Entry<String, List<QaPair>> doc : documents.entrySet()) {
            List<QaPair> withTerms = new ArrayList<>(doc.getValue().size());
            for (QaPair p : doc.getValue()) {
                withTerms.add(new QaPair(p.id(), p.source(), p.target(), alternatives.expand(matcher.find(p.source())),
                        matcher.findTarget(p.target())));
            }
            found.put(doc.getKey(), runner.run(withTerms));
        }
        return found;
    }
}

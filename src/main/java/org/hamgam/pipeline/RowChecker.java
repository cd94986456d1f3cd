package org.hamgam.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.TermMatcher;
import org.hamgam.model.Issue;
import org.hamgam.model.Row;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.qa.QaRunner;
import org.hamgam.qa.TermAlternatives;

/**
 * Checks rows again after a person changed them, with the same checks and glossary as {@code run}. The fast checks
 * see the whole document, because some of them (consistency) compare rows with each other; LanguageTool, when
 * asked for, sees only the changed rows, since it takes a noticeable time a pair.
 */
public final class RowChecker {
    /** The finding on Persian a reviewer accepted as having no English. */
    public static final String NO_COUNTERPART = "no-counterpart";

    private final TermMatcher matcher;
    private final TermAlternatives alternatives;
    private final QaRunner fast;
    private final QaRunner full;

    private RowChecker(Glossary glossary, boolean grammar) {
        this.matcher = new TermMatcher(glossary);
        this.alternatives = new TermAlternatives(glossary);
        this.fast = QaRunner.withoutLanguageTool();
        this.full = grammar ? QaRunner.standard(Stages.spellingExceptions(glossary)) : null;
    }

    /** @param grammar whether LanguageTool checks spelling and grammar too */
    public static RowChecker of(Glossary glossary, boolean grammar) {
        return new RowChecker(glossary, grammar);
    }

    /**
     * The findings on the rows whose ids are in {@code changed}, by row id. As in {@code run}, rows without Persian
     * are not checked, nor rows without a target in a document that was drafted rather than aligned.
     */
    public Map<String, List<Issue>> check(List<Row> rows, boolean aligned, Set<String> changed) {
        List<QaPair> all = rows.stream()
                .filter(r -> !r.source().isEmpty() && (aligned || !r.targetText().isEmpty()))
                .map(this::pair).toList();
        List<Issue> found = new ArrayList<>(fast.run(all).stream().filter(i -> changed.contains(i.segment())).toList());
        if (full != null) {
            List<QaPair> some = all.stream().filter(p -> changed.contains(p.id())).toList();
            full.run(some).stream().filter(i -> !QaRunner.FAST_CODES.contains(i.code())).forEach(found::add);
        }
        Map<String, List<Issue>> bySegment = found.stream().collect(Collectors.groupingBy(Issue::segment));
        changed.forEach(id -> bySegment.putIfAbsent(id, List.of()));
        return bySegment;
    }

    /**
     * A row's findings as its reviewer's decision leaves them. Persian accepted with no English is the reviewer's
     * word that it has no counterpart (web boilerplate, a sentence the translator left out on purpose): what the
     * checks say about the missing English becomes one piece of information. Any other row keeps its findings.
     */
    public static List<Issue> settled(Row row) {
        if (!row.review().accepted() || row.source().isEmpty() || !row.targetText().isEmpty()) {
            return row.issues();
        }
        return withoutCounterpart(row.issues(), row.id(), row.review().reviewer());
    }

    /**
     * The findings of a document once the pair {@code id}, Persian without English, is accepted by
     * {@code reviewer} as having no counterpart: that pair's warnings and errors give way to one
     * {@value #NO_COUNTERPART} information; the other pairs' findings stay as they are.
     */
    public static List<Issue> withoutCounterpart(List<Issue> issues, String id, String reviewer) {
        List<Issue> kept = new ArrayList<>(issues.stream()
                .filter(i -> !i.segment().equals(id) || i.severity() == Severity.INFO).toList());
        kept.add(new Issue(NO_COUNTERPART, Severity.INFO, id, -1, -1, "No English: accepted by "
                + (reviewer.isEmpty() ? "the reviewer" : reviewer) + " as having no counterpart.", ""));
        return kept;
    }

    private QaPair pair(Row row) {
        return new QaPair(row.id(), row.sourceOriginal(), row.targetText(), alternatives.expand(row.terms()),
                matcher.findTarget(row.targetText()));
    }
}

package org.hamgam.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;

/**
 * Runs a set of checks over the pairs of a document (or a run) and returns their findings in a deterministic
 * order: by pair, then offset, then code. {@link #standard} includes LanguageTool, which starts on first use;
 * {@link #withoutLanguageTool} runs the fast checks only.
 */
public final class QaRunner {
    /** The codes of the fast checks, in the order they run. */
    public static final List<String> FAST_CODES = List.of(TerminologyCheck.CODE, NumberCheck.CODE,
            UntranslatedCheck.CODE, SameAsSourceCheck.CODE, LengthCheck.CODE, OmissionCheck.CODE,
            InconsistentCheck.CODE, PunctuationCheck.CODE, WhitespaceCheck.CODE, SpaceBeforePeriodCheck.CODE,
            DateCheck.CODE, MoneyCheck.CODE, NearMissCheck.CODE, PlaceholderCheck.CODE, DoubledWordCheck.CODE);

    private final List<Check> checks;

    private QaRunner(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * All checks: the fast ones, LanguageTool spelling and grammar on the English targets, and LanguageTool's
     * Persian rules on the sources ({@code source-*}).
     *
     * @param spellingExceptions words and phrases the speller must accept: the glossary's English terms, names
     */
    public static QaRunner standard(Set<String> spellingExceptions) {
        return standard(spellingExceptions, Set.of());
    }

    /**
     * All checks, as {@link #standard(Set)}, with a user word list: words the speller accepts in any case and
     * with a plural or possessive ending (a house list of drug names, places, jargon; a Hunspell dictionary's
     * words without their affix flags).
     *
     * @param spellingExceptions words and phrases the speller must accept: the glossary's English terms, names
     * @param userWords          single words the speller must accept, however many
     */
    public static QaRunner standard(Set<String> spellingExceptions, Set<String> userWords) {
        return standard(spellingExceptions, userWords, null);
    }

    /**
     * All checks, as {@link #standard(Set, Set)}, for one English variant: {@code en-US} or {@code en-GB} makes the
     * other variant's spellings warnings; null accepts both.
     */
    public static QaRunner standard(Set<String> spellingExceptions, Set<String> userWords, String englishVariant) {
        List<Check> all = new ArrayList<>(fastChecks());
        LanguageToolChecks lt = new LanguageToolChecks(spellingExceptions, userWords, englishVariant);
        all.add(lt.spelling());
        all.add(lt.grammar());
        all.add(lt.source());
        return new QaRunner(all);
    }

    /** The fast checks only, no LanguageTool. */
    public static QaRunner withoutLanguageTool() {
        return new QaRunner(fastChecks());
    }

    /** A runner over the given checks. */
    public static QaRunner of(List<Check> checks) {
        return new QaRunner(checks);
    }

    /** The runner's checks, in the order they run. */
    public List<Check> checks() {
        return checks;
    }

    /** The findings of every check on {@code pairs}, sorted by pair order, then offset, then code. */
    public List<Issue> run(List<QaPair> pairs) {
        List<Issue> issues = new ArrayList<>();
        for (Check check : checks) {
            issues.addAll(check.check(pairs));
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            order.putIfAbsent(pairs.get(i).id(), i);
        }
        issues.sort(Comparator.<Issue>comparingInt(i -> order.getOrDefault(i.segment(), Integer.MAX_VALUE))
                .thenComparing(Issue::segment)
                .thenComparingInt(i -> i.code().startsWith(LanguageToolChecks.SOURCE_PREFIX) ? 1 : 0)
                .thenComparingInt(Issue::start)
                .thenComparing(Issue::code)
                .thenComparingInt(Issue::end)
                .thenComparing(Issue::message)
                .thenComparing(Issue::suggestion));
        return List.copyOf(issues);
    }

    private static List<Check> fastChecks() {
        DateCheck dates = new DateCheck();
        return List.of(new TerminologyCheck(), new NumberCheck(dates), new UntranslatedCheck(),
                new SameAsSourceCheck(), new LengthCheck(), new OmissionCheck(), new InconsistentCheck(), new PunctuationCheck(),
                new WhitespaceCheck(), new SpaceBeforePeriodCheck(), dates, new MoneyCheck(),
                new NearMissCheck(), new PlaceholderCheck(), new DoubledWordCheck());
    }
}

package org.hamgam.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hamgam.model.Issue;
import org.hamgam.model.Severity;
import org.hamgam.model.TermHit;
import org.languagetool.rules.Categories;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool on both sides: {@code spelling} and {@code grammar} on the English targets (en-US), split by rule
 * category, and {@code source-*} findings from the Persian rules on the sources, which describe the source and
 * never count as translation errors. The English side runs once per set of pairs and serves both codes.
 *
 * <p>The speller does not know names and jargon, so its findings are graded: glossary terms, codes and acronyms
 * (HCoV-229E, IgG), Latin words copied from the source and the words of a user's list are accepted; capitalised
 * words (names), British spellings, words whose only fault is case, unknown words that recur in several pairs (a
 * document's own vocabulary) and words no known word is one edit away from (a term the dictionary lacks, not a
 * slip of the keyboard) are info; the rest, likely typos, are warnings. Grammar, doubled words and wrong word forms
 * (a/an, its/it's) are warnings; style and typography advice, advice on writing compounds open or closed (a matter
 * of house style) and multi-word spelling rules (which mostly question names) are info. On the source, spacing,
 * typography and LanguageTool's list of older spellings with a standard form are info.
 */
final class LanguageToolChecks {
    static final String SPELLING = "spelling";
    static final String GRAMMAR = "grammar";
    static final String SOURCE_PREFIX = "source-";

    /** Rules another check covers already, or that misfire on segments cut out of running text. */
    private static final Set<String> EN_DISABLED = Set.of("WHITESPACE_RULE", "CONSECUTIVE_SPACES",
            "UPPERCASE_SENTENCE_START", "EN_QUOTES", "DASH_RULE", "PUNCTUATION_PARAGRAPH_END",
            "SENTENCE_WHITESPACE", "COMMA_PARENTHESIS_WHITESPACE");
    private static final Set<String> FA_DISABLED = Set.of("TOO_LONG_SENTENCE");
    private static final Set<ITSIssueType> SOURCE_HINT_TYPES = Set.of(ITSIssueType.Whitespace,
            ITSIssueType.Typographical, ITSIssueType.Characters, ITSIssueType.Style);
    /** LanguageTool's Persian list of common spellings and their standard forms. */
    private static final String FA_SPELLING_VARIANTS = "FA_SIMPLE_REPLACE";
    /** The speller's first suggestions, where the word it was meant to be stands if it was a slip. */
    private static final int MAX_SUGGESTIONS = 5;

    private final Set<String> exceptions;
    private final LanguageToolPool english;
    private final LanguageToolPool persian;
    private final ThreadLocal<Memo> memo = new ThreadLocal<>();

    private record Memo(List<QaPair> pairs, List<Issue> issues) {
    }

    /** With a user word list: single words accepted in any case, as the glossary's terms are. */
    LanguageToolChecks(Set<String> spellingExceptions, Set<String> userWords) {
        this.exceptions = new HashSet<>();
        Set<String> all = new HashSet<>(spellingExceptions);
        all.addAll(userWords);
        for (String e : all) {
            exceptions.add(e.strip().toLowerCase(Locale.ROOT));
        }
        this.english = new LanguageToolPool("en-US", EN_DISABLED, all);
        this.persian = new LanguageToolPool("fa", FA_DISABLED, Set.of());
    }

    Check spelling() {
        return new Filtered(SPELLING);
    }

    Check grammar() {
        return new Filtered(GRAMMAR);
    }

    Check source() {
        return new Check() {
            @Override
            public String code() {
                return SOURCE_PREFIX + "*";
            }

            @Override
            public List<Issue> check(List<QaPair> pairs) {
                return sourceIssues(pairs);
            }
        };
    }

    private final class Filtered implements Check {
        private final String code;

        Filtered(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public List<Issue> check(List<QaPair> pairs) {
            List<Issue> out = new ArrayList<>();
            for (Issue issue : targetIssues(pairs)) {
                if (issue.code().equals(code)) {
                    out.add(issue);
                }
            }
            return out;
        }
    }

    private List<Issue> targetIssues(List<QaPair> pairs) {
        Memo last = memo.get();
        if (last != null && last.pairs() == pairs) {
            return last.issues();
        }
        List<String> targets = new ArrayList<>(pairs.size());
        for (QaPair p : pairs) {
            targets.add(p.target());
        }
        List<List<RuleMatch>> matches = english.check(targets);
        // Unknown words met in several pairs are the document's vocabulary (drug names, jargon), not typos.
        Map<String, Integer> unknownIn = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            Set<String> seen = new HashSet<>();
            for (RuleMatch m : matches.get(i)) {
                if (isSpelling(m.getRule())) {
                    String word = pairs.get(i).target().substring(m.getFromPos(), m.getToPos());
                    if (seen.add(word)) {
                        unknownIn.merge(word, 1, Integer::sum);
                    }
                }
            }
        }
        List<Issue> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            QaPair pair = pairs.get(i);
            Set<String> names = termWords(pair);
            for (RuleMatch m : matches.get(i)) {
                String covered = pair.target().substring(m.getFromPos(), m.getToPos());
                if (!isSpelling(m.getRule())) {
                    Severity severity = isError(m.getRule()) ? Severity.WARNING : Severity.INFO;
                    out.add(issue(GRAMMAR, severity, pair.id(), m));
                    continue;
                }
                if (isException(covered, names) || isCode(covered) || pair.source().contains(covered)) {
                    continue;
                }
                List<String> suggested = m.getSuggestedReplacements();
                boolean typo = isOneEditAway(covered, suggested);
                // LanguageTool's en-US speller names British spellings in its message.
                boolean british = isBritish(covered, suggested) || m.getMessage().contains("British English");
                Severity severity = Character.isUpperCase(covered.charAt(0)) || unknownIn.get(covered) > 1
                        || british || onlyCase(covered, suggested) || !typo ? Severity.INFO : Severity.WARNING;
                Issue issue = issue(SPELLING, severity, pair.id(), m);
                if (!typo) {
                    issue = new Issue(issue.code(), issue.severity(), issue.segment(), issue.start(), issue.end(),
                            issue.message() + " No known word is one letter away: a term the dictionary lacks?",
                            issue.suggestion());
                }
                out.add(issue);
            }
        }
        memo.set(new Memo(pairs, out));
        return out;
    }

    private List<Issue> sourceIssues(List<QaPair> pairs) {
        List<String> sources = new ArrayList<>(pairs.size());
        for (QaPair p : pairs) {
            sources.add(p.source());
        }
        List<List<RuleMatch>> matches;
        try {
            matches = persian.check(sources);
        } catch (RuntimeException | LinkageError e) {
            // Persian rules are a courtesy: without them the translation checks still stand.
            return List.of();
        }
        List<Issue> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            for (RuleMatch m : matches.get(i)) {
                Rule rule = m.getRule();
                String category = rule.getCategory().getId().toString().toLowerCase(Locale.ROOT).replace('_', '-');
                out.add(issue(SOURCE_PREFIX + category, sourceSeverity(rule), pairs.get(i).id(), m));
            }
        }
        return out;
    }

    /**
     * Spacing, typography, style advice, invisible or redundant marks (a ZWNJ after و in حمل‌و‌نقل changes nothing
     * on screen) and the standard spelling of a variant the source writes in a common older form (موثر for مؤثر,
     * بطور for به‌طور, as LanguageTool's replacement list gives them) are hints about the source; the rest, such as
     * a doubled word, are warnings.
     */
    static Severity sourceSeverity(Rule rule) {
        boolean hint = SOURCE_HINT_TYPES.contains(rule.getLocQualityIssueType())
                || FA_SPELLING_VARIANTS.equals(rule.getId());
        return hint ? Severity.INFO : Severity.WARNING;
    }

    /**
     * Grammar, a doubled word and a wrong word form (a/an, its/it's) are errors a reviewer must see; style,
     * typography, register and compounding advice are hints.
     */
    static boolean isError(Rule rule) {
        return switch (rule.getLocQualityIssueType()) {
            // Multi-word spelling rules mostly question names (a person, a company) the dictionary lacks.
            case Grammar, Duplication, Misspelling -> !isCompounding(rule)
                    && !rule.getId().startsWith("EN_MULTITOKEN_SPELLING");
            default -> false;
        };
    }

    /**
     * Whether the rule is about writing a compound open, hyphenated or closed (hand washing / handwashing): house
     * style and dictionaries disagree on these, so they are advice, not errors.
     */
    private static boolean isCompounding(Rule rule) {
        // English files some compound rules under grammar; their ids name them (HAND_COMPOUNDS,
        // EN_COMPOUNDS_ANTIBODY_POSITIVE).
        return Categories.COMPOUNDING.getId().equals(rule.getCategory().getId()) || rule.getId().contains("_COMPOUNDS");
    }

    private static Issue issue(String code, Severity severity, String segment, RuleMatch m) {
        List<String> suggestions = m.getSuggestedReplacements();
        String message = m.getMessage().replaceAll("</?suggestion>", "\"");
        return new Issue(code, severity, segment, m.getFromPos(), m.getToPos(),
                message + " [" + m.getRule().getId() + "]", suggestions.isEmpty() ? "" : suggestions.get(0));
    }

    /** A token with a digit or a capital after its first letter: a code or acronym (HCoV-229E, IgG, LabCorp). */
    static boolean isCode(String token) {
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (Character.isDigit(c) || (k > 0 && Character.isUpperCase(c))) {
                return true;
            }
        }
        return false;
    }

    /** A British spelling whose American form the speller suggests (behaviour, centre, organisation). */
    static boolean isBritish(String word, List<String> suggestions) {
        if (suggestions.isEmpty()) {
            return false;
        }
        String us = word.toLowerCase(Locale.ROOT);
        String suggested = suggestions.get(0).toLowerCase(Locale.ROOT);
        String[][] pairs = {{"our", "or"}, {"tre", "ter"}, {"tres", "ters"}, {"ise", "ize"}, {"isa", "iza"},
            {"yse", "yze"}, {"ae", "e"}, {"oe", "e"}, {"mme", "m"}, {"ll", "l"}, {"ence", "ense"}};
        for (String[] p : pairs) {
            int at = us.indexOf(p[0]);
            while (at >= 0) {
                String candidate = us.substring(0, at) + p[1] + us.substring(at + p[0].length());
                if (candidate.equals(suggested)) {
                    return true;
                }
                at = us.indexOf(p[0], at + 1);
            }
        }
        return false;
    }

    /**
     * Whether a suggestion is one edit from {@code word} (a letter left out, added, changed, or two swapped), up to
     * case: the shape of most typing slips. A word the dictionary lacks (a drug, an anatomical term) is usually
     * farther from every word it knows.
     */
    static boolean isOneEditAway(String word, List<String> suggestions) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.min(suggestions.size(), MAX_SUGGESTIONS);
        for (int i = 0; i < limit; i++) {
            if (oneEdit(w, suggestions.get(i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first suggestion is the word itself in other case (mary, nm): a matter of case, not a slip. */
    static boolean onlyCase(String word, List<String> suggestions) {
        return !suggestions.isEmpty() && suggestions.get(0).equalsIgnoreCase(word);
    }

    /** Whether {@code a} and {@code b} differ by one insertion, deletion, substitution or adjacent swap. */
    static boolean oneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            // One substitution, or two neighbours swapped.
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }

    private static boolean isSpelling(Rule rule) {
        return rule.isDictionaryBasedSpellingRule() || Categories.TYPOS.getId().equals(rule.getCategory().getId());
    }

    private boolean isException(String covered, Set<String> names) {
        String lower = covered.strip().toLowerCase(Locale.ROOT);
        String bare = lower.replaceAll("(['\u2019]s|s['\u2019]?|['\u2019])$", "");
        return exceptions.contains(lower) || names.contains(lower) || exceptions.contains(bare)
                || names.contains(bare);
    }

    /** The words of the glossary terms found in the target: names the speller need not know. */
    private static Set<String> termWords(QaPair pair) {
        if (pair.targetTerms().isEmpty() && pair.sourceTerms().isEmpty()) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        for (TermHit hit : pair.targetTerms()) {
            addWords(hit.surface(), words);
            addWords(hit.target(), words);
        }
        for (TermHit hit : pair.sourceTerms()) {
            addWords(hit.target(), words);
        }
        return words;
    }

    private static void addWords(String text, Set<String> words) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        words.add(lower);
        for (String w : lower.split("[\\s\\-\u2010\u2011]+")) {
            words.add(w);
            if (w.endsWith("s") || w.endsWith("'s")) {
                words.add(w.replaceAll("'?s$", ""));
            }
        }
    }
}

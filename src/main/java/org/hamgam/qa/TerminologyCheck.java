package org.hamgam.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.hamgam.model.Issue;
import org.hamgam.model.Severity;
import org.hamgam.model.TermHit;

/**
 * A glossary term found in the source whose translation is missing from the target. The term counts as
 * translated when the glossary matcher found its English side in the target (same term, or another term with the
 * same English), when the target holds the English term with an inflection or a glued-on ending
 * ({@link EnglishTermFinder}), or when the target's words have the same stems as the term's words, in order
 * ({@link StemmedText}: virus/viral, immunity/immune, ventilator/ventilation).
 *
 * <p>Severity follows how much a missing term says. A name (a capital letter or a digit: Kyiv, Shahed-136) or a
 * term of several words is a fixed expression: its absence is likely a real deviation, a {@code warning}. A single
 * common word has many faithful renderings (a synonym, a pronoun, a clause turned round), so its absence is weak
 * evidence of an error and is reported as {@code info}; a reviewer enforcing a strict house glossary can still
 * see every such finding.
 */
final class TerminologyCheck extends PairCheck {
    static final String CODE = "terminology";

    private static final Pattern ALTERNATIVES = Pattern.compile("\\s*[/;|]\\s*");

    private final EnglishTermFinder finder = new EnglishTermFinder();
    /** Each glossary translation's alternatives as word stems, shared between threads. */
    private final Map<String, List<List<String>>> stems = new ConcurrentHashMap<>();

    @Override
    public String code() {
        return CODE;
    }

    @Override
    void check(QaPair pair, List<Issue> out) {
        if (pair.sourceTerms().isEmpty() || Chars.isBlank(pair.target())) {
            return;
        }
        Set<String> found = pair.targetTerms().isEmpty() ? Set.of() : new HashSet<>();
        String lowerTarget = pair.target().toLowerCase(Locale.ROOT);
        for (TermHit hit : pair.targetTerms()) {
            found.add(hit.termId());
            found.add(lower(hit.target()));
            found.add(lower(hit.source()));
        }
        // Hits of the same Persian term are alternatives: a glossary may give several translations of one term.
        Map<String, List<TermHit>> byTerm = new LinkedHashMap<>();
        for (TermHit hit : pair.sourceTerms()) {
            if (!hit.target().isBlank()) {
                byTerm.computeIfAbsent(hit.source().strip(), k -> new ArrayList<>(2)).add(hit);
            }
        }
        StemmedText[] stemmed = new StemmedText[1];
        for (List<TermHit> alternatives : byTerm.values()) {
            if (!translated(alternatives, found, pair.target(), lowerTarget)
                    && !stemsPresent(alternatives, pair.target(), lowerTarget, stemmed)) {
                TermHit first = alternatives.get(0);
                StringBuilder wanted = new StringBuilder();
                for (TermHit hit : alternatives) {
                    String english = hit.target().strip();
                    if (wanted.indexOf("\"" + english + "\"") < 0) {
                        wanted.append(wanted.isEmpty() ? "" : " or ").append('"').append(english).append('"');
                    }
                }
                out.add(new Issue(CODE, severity(alternatives), pair.id(), -1, -1,
                        "The term \"" + first.surface() + "\" should be translated as " + wanted + ".",
                        first.target().strip()));
            }
        }
    }

    private boolean translated(List<TermHit> alternatives, Set<String> found, String target, String lowerTarget) {
        for (TermHit hit : alternatives) {
            String english = hit.target().strip();
            if (found.contains(hit.termId()) || found.contains(lower(english))
                    || finder.contains(target, lowerTarget, english)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the target has every word of one alternative with the same stem, in order; stems computed once. */
    private boolean stemsPresent(List<TermHit> alternatives, String target, String lowerTarget,
            StemmedText[] stemmed) {
        for (TermHit hit : alternatives) {
            for (List<String> term : stems.computeIfAbsent(hit.target().strip(), TerminologyCheck::termStems)) {
                // Every stem is a prefix of its word: a stem absent from the text rules the term out cheaply.
                if (!lowerTarget.contains(term.get(0)) || !lowerTarget.contains(term.get(term.size() - 1))) {
                    continue;
                }
                if (stemmed[0] == null) {
                    stemmed[0] = StemmedText.of(target);
                }
                if (stemmed[0].contains(term)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<List<String>> termStems(String english) {
        List<List<String>> out = new ArrayList<>();
        for (String alt : ALTERNATIVES.split(english)) {
            List<String> term = StemmedText.termStems(alt);
            if (!term.isEmpty()) {
                out.add(term);
            }
        }
        return out;
    }

    /** Warning for a name or a term of several words, info for a single common word (see the class comment). */
    static Severity severity(List<TermHit> alternatives) {
        for (TermHit hit : alternatives) {
            String english = hit.target().strip();
            boolean severalWords = StemmedText.termStems(english).size() > 1;
            boolean name = !english.equals(english.toLowerCase(Locale.ROOT)) || english.chars().anyMatch(Character::isDigit);
            if (severalWords || name) {
                return Severity.WARNING;
            }
        }
        return Severity.INFO;
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}

package org.hamgam.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hamgam.model.Issue;
import org.hamgam.model.Severity;
import org.hamgam.model.TermHit;

/**
 * A glossary term found in the source whose translation is missing from the target. The term counts as
 * translated when the glossary matcher found its English side in the target (same term, or another term with the
 * same English), or when the target holds the English term in an inflected or derived form.
 */
final class TerminologyCheck extends PairCheck {
    static final String CODE = "terminology";

    private final EnglishTermFinder finder = new EnglishTermFinder();

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
        for (List<TermHit> alternatives : byTerm.values()) {
            if (!translated(alternatives, found, pair.target(), lowerTarget)) {
                TermHit first = alternatives.get(0);
                StringBuilder wanted = new StringBuilder();
                for (TermHit hit : alternatives) {
                    String english = hit.target().strip();
                    if (wanted.indexOf("\"" + english + "\"") < 0) {
                        wanted.append(wanted.isEmpty() ? "" : " or ").append('"').append(english).append('"');
                    }
                }
                out.add(new Issue(CODE, Severity.WARNING, pair.id(), -1, -1,
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

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}

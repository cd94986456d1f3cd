package org.hamgam.qa;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
        Set<String> found = new HashSet<>();
        for (TermHit hit : pair.targetTerms()) {
            found.add(hit.termId());
            found.add(lower(hit.target()));
            found.add(lower(hit.source()));
        }
        Set<String> reported = new HashSet<>();
        for (TermHit hit : pair.sourceTerms()) {
            String english = hit.target().strip();
            if (english.isEmpty() || found.contains(hit.termId()) || found.contains(lower(english))
                    || reported.contains(hit.termId())) {
                continue;
            }
            if (finder.contains(pair.target(), english)) {
                found.add(hit.termId());
                continue;
            }
            reported.add(hit.termId());
            out.add(new Issue(CODE, Severity.WARNING, pair.id(), -1, -1,
                    "The term \"" + hit.surface() + "\" should be translated as \"" + english + "\".", english));
        }
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}

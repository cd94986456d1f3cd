package org.hamgam.glossary;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tells a free combination of a named term with a generic word (بیمار کووید-19: COVID-19 patient, ویروس SARS-CoV-2:
 * SARS-CoV-2 virus, آزمایش RT-PCR: RT-PCR test) from a term of its own. Such a phrase holds a name (Latin script, or
 * a word with a digit) that is a candidate in its own right, its English holds that name's
 * English, and the name stands alone far more often than in the phrase: the glossary needs the name, and the
 * translator composes the rest. A term built on a name that rarely stands alone (ماسک N95) is kept.
 */
final class FreeCombinations {
    private FreeCombinations() {
    }

    /**
     * Word {@code i} of {@code c} names one thing: Latin script, or a word general Persian does not know whose
     * shown surface holds a digit (کووید-19); an adjective the lexicon lacks (ویروسی) is no name.
     */
    private static boolean isName(Candidate c, int i, Candidate part) {
        return c.latin[i] || part.surface().chars().anyMatch(Character::isDigit);
    }

    /** Whether {@code c}, translated {@code english}, is a name of another candidate with a generic word. */
    static boolean isFree(Candidate c, String english, Map<String, Candidate> candidates,
                          Function<Candidate, Optional<Translation>> translationOf, int nameAloneRatio) {
        if (c.length < 2) {
            return false;
        }
        String target = english.toLowerCase(Locale.ROOT);
        for (int i = 0; i < c.length; i++) {
            if (c.stops[i]) {
                continue;
            }
            Candidate part = candidates.get(c.stems[i]);
            if (part == null || part.df < (long) nameAloneRatio * c.df) {
                continue;
            }
            Optional<Translation> own = translationOf.apply(part);
            if (own.isPresent() && isName(c, i, part) && !own.get().key.equals(target)
                    && target.contains(own.get().key)) {
                return true;
            }
        }
        return false;
    }
}

package org.hamgam.glossary;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Tells a free combination of a term with a generic word (بیمار کووید-19: COVID-19 patient, ویروس SARS-CoV-2:
 * SARS-CoV-2 virus, شیوع کروناویروس: coronavirus outbreak, شهر ووهان: city of Wuhan) from a term of its own. Such a
 * phrase holds a word that is a candidate in its own right and a term, its English holds that word's English, the
 * rest of its English is everyday English, and the word stands alone far more often than in the phrase: the glossary
 * needs the term, and the translator composes the rest. A term built on a name that rarely stands alone (ماسک N95)
 * is kept, and so is one whose other word is no everyday word (سندرم حاد تنفسی).
 *
 * <p>A name (Latin script, or a word with a digit: کووید-19) is a term whatever it is combined with: with an everyday
 * head (آزمایش RT-PCR: RT-PCR test) the phrase is free as soon as the name stands alone in as many pairs as within
 * it, and with any other word when it stands alone in many times more; another word is a term when it is of the domain (see {@code
 * specific}), and stands alone in more pairs still, since a phrase of two domain words (سرفه خشک: dry cough) is more
 * often a term of its own.
 */
final class FreeCombinations {
    private final Map<String, Candidate> candidates;
    private final Function<Candidate, Optional<Translation>> translationOf;
    private final int nameAloneRatio;
    private final int termAloneRatio;
    private final Predicate<Candidate> specific;
    private final Predicate<String> everyday;

    /**
     * @param translationOf  a candidate's translation, if it has one
     * @param nameAloneRatio how many times more pairs a name stands alone in than in the phrase
     * @param termAloneRatio the same, for a word of the domain that is no name
     * @param specific       whether a one-word candidate is a word of the domain
     * @param everyday       whether an English word (lower case) is an everyday word of general English
     */
    FreeCombinations(Map<String, Candidate> candidates, Function<Candidate, Optional<Translation>> translationOf,
                     int nameAloneRatio, int termAloneRatio, Predicate<Candidate> specific,
                     Predicate<String> everyday) {
        this.candidates = candidates;
        this.translationOf = translationOf;
        this.nameAloneRatio = nameAloneRatio;
        this.termAloneRatio = termAloneRatio;
        this.specific = specific;
        this.everyday = everyday;
    }

    /**
     * Word {@code i} of {@code c} names one thing: Latin script, or a word general Persian does not know whose
     * shown surface holds a digit (کووید-19); an adjective the lexicon lacks (ویروسی) is no name.
     */
    private static boolean isName(Candidate c, int i, Candidate part) {
        return c.latin[i] || part.surface().chars().anyMatch(Character::isDigit);
    }

    /** Whether {@code c}, translated {@code english}, is a term of another candidate with a generic word. */
    boolean isFree(Candidate c, String english) {
        if (c.length < 2) {
            return false;
        }
        String target = english.toLowerCase(Locale.ROOT);
        for (int i = 0; i < c.length; i++) {
            if (c.stops[i]) {
                continue;
            }
            Candidate part = candidates.get(c.stems[i]);
            if (part == null) {
                continue;
            }
            Optional<Translation> own = translationOf.apply(part);
            if (own.isEmpty() || own.get().key.equals(target) || !target.contains(own.get().key)) {
                continue;
            }
            boolean generic = genericHead(target, own.get().key);
            if (isName(c, i, part) ? part.df >= (long) nameAloneRatio * c.df || generic && part.df - c.df >= c.df
                    : part.df >= (long) termAloneRatio * c.df && specific.test(part) && generic) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the English outside {@code part} is a head of everyday English words that the term modifies: after it
     * (coronavirus outbreak) or before it with a preposition (spread of the virus, city of Wuhan). An everyday word
     * before the term modifies it instead and makes a kind of it (dry cough), often a term of its own.
     */
    private boolean genericHead(String target, String part) {
        int at = target.indexOf(part);
        String[] before = words(target.substring(0, at));
        String[] after = words(target.substring(at + part.length()));
        if (before.length == 0 && after.length > 0) {
            return allEveryday(after);
        }
        if (after.length == 0 && before.length > 1) {
            String last = before[before.length - 1].equals("the") ? before[before.length - 2] : before[before.length - 1];
            return PREPOSITIONS.contains(last) && allEveryday(before);
        }
        return false;
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "for", "in", "against", "from",
            "with", "by", "on");

    private static String[] words(String s) {
        String t = s.strip();
        return t.isEmpty() ? new String[0] : t.split("[^\\p{L}\\p{N}'-]+");
    }

    /** Whether the content words among {@code words} are all everyday English, and there are some. */
    private boolean allEveryday(String[] words) {
        int content = 0;
        for (String w : words) {
            if (w.isEmpty() || ExtractionLexicon.isEnglishStop(w)) {
                continue;
            }
            if (!everyday.test(w)) {
                return false;
            }
            content++;
        }
        return content > 0;
    }
}

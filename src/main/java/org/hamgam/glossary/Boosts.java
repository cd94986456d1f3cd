package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evidence beyond co-occurrence that an English phrase translates a candidate: names whose letters
 * transliterate, Latin-script terms written the same on both sides, and numbers that agree.
 */
final class Boosts {
    private Boosts() {
    }

    static double of(Candidate c, String english, ExtractionLexicon lexicon, java.util.Set<TermTuning> neutralised) {
        double factor = 1;
        List<String> faNumbers = numbers(c.key);
        faNumbers.addAll(labels(String.join(" ", c.keys)));
        List<String> enNumbers = numbers(english);
        enNumbers.addAll(labels(english));
        if (!faNumbers.isEmpty() || !enNumbers.isEmpty()) {
            factor *= faNumbers.equals(enNumbers) ? TermTuning.NUMBERS_AGREE.in(neutralised)
                    : TermTuning.NUMBERS_DISAGREE.in(neutralised);
        }
        boolean allLatin = true;
        boolean name = false;
        for (int i = 0; i < c.length; i++) {
            allLatin &= c.latin[i];
            if (!c.latin[i] && !c.stops[i] && !lexicon.isKnownWord(c.stems[i]) && !lexicon.isKnownWord(c.keys[i])) {
                name = true;
            }
        }
        if (!allLatin && name) {
            double sim = Transliteration.similarity(String.join(" ", c.stems), english);
            if (sim >= 0.6) {
                factor *= 1 + TermTuning.TRANSLITERATION.in(neutralised) * sim;
            }
        }
        return factor;
    }

    /**
     * The one-letter and Roman-numeral labels of a text's Latin script (the C of C-reactive protein, the I of phase
     * I), in order: a Persian that lacks the label its English has lost a word of the term, or the English took one
     * from a neighbour.
     */
    static List<String> labels(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.toLowerCase(Locale.ROOT).split("[\\s/-]+")) {
            if (part.length() == 1 && part.charAt(0) >= 'b' && part.charAt(0) <= 'z' || ROMAN.contains(part)) {
                out.add(part);
            }
        }
        return out;
    }

    private static final java.util.Set<String> ROMAN = java.util.Set.of("ii", "iii", "iv", "vi", "vii");
    /** Greek letters as English names the kinds of a thing (alpha-, beta-coronavirus), as the letters above do. */
    private static final java.util.Set<String> GREEK = java.util.Set.of("alpha", "beta", "gamma", "delta", "epsilon");

    /**
     * Whether the English is a label alone (beta, III, C): it tells one kind of a thing from the others, and names
     * nothing without the thing.
     */
    static boolean isLabelAlone(String english) {
        String s = english.toLowerCase(Locale.ROOT).strip();
        return GREEK.contains(s) || s.length() == 1 && Character.isLetter(s.charAt(0)) || ROMAN.contains(s);
    }

    /** The digit runs of a folded or English text, in order. */
    static List<String> numbers(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (Character.isDigit(s.charAt(i))) {
                int j = i;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }
}

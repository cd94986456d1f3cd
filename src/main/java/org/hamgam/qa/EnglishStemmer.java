package org.hamgam.qa;

/**
 * A light English suffix stripper in the spirit of Porter's: it maps a word and its inflected and derived forms to
 * one stem, so that virus/viruses/viral, immunity/immune, ventilator/ventilation/ventilated,
 * hospitalize/hospitalisation, transmit/transmission/transmissible and carry/carrier meet. It over-conflates on
 * purpose (the caller only asks whether a term is present in some form) and never leaves a stem shorter than three
 * letters. A stem is always a prefix of its word, so a substring search for it can rule a word out.
 */
final class EnglishStemmer {
    /** Endings, longest first within each family, so that the longest ending that leaves a stem wins. */
    private static final String[] SUFFIXES = {
        "ibilities", "abilities", "isations", "izations", "ibility", "ability", "isation", "ization", "ational",
        "ations", "ation", "ating", "ated", "ates", "ators", "ator", "ities", "ity", "ically", "ical", "atics",
        "atic", "ives", "ive", "ious", "ous", "ibles", "ible", "ables", "able", "ions", "ion", "iness", "ness",
        "ments", "ment", "isms", "ism", "ists", "ist", "izing", "ising", "ized", "ised", "izes", "ises", "ize",
        "ise", "ants", "ant", "ate", "ians", "ian", "ors", "ory", "or", "ers", "er", "ings", "ing", "ied", "ies", "ed", "es",
        "als", "al", "ics", "ic", "ly", "ia", "us", "s", "e", "y"};
    private static final int MIN_STEM = 3;
    /** Endings of inflection, which may stand on a derivation. */
    private static final java.util.Set<String> INFLECTIONS = java.util.Set.of("s", "es", "ies", "ed", "ied", "ing", "ly");

    private EnglishStemmer() {
    }

    /** The stem of {@code word}, which must be in lower case; possessive endings are dropped first. */
    static String stem(String word) {
        String w = word;
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'") || w.endsWith("\u2019")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() <= MIN_STEM || !isLetters(w)) {
            return w;
        }
        // A second round only after an inflection (viruses, vaccines, effectively): two derivations off one word
        // cut into its root (medication, medical: medic, not med).
        String once = strip(w);
        w = INFLECTIONS.contains(w.substring(once.length())) ? strip(once) : once;
        // A y turned i before an ending (carrier, studies) is the y of the plain word (carry, study), dropped.
        if (w.length() > MIN_STEM && w.charAt(w.length() - 1) == 'i') {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        // A doubled final consonant is spelling, not meaning: stopped/stop, transmiss/transmis.
        if (n > MIN_STEM && w.charAt(n - 1) == w.charAt(n - 2) && "aeiou".indexOf(w.charAt(n - 1)) < 0) {
            w = w.substring(0, n - 1);
            n--;
        }
        // Latin -mit/-miss: transmit, transmission, transmissible meet at transmi, a prefix of every form.
        if (n > MIN_STEM && w.startsWith("mi", n - 3) && (w.charAt(n - 1) == 't' || w.charAt(n - 1) == 's')) {
            w = w.substring(0, n - 1);
        }
        return w;
    }

    private static String strip(String w) {
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_STEM) {
                String rest = w.substring(0, w.length() - suffix.length());
                // A plural s never follows s (class, process): that s belongs to the stem.
                if (suffix.equals("s") && rest.endsWith("s")) {
                    continue;
                }
                if (hasVowel(rest)) {
                    return rest;
                }
            }
        }
        return w;
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("aeiouy".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}

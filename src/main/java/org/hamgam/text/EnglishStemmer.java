package org.hamgam.text;

/**
 * A light English suffix stripper in the spirit of Porter's: it maps a word and its inflected and derived forms to
 * one stem, so that virus/viruses/viral, immunity/immune, ventilator/ventilation/ventilated,
 * hospitalize/hospitalisation, transmit/transmission/transmissible and carry/carrier meet. It over-conflates on
 * purpose (the caller only asks whether a term is present in some form) and never leaves a stem shorter than three
 * letters. A stem is always a prefix of its word, so a substring search for it can rule a word out.
 */
public final class EnglishStemmer {
    /** Endings, longest first within each family, so that the longest ending that leaves a stem wins. */
    private static final String[] SUFFIXES = {
        "ibilities", "abilities", "isations", "izations", "ibility", "ability", "isation", "ization", "ational",
        "ations", "ation", "ating", "ated", "ates", "ators", "ator", "ities", "ity", "ically", "ical", "atics",
        "atic", "ives", "ive", "ious", "ous", "ibles", "ible", "ables", "able", "ions", "ion", "iness", "ness",
        "ments", "ment", "isms", "ism", "ists", "ist", "izing", "ising", "ized", "ised", "izes", "ises", "ize",
        "ise", "ants", "ant", "ate", "ians", "ian", "ors", "ory", "or", "ers", "er", "ings", "ing", "ied", "ies", "ed", "es",
        "als", "al", "ics", "ic", "ly", "ia", "us", "s", "e", "y"};
    private static final int MIN_STEM = 3;


    private EnglishStemmer() {
    }

    /** The stem of {@code word}, which must be in lower case; possessive endings are dropped first. */
    public static String stem(String word) {
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
        w = inflection(w, once.length()) ? strip(once) : once;
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

    /** Whether {@code w} from {@code from} on is an ending of inflection, which may stand on a derivation. */
    private static boolean inflection(String w, int from) {
        return switch (w.length() - from) {
            case 1 -> w.charAt(from) == 's';
            case 2 -> w.startsWith("es", from) || w.startsWith("ed", from) || w.startsWith("ly", from);
            case 3 -> w.startsWith("ies", from) || w.startsWith("ied", from) || w.startsWith("ing", from);
            default -> false;
        };
    }

    /** {@link #SUFFIXES} by their last letter, in list order: only those can end a word with that letter. */
    private static final String[][] BY_LAST = new String[26][];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            java.util.List<String> same = new java.util.ArrayList<>();
            for (String suffix : SUFFIXES) {
                if (suffix.charAt(suffix.length() - 1) == c) {
                    same.add(suffix);
                }
            }
            BY_LAST[c - 'a'] = same.toArray(new String[0]);
        }
    }

    private static String strip(String w) {
        // The caller has checked that w holds only the letters a to z.
        for (String suffix : BY_LAST[w.charAt(w.length() - 1) - 'a']) {
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
            switch (s.charAt(i)) {
                case 'a', 'e', 'i', 'o', 'u', 'y' -> {
                    return true;
                }
                default -> {
                }
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

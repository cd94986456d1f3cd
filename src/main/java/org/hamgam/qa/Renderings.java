package org.hamgam.qa;

import org.hamgam.text.EnglishStemmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How two English renderings of one source differ, which decides how much their inconsistency matters. The same
 * letters joined, split or cased otherwise (coronavirus / corona virus, COVID-19 / covid19) is one word spelled two
 * ways: one of them is to be chosen. Renderings that share at least half their words in some form, differ in order,
 * articles or inflection, or give an acronym for its words (outbreak of disease / disease outbreak, regular flu /
 * common flu, WHO / World Health Organization) are usually both right: a translator's choice, a hint. Renderings
 * with less in common may be a mistranslation of one of them and are worth a look: two sentences that say different
 * things often share a word or two of their topic. A compound written open or hyphenated
 * (alcohol based / alcohol-based) is house style.
 */
final class Renderings {
    /** How two renderings differ. */
    enum Difference {
        /** The same letters, spaced, hyphenated or cased otherwise. */
        SPELLING,
        /** Hyphen or space between lower-case words only: house style. */
        HYPHENATION,
        /** At least half the words in common in some form, or an acronym and its words. */
        VARIANT,
        /** Fewer than half the words in common: two sentences that say different things share a word or two. */
        DIFFERENT
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "and", "or", "for", "to",
            "in", "on", "with", "by", "at", "from", "as", "is", "are", "be");
    /** Two words that begin alike this far are forms of one (contagion / contagiousness). */
    private static final int SHARED_PREFIX = 6;

    private Renderings() {
    }

    /** How {@code a} and {@code b}, which differ as texts, differ. */
    static Difference compare(String a, String b) {
        if (squeezed(a).equals(squeezed(b))) {
            return hyphenOnly(a, b) ? Difference.HYPHENATION : Difference.SPELLING;
        }
        if (wordSpelledTwoWays(a, b)) {
            return Difference.SPELLING;
        }
        List<String> wa = contentWords(a);
        List<String> wb = contentWords(b);
        int shared = 0;
        for (String x : wa) {
            if (wb.stream().anyMatch(y -> sameWord(x, y))) {
                shared++;
            }
        }
        if (shared > 0 && shared * 2 >= Math.max(wa.size(), wb.size())) {
            return Difference.VARIANT;
        }
        return abbreviates(a, b) || abbreviates(b, a) ? Difference.VARIANT : Difference.DIFFERENT;
    }

    /** The content words of each rendering that the other has in no form (pneumonia and flu, of the epidemic). */
    static List<String> differingWords(String a, String b) {
        List<String> wa = contentWords(a);
        List<String> wb = contentWords(b);
        List<String> out = new ArrayList<>();
        for (String x : wa) {
            if (wb.stream().noneMatch(y -> sameWord(x, y))) {
                out.add(x);
            }
        }
        for (String y : wb) {
            if (wa.stream().noneMatch(x -> sameWord(x, y))) {
                out.add(y);
            }
        }
        return out;
    }

    /** Whether a word of one is a word of the other with other hyphens, digits joined or case (covid19, Covid-19). */
    private static boolean wordSpelledTwoWays(String a, String b) {
        for (String x : a.strip().split("\\s+")) {
            for (String y : b.strip().split("\\s+")) {
                String sx = squeezed(x);
                if (!sx.isEmpty() && sx.equals(squeezed(y)) && !x.equalsIgnoreCase(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Letters and digits only, lower case. */
    private static String squeezed(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** Whether the texts differ only by a hyphen for a space between words in lower case. */
    private static boolean hyphenOnly(String a, String b) {
        String na = a.strip().replace('-', ' ').replaceAll("\\s+", " ");
        String nb = b.strip().replace('-', ' ').replaceAll("\\s+", " ");
        return na.equals(nb) && na.equals(na.toLowerCase(Locale.ROOT)) && na.chars().noneMatch(Character::isDigit);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[^\\p{L}\\p{N}']+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static List<String> contentWords(String s) {
        List<String> out = new ArrayList<>();
        for (String w : words(s)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!FUNCTION_WORDS.contains(lower) && lower.length() > 1) {
                out.add(lower);
            }
        }
        return out;
    }

    private static boolean sameWord(String x, String y) {
        if (x.equals(y) || EnglishStemmer.stem(x).equals(EnglishStemmer.stem(y))) {
            return true;
        }
        int n = 0;
        while (n < x.length() && n < y.length() && x.charAt(n) == y.charAt(n)) {
            n++;
        }
        return n >= SHARED_PREFIX;
    }

    /** Whether {@code a} holds an acronym whose letters are the initials of {@code b}'s words. */
    private static boolean abbreviates(String a, String b) {
        List<String> all = words(b);
        StringBuilder every = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String w : all) {
            char first = Character.toUpperCase(w.charAt(0));
            every.append(first);
            if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                content.append(first);
            }
        }
        for (String w : words(a)) {
            String upper = w.toUpperCase(Locale.ROOT);
            if (w.equals(upper) && Acronyms.isAcronym(w) && (every.indexOf(w) >= 0 || content.indexOf(w) >= 0)) {
                return true;
            }
        }
        return false;
    }
}

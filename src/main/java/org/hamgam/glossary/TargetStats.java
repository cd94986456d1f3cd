package org.hamgam.glossary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How often an English phrase occurs in the bitext, and how it is usually capitalized. */
final class TargetStats implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    int df;
    /** The last pair counted, while one group of pairs is summarized. */
    transient int lastPair = -1;
    private final Map<String, Integer> singular = new HashMap<>();
    private final Map<String, Integer> plural = new HashMap<>();

    /** Adds the counts of the same phrase in other pairs. */
    void add(TargetStats other) {
        df += other.df;
        other.singular.forEach((k, v) -> singular.merge(k, v, Integer::sum));
        other.plural.forEach((k, v) -> plural.merge(k, v, Integer::sum));
    }

    void addSurface(List<EnglishTokens.Token> tokens, boolean isPlural) {
        StringBuilder s = new StringBuilder();
        for (EnglishTokens.Token t : tokens) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(t.surface());
        }
        String surface = s.toString();
        EnglishTokens.Token first = tokens.get(0);
        // a capital that only marks the start of a sentence says nothing about the term
        if (first.initial() && isCapitalized(first.surface())) {
            surface = Character.toLowerCase(surface.charAt(0)) + surface.substring(1);
        }
        (isPlural ? plural : singular).merge(surface, 1, Integer::sum);
    }

    private static boolean isCapitalized(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The usual spelling, in the plural or the singular as asked: as the bitext writes that form, else the other
     * form's spelling with the last word made singular from {@code key} (its last word singular where the bitext
     * has that singular: a plural it never writes in the singular, diabetes or sanctions, stays as written).
     */
    String surface(boolean inPlural, String key) {
        String s = usualSurface(inPlural, key);
        // a word with a capital the bitext writes small as often comes from headings and titles (Virology, Prevention);
        // a name some text writes small now and then (wuhan in an address) keeps it
        String small = s.toLowerCase(java.util.Locale.ROOT);
        int smallCount = singular.getOrDefault(small, 0) + plural.getOrDefault(small, 0);
        int count = singular.getOrDefault(s, 0) + plural.getOrDefault(s, 0);
        return s.matches("\\p{Lu}\\p{Ll}+") && smallCount >= count ? small : s;
    }

    private String usualSurface(boolean inPlural, String key) {
        Map<String, Integer> first = inPlural ? plural : singular;
        if (!first.isEmpty()) {
            return Candidate.mostFrequent(first);
        }
        String other = Candidate.mostFrequent(inPlural ? singular : plural);
        if (inPlural) {
            return other;
        }
        int sp = other.lastIndexOf(' ');
        String last = other.substring(sp + 1);
        return other.substring(0, sp + 1) + casedAs(key.substring(key.lastIndexOf(' ') + 1), last);
    }

    /**
     * The singular {@code single} (lower case) with the capitals of the plural {@code written} where their letters
     * agree: CoVs gives CoV, not Cov; Antibodies gives Antibody; a plural in capitals, a singular in capitals.
     */
    static String casedAs(String single, String written) {
        if (!written.isEmpty() && written.equals(written.toUpperCase(java.util.Locale.ROOT))) {
            return single.toUpperCase(java.util.Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(single.length());
        for (int i = 0; i < single.length(); i++) {
            char c = single.charAt(i);
            boolean same = i < written.length() && Character.toLowerCase(written.charAt(i)) == c;
            out.append(same ? written.charAt(i) : c);
        }
        return out.toString();
    }
}

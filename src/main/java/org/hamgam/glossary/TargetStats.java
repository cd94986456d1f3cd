package org.hamgam.glossary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How often an English phrase occurs in the bitext, and how it is usually capitalized. */
final class TargetStats {
    int df;
    int lastPair = -1;
    private final Map<String, Integer> singular = new HashMap<>();
    private final Map<String, Integer> plural = new HashMap<>();

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

    /** The usual spelling, in the plural or the singular as asked when the bitext has that form. */
    String surface(boolean inPlural) {
        Map<String, Integer> first = inPlural ? plural : singular;
        return Candidate.mostFrequent(first.isEmpty() ? (inPlural ? singular : plural) : first);
    }
}

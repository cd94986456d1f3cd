package org.hamgam.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hamgam.model.TermHit;

/**
 * A name and its acronym stand for each other: a glossary's WHO is translated by World Health Organization, and its
 * Centers for Disease Control by CDC. An acronym here is two to six capital letters; its expansion is a run of
 * capitalised words, function words between them skipped, whose initials spell it.
 */
final class Acronyms {
    private static final Set<String> SKIPPED = Set.of("of", "for", "and", "the", "on", "in", "&");
    private static final int MAX_LETTERS = 6;
    /** Compiled once: {@link String#split} compiles a pattern like these on every call. */
    private static final Pattern NAME_BREAK = Pattern.compile("[\\s\\-]+");
    private static final Pattern TEXT_BREAK = Pattern.compile("[^\\p{L}\\p{N}&]+");

    private Acronyms() {
    }

    /** Whether {@code target} has the acronym or the expansion of one of the alternatives' English. */
    static boolean present(List<TermHit> alternatives, String target) {
        for (TermHit hit : alternatives) {
            String english = hit.target().strip();
            if (isAcronym(english)) {
                if (hasExpansion(target, english)) {
                    return true;
                }
            } else {
                String initials = initials(english);
                if (initials != null && hasWord(target, initials)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > MAX_LETTERS) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** The initials of a name of two or more capitalised words (function words skipped), or null. */
    static String initials(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String w : NAME_BREAK.split(name)) {
            if (w.isEmpty() || SKIPPED.contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return null;
            }
            out.append(w.charAt(0));
        }
        return out.length() >= 2 && out.length() <= MAX_LETTERS ? out.toString() : null;
    }

    private static boolean hasWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasExpansion(String text, String acronym) {
        List<String> words = new ArrayList<>();
        for (String w : TEXT_BREAK.split(text)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            int k = 0;
            int j = i;
            while (j < words.size() && k < acronym.length()) {
                String w = words.get(j);
                if (k > 0 && SKIPPED.contains(w)) {
                    j++;
                    continue;
                }
                if (!Character.isUpperCase(w.charAt(0)) || w.charAt(0) != acronym.charAt(k)) {
                    break;
                }
                k++;
                j++;
            }
            if (k == acronym.length()) {
                return true;
            }
        }
        return false;
    }
}

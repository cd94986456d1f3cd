package org.hamgam.align;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.TermHit;

/** Extracts the discrete features each content scorer compares, one list per sentence. */
final class Signals {
    private Signals() {
    }

    static List<String> numbers(String text) {
        return NumberSignal.numbers(text);
    }

    /** Single digits are often spelled out in the other language: weak as evidence, and no cost when missing. */
    static double numberMatch(String value) {
        return value.length() == 1 ? 0.3 : 1;
    }

    static double numberMiss(String value) {
        return value.length() == 1 ? 0 : 1;
    }

    /**
     * Identical tokens and cognates in the sense of Simard et al. (1992): words of four letters or more that
     * share their first four letters, plus acronyms written in capitals.
     */
    static List<String> cognates(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            cognates(w, out);
        }
        return out;
    }

    /** The cognate features of one word, appended to {@code out}. */
    static void cognates(String w, List<String> out) {
        if (w.length() >= 2 && isAcronym(w)) {
            out.add("=" + w);
        }
        String f = Tokens.fold(w);
        if (f.length() >= 4) {
            out.add(f.substring(0, 4));
        }
    }

    private static boolean isAcronym(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Transliteration skeletons of names, tagged with the direction of the script change, so that Arabic-script
     * words on one side meet only Latin words on the other.
     *
     * @param sourceSide whether the words belong to the source document
     */
    static List<String> names(List<String> words, boolean sourceSide) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            names(w, sourceSide, out);
        }
        return out;
    }

    /** The name skeletons of one word, appended to {@code out}. */
    static void names(String w, boolean sourceSide, List<String> out) {
        if (Tokens.isArabicWord(w)) {
            if (w.length() >= 2) {
                for (String s : Transliteration.persian(w)) {
                    if (s.length() >= 2) {
                        out.add((sourceSide ? "AL:" : "LA:") + s);
                    }
                }
            }
        } else if (Tokens.isLatinWord(w) && w.length() >= 3
                && (Character.isUpperCase(w.charAt(0)) || w.length() >= 5)) {
            for (String s : Transliteration.latin(Tokens.fold(w))) {
                if (s.length() >= 2) {
                    out.add((sourceSide ? "LA:" : "AL:") + s);
                }
            }
        }
    }

    /** Short skeletons match by chance more often. */
    static double nameMatch(String feature) {
        int len = feature.length() - 3;
        return len <= 2 ? 0.4 : len == 3 ? 0.8 : 1;
    }

    /** Sentence-type punctuation in any script: questions, exclamations, quotations, parentheses, colons. */
    static List<String> punctuation(String text) {
        List<String> out = new ArrayList<>(2);
        for (int i = 0; i < text.length(); i++) {
            String cls = switch (text.charAt(i)) {
                case '?', '؟', '¿' -> "?";
                case '!', '¡' -> "!";
                case '«', '»', '“', '”', '„', '"' -> "\"";
                case '(', ')', '[', ']' -> "(";
                case ':' -> ":";
                default -> null;
            };
            if (cls != null && !out.contains(cls)) {
                out.add(cls);
            }
        }
        return out;
    }

    static List<String> terms(List<TermHit> hits) {
        List<String> out = new ArrayList<>(hits.size());
        for (TermHit h : hits) {
            out.add(h.termId());
        }
        return out;
    }
}

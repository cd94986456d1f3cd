package org.hamgam.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
     * share their first four letters, plus acronyms written in capitals and numbers written as words.
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
        String value = NUMBER_WORDS.get(w.toLowerCase(Locale.ROOT));
        if (value != null) {
            out.add("#" + value);
        }
        String f = Tokens.fold(w);
        if (f.length() >= 4) {
            out.add(f.substring(0, 4));
        }
    }

    /**
     * Numbers written as words in Persian, English, German and French, by value, so that «سه ستاره» meets "three
     * stars" as {@code 3} meets {@code ۳}. One is left out (it is also the indefinite article in all four), and so
     * are Persian words that more often mean something else (نه no, ده village, شش lung).
     */
    private static final Map<String, String> NUMBER_WORDS = numberWords(
            "2 دو two zwei deux", "3 سه three drei trois", "4 چهار four vier quatre", "5 پنج five fünf cinq",
            "6 six sechs", "7 هفت seven sieben sept", "8 هشت eight acht huit", "9 nine neun neuf", "10 ten zehn dix",
            "11 یازده eleven elf onze", "12 دوازده twelve zwölf douze", "20 بیست twenty zwanzig vingt",
            "100 صد hundred hundert cent", "1000 هزار thousand tausend mille",
            "1000000 میلیون million millionen millions", "1000000000 میلیارد billion milliarde milliarden milliard"
                    + " milliards");

    private static Map<String, String> numberWords(String... rows) {
        Map<String, String> out = new HashMap<>();
        for (String row : rows) {
            String[] words = row.split(" ");
            for (int k = 1; k < words.length; k++) {
                out.put(words[k], words[0]);
            }
        }
        return Map.copyOf(out);
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

package org.hamgam.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the word lists say about one gap of a ZWNJ error of {@link ZwnjErrors}: whether the lexicon the repair was
 * built with, and the spelling dictionary, spell the word around the gap (the two parts run together) with a ZWNJ
 * there, without one, or not at all. A miss the lexicon spells with a ZWNJ is a word the repair knew and got wrong;
 * a word neither list knows, or one they spell solid, can only be settled by a reading of its parts or by context.
 */
final class ZwnjWordEvidence {
    private static final char ZWNJ = '\u200C';

    /** What one list says about the gap. */
    enum Says { WITH_ZWNJ, SOLID, BOTH, UNKNOWN }

    private final Map<String, Set<Integer>> lexicon;
    private final Map<String, Set<Integer>> dictionary;

    private ZwnjWordEvidence(Map<String, Set<Integer>> lexicon, Map<String, Set<Integer>> dictionary) {
        this.lexicon = lexicon;
        this.dictionary = dictionary;
    }

    /**
     * The evidence of a lexicon's lines (as {@code LexiconBuilder.build} writes them: {@code w surface …}) and of a
     * dictionary's words (one spelling each).
     */
    static ZwnjWordEvidence of(List<String> lexiconLines, List<String> dictionaryWords) {
        Map<String, Set<Integer>> lexicon = new HashMap<>();
        for (String line : lexiconLines) {
            if (line.startsWith("w\t")) {
                int end = line.indexOf('\t', 2);
                add(lexicon, line.substring(2, end < 0 ? line.length() : end));
            }
        }
        Map<String, Set<Integer>> dictionary = new HashMap<>();
        dictionaryWords.forEach(w -> add(dictionary, w));
        return new ZwnjWordEvidence(lexicon, dictionary);
    }

    /** Records each spelling by its letters as a set of ZWNJ positions, -1 standing for "one spelling is solid". */
    private static void add(Map<String, Set<Integer>> map, String spelling) {
        StringBuilder key = new StringBuilder(spelling.length());
        Set<Integer> at = map.computeIfAbsent(key(spelling, key), k -> new HashSet<>());
        boolean any = false;
        int letters = 0;
        for (int i = 0; i < spelling.length(); i++) {
            if (spelling.charAt(i) == ZWNJ) {
                at.add(letters);
                any = true;
            } else {
                letters++;
            }
        }
        at.add(any ? -2 - letters : -1); // a marker per spelling that ZWNJs were (or were not) seen
    }

    private static String key(String spelling, StringBuilder b) {
        for (int i = 0; i < spelling.length(); i++) {
            if (spelling.charAt(i) != ZWNJ) {
                b.append(spelling.charAt(i));
            }
        }
        return b.toString();
    }

    /** What the lexicon says about a ZWNJ after the letters {@code left} in the word {@code left + right}. */
    Says lexicon(String left, String right) {
        return says(lexicon, left, right);
    }

    /** What the dictionary says about a ZWNJ after the letters {@code left} in the word {@code left + right}. */
    Says dictionary(String left, String right) {
        return says(dictionary, left, right);
    }

    private static Says says(Map<String, Set<Integer>> map, String left, String right) {
        String l = left.replace(String.valueOf(ZWNJ), "");
        Set<Integer> at = map.get(l + right.replace(String.valueOf(ZWNJ), ""));
        if (at == null) {
            return Says.UNKNOWN;
        }
        boolean with = at.contains(l.length());
        // a spelling without a ZWNJ at this gap: one solid throughout, or one with ZWNJs elsewhere only
        boolean without = at.contains(-1) || !with && at.stream().anyMatch(x -> x < -1);
        return with && without ? Says.BOTH : with ? Says.WITH_ZWNJ : Says.SOLID;
    }

    /** A short label for the two lists' evidence, such as {@code lexicon zwnj, myspell -}. */
    String label(String left, String right) {
        return "lexicon " + word(lexicon(left, right)) + ", myspell " + word(dictionary(left, right));
    }

    private static String word(Says says) {
        return switch (says) {
            case WITH_ZWNJ -> "zwnj";
            case SOLID -> "solid";
            case BOTH -> "both";
            case UNKNOWN -> "-";
        };
    }
}

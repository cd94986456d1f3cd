package org.hamgam.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hamgam.model.QaPair;
import org.hamgam.text.Letters;

/**
 * What the other pairs checked together say an English word translates: the Persian words that stand in the
 * sources of most pairs whose targets use it (pneumonia: ذات الریه). A rendering that uses a word whose usual
 * Persian words its own source lacks says something the source does not (pneumonia epidemic for اپیدمی آنفولانزا),
 * however many words it shares with the other rendering. Built on first use: few pairs need it.
 */
final class WordEvidence {
    /** Persian words too common to tell what an English word translates. */
    private static final Set<String> PERSIAN_FUNCTION_WORDS = Set.of("و", "در", "به", "از", "با", "که", "را", "این",
            "آن", "برای", "یا", "تا", "های", "ها", "است", "یک");
    /** A figure written in digits (20, 2,000, 2.5). */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[0-9][0-9.,]*");
    /** Two Persian words alike this far, one the other's start, are forms of one (ویروس, ویروسی). */
    private static final int SHARED_PREFIX = 4;
    /** Pairs besides the two compared that must use the word before the evidence counts. */
    private static final int MIN_USES = 2;

    private final List<QaPair> pairs;
    private Map<String, List<Integer>> byWord;

    WordEvidence(List<QaPair> pairs) {
        this.pairs = pairs;
    }

    /**
     * The Persian word that most of the other pairs using {@code word} give in their source, when the source of
     * the pairs {@code a} and {@code b} has none of the Persian words that half of them share; else null.
     */
    String unexplained(String word, int a, int b) {
        if (FIGURE.matcher(word).matches()) {
            return null; // a figure says what the number check compares, not a word the source may lack
        }
        List<Integer> uses = new ArrayList<>();
        for (int k : index().getOrDefault(word, List.of())) {
            if (k != a && k != b) {
                uses.add(k);
            }
        }
        if (uses.size() < MIN_USES) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int k : uses) {
            for (String f : persianWords(pairs.get(k).source())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Set<String> source = persianWords(pairs.get(a).source());
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() * 2 < uses.size()) {
                continue;
            }
            if (source.stream().anyMatch(s -> sameWord(s, e.getKey()))) {
                return null;
            }
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private Map<String, List<Integer>> index() {
        if (byWord == null) {
            byWord = new HashMap<>();
            for (int k = 0; k < pairs.size(); k++) {
                // By the word as written: a stem would join words of other meanings (new, news).
                for (String w : new HashSet<>(Renderings.contentWords(pairs.get(k).target()))) {
                    byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(k);
                }
            }
        }
        return byWord;
    }

    private static Set<String> persianWords(String text) {
        Set<String> out = new HashSet<>();
        for (int[] span : WordSpans.of(text)) {
            String w = text.substring(span[0], span[1]);
            if (w.length() > 1 && Letters.hasArabicScriptLetter(w) && !PERSIAN_FUNCTION_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean sameWord(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= SHARED_PREFIX && longer.startsWith(shorter);
    }
}

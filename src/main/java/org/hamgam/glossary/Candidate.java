package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The counts gathered for one Persian candidate term while extracting. */
final class Candidate {
    /** The pairs a translation with more English content words than the Persian can carry needs. */
    private static final int LONG_EVIDENCE = 3;
    final String key;
    final String[] stems;
    final String[] keys;
    final boolean[] stops;
    final boolean[] latin;
    final int length;
    /** The stems of the occurrence split into the most words: one spelling may write as one word what another spaces. */
    String[] split;
    int freq;
    /** Occurrences followed by a light verb (کنترل کرد): the word is used as part of a verb there. */
    int verbal;
    int df;
    int lastPair = -1;
    int lastSeen = -1;
    /** The pair frequency of the most frequent longer candidate containing this one. */
    int nestedMax;
    final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> bareSurfaces = new HashMap<>();
    private final Map<String, Integer> surfaces = new HashMap<>();
    private final Map<String, Translation> translations = new HashMap<>();
    private Translation best;
    private boolean bestKnown;

    Candidate(String key, List<PersianTokens.Token> tokens) {
        this.key = key;
        this.length = tokens.size();
        stems = new String[length];
        keys = new String[length];
        stops = new boolean[length];
        latin = new boolean[length];
        for (int i = 0; i < length; i++) {
            PersianTokens.Token t = tokens.get(i);
            stems[i] = t.stem();
            keys[i] = t.key();
            stops[i] = t.stop();
            latin[i] = t.latin();
        }
        split = stems;
    }

    void addSurface(List<PersianTokens.Token> tokens) {
        StringBuilder s = new StringBuilder();
        StringBuilder b = new StringBuilder();
        boolean bare = true;
        for (int i = 0; i < tokens.size(); i++) {
            PersianTokens.Token t = tokens.get(i);
            if (i > 0) {
                s.append(' ');
                b.append(' ');
            }
            s.append(t.surface());
            String plain = t.bareSurface();
            bare &= plain != null;
            b.append(plain);
            if (plain != null && t.stripped() && i < tokens.size() - 1 && (plain.endsWith("ا") || plain.endsWith("و"))) {
                b.append('ی'); // the ezafe after a vowel stays written: هواپیمای بدون سرنشین
            }
        }
        surfaces.merge(s.toString(), 1, Integer::sum);
        if (bare) {
            // کمک‌های بشردوستانه is shown as کمک بشردوستانه, the form a glossary lists
            bareSurfaces.merge(b.toString(), 1, Integer::sum);
        }
    }

    /** The usual spelling, without plural or ezafe endings where they can be taken off as written. */
    String surface() {
        String s = mostFrequent(bareSurfaces.isEmpty() ? surfaces : bareSurfaces);
        return s == null ? String.join(" ", keys) : s;
    }

    static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int c = e.getValue();
            if (c > bestCount || c == bestCount && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best;
    }

    void addTranslation(String target, int pair, String id) {
        Translation t = translations.computeIfAbsent(target, Translation::new);
        if (t.lastPair != pair) {
            t.lastPair = pair;
            t.count++;
            if (t.ids.size() < 3) {
                t.ids.add(id);
            }
        }
        bestKnown = false;
    }

    /**
     * The well-attested translation proposed in most pairs; ties go to the shorter, then the alphabetically first.
     */
    Translation bestTranslation() {
        if (!bestKnown) {
            best = null;
            int words = contentWords();
            for (Translation t : translations.values()) {
                if (wellAttested(t, words) && (best == null || t.count > best.count
                        || t.count == best.count && better(t.key, best.key))) {
                    best = t;
                }
            }
            bestKnown = true;
        }
        return best;
    }

    /**
     * Whether the pairs proposing an English phrase are evidence enough for it: one with more than one content
     * word beyond the Persian's (دسترسی: "giving it easy access") is more often the links straying to the words
     * around the term than a paraphrase, and has to be proposed by {@link #LONG_EVIDENCE} pairs.
     */
    private static boolean wellAttested(Translation t, int persianWords) {
        int english = 0;
        for (String w : t.key.split(" ")) {
            english += ExtractionLexicon.isEnglishStop(w) ? 0 : 1;
        }
        return english <= persianWords + 1 || t.count >= LONG_EVIDENCE;
    }

    /** The words of the candidate that are not function words. */
    int contentWords() {
        int n = 0;
        for (boolean stop : stops) {
            n += stop ? 0 : 1;
        }
        return n;
    }

    private static boolean better(String a, String b) {
        return a.length() != b.length() ? a.length() < b.length() : a.compareTo(b) < 0;
    }
}

package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The counts gathered for one Persian candidate term while extracting. */
final class Candidate implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
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
    /** The last pair counted, while one group of pairs is summarized. */
    transient int lastPair = -1;
    final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> bareSurfaces = new HashMap<>();
    private final Map<String, Integer> surfaces = new HashMap<>();
    private final Map<String, Translation> translations = new HashMap<>();
    private transient Translation best;
    private transient boolean bestKnown;

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

    private Candidate(Candidate c) {
        key = c.key;
        length = c.length;
        stems = c.stems;
        keys = c.keys;
        stops = c.stops;
        latin = c.latin;
        split = c.split;
        lastPair = -1;
        add(c);
    }

    /** A copy with counts of its own, to merge others into. */
    Candidate copy() {
        return new Candidate(this);
    }

    /**
     * Adds the counts of the same candidate in other pairs: its spelling split into the most words, examples up to
     * {@link TermCounts#EXAMPLES}, in order.
     */
    void add(Candidate other) {
        if (other.split.length > split.length) {
            split = other.split;
        }
        freq += other.freq;
        verbal += other.verbal;
        df += other.df;
        for (String id : other.ids) {
            if (ids.size() < TermCounts.EXAMPLES) {
                ids.add(id);
            }
        }
        other.bareSurfaces.forEach((k, v) -> bareSurfaces.merge(k, v, Integer::sum));
        other.surfaces.forEach((k, v) -> surfaces.merge(k, v, Integer::sum));
        other.translations.forEach((k, v) -> translations.computeIfAbsent(k, Translation::new).add(v));
        bestKnown = false;
    }

    /** The English phrases proposed for this candidate. */
    java.util.Set<String> translationKeys() {
        return translations.keySet();
    }

    /** Adds the example pairs the translations cite to {@code ids}. */
    void citedIds(java.util.Set<String> ids) {
        translations.values().forEach(t -> ids.addAll(t.ids));
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

    /**
     * The usual spelling, without plural or ezafe endings where the text also writes it so: a glossary's Persian must
     * occur in the text as written, and an ending that looks like an ezafe may be part of the word (زمینه‌ای).
     */
    String surface() {
        Map<String, Integer> written = new HashMap<>();
        bareSurfaces.forEach((s, n) -> {
            if (surfaces.containsKey(s)) {
                written.put(s, n);
            }
        });
        String s = mostFrequent(written.isEmpty() ? surfaces : written);
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

    /** Counts pair {@code pair} as proposing {@code target}; whether the pair became one of its examples. */
    boolean addTranslation(String target, int pair, String id) {
        Translation t = translations.computeIfAbsent(target, Translation::new);
        bestKnown = false;
        if (t.lastPair != pair) {
            t.lastPair = pair;
            t.count++;
            if (t.ids.size() < TermCounts.EXAMPLES) {
                t.ids.add(id);
                return true;
            }
        }
        return false;
    }

    /** The translation proposed in most pairs; ties go to the shorter, then the alphabetically first. */
    Translation bestTranslation() {
        if (!bestKnown) {
            best = null;
            for (Translation t : translations.values()) {
                if (best == null || t.count > best.count || t.count == best.count && better(t.key, best.key)) {
                    best = t;
                }
            }
            bestKnown = true;
        }
        return best;
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

package org.hamgam.glossary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamgam.model.SentencePair;

/**
 * What term extraction needs to know of a group of sentence pairs (a document, or several): every candidate's
 * counts, spellings and proposed translations, each Persian word's pair frequency, the pair frequency of the English
 * phrases proposed, and the example pairs the candidates cite. Summaries of separate groups merge ({@link #add}) into
 * the summary of the whole, so a batch holds these counts rather than its pairs; {@link #prune} bounds them.
 *
 * <p>Each group's English is linked to its Persian by a word alignment learnt on that group alone (see
 * {@link WordAligner}): a larger group learns the bitext's words better, so an engine should summarize the largest
 * groups its memory allows. Extraction from the summary of one group gives what extraction from its pairs gives.
 *
 * <p>Not thread-safe: a summary is built, merged and read by one thread at a time.
 */
public final class TermCounts implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Example pairs a candidate and each of its translations cite. */
    static final int EXAMPLES = 3;
    /**
     * The candidates a batch's merged summary holds before {@link #prune} halves them: about forty megabytes (a
     * candidate takes about a kilobyte), room for every candidate of some 2,500 pairs (TICO-19 has 15 a pair), so
     * that a batch of any size runs in the heap a few hundred documents need (a limit of 100,000 ran out of a
     * 400 MB heap at 10,000 documents).
     */
    public static final int LIMIT = 40_000;
    private static final String AND = "و";

    int pairs;
    final Map<String, Candidate> candidates = new HashMap<>();
    /** Persian word stem → pairs it occurs in. */
    final Map<String, Integer> persianDf = new HashMap<>();
    /** English phrase (last word singular) proposed by some candidate → its pair frequency and spellings. */
    final Map<String, TargetStats> targets = new HashMap<>();
    /** The pairs cited as examples, by id, in the order first cited. */
    private final Map<String, Example> examples = new LinkedHashMap<>();

    private TermCounts() {
    }

    /** An empty summary, to merge others into. */
    public static TermCounts empty() {
        return new TermCounts();
    }

    /** The summary of aligned pairs; pairs without English count for the Persian side only. */
    public static TermCounts of(List<SentencePair> pairs) {
        return build(pairs, true);
    }

    /** The summary of Persian texts: any English of the pairs is ignored. */
    public static TermCounts ofPersian(List<SentencePair> texts) {
        return build(texts, false);
    }

    private static TermCounts build(List<SentencePair> pairs, boolean bilingual) {
        TermCounts counts = new TermCounts();
        new Builder(pairs, bilingual, counts).run();
        return counts;
    }

    /** The number of pairs summarized. */
    public int pairs() {
        return pairs;
    }

    /** The number of distinct candidates held, which {@link #prune} bounds. */
    public int size() {
        return candidates.size();
    }

    /** The example pairs the candidates cite, in the order first cited. */
    public List<SentencePair> examples() {
        List<SentencePair> out = new ArrayList<>(examples.size());
        examples.values().forEach(e -> out.add(new SentencePair(e.id, e.source, e.target)));
        return out;
    }

    /**
     * Adds the counts of another summary, of other pairs, to this one and returns this one; {@code other} is left as
     * it was. Merging the summaries of groups in their order gives the summary of the groups' pairs taken together,
     * but for the word alignment, learnt per group.
     */
    public TermCounts add(TermCounts other) {
        if (other == this) {
            throw new IllegalArgumentException("a summary cannot be added to itself");
        }
        pairs += other.pairs;
        other.persianDf.forEach((k, v) -> persianDf.merge(k, v, Integer::sum));
        other.targets.forEach((k, v) -> targets.computeIfAbsent(k, x -> new TargetStats()).add(v));
        other.candidates.forEach((k, v) -> {
            Candidate mine = candidates.get(k);
            if (mine == null) {
                candidates.put(k, v.copy());
            } else {
                mine.add(v);
            }
        });
        other.examples.forEach(examples::putIfAbsent);
        return this;
    }

    /**
     * Bounds the summary: past {@code limit} candidates, keeps at most half as many, those in the fewest pairs going
     * first, all of a pair frequency at once, so the result depends on the counts only (and, across merges, on their
     * order). Words, English phrases and examples no kept candidate needs go with them; a term seen once in each of
     * many documents may be lost, terms of many pairs stay. Returns this summary.
     */
    public TermCounts prune(int limit) {
        if (limit < 2) {
            throw new IllegalArgumentException("limit must be at least 2: " + limit);
        }
        if (candidates.size() <= limit) {
            return this;
        }
        int maxCandidates = limit / 2;
        int[] dfs = candidates.values().stream().mapToInt(c -> c.df).sorted().toArray();
        // the least df t such that fewer than maxCandidates candidates have more than t
        int threshold = dfs[dfs.length - 1];
        for (int i = dfs.length - maxCandidates - 1; i < dfs.length; i++) {
            if (i >= 0 && (i + 1 == dfs.length || dfs[i + 1] > dfs[i])) {
                threshold = dfs[i];
                break;
            }
        }
        int t = threshold;
        candidates.values().removeIf(c -> c.df <= t);
        persianDf.values().removeIf(df -> df <= t);
        Set<String> proposed = new HashSet<>();
        Set<String> cited = new HashSet<>();
        for (Candidate c : candidates.values()) {
            proposed.addAll(c.translationKeys());
            cited.addAll(c.ids);
            c.citedIds(cited);
        }
        targets.keySet().retainAll(proposed);
        examples.keySet().retainAll(cited);
        return this;
    }

    int persianDf(String stem) {
        return persianDf.getOrDefault(stem, 0);
    }

    /** One example pair, kept as plain strings so that a summary serializes. */
    private record Example(String id, String source, String target) implements Serializable {
    }

    /** One pass over a group's pairs: tokens, word alignment, then every candidate occurrence. */
    private static final class Builder {
        private final List<SentencePair> pairs;
        private final TermCounts out;
        private final boolean bilingual;
        private final PersianTokens persianTokens = new PersianTokens(ExtractionLexicon.standard());
        private final List<List<PersianTokens.Token>> fa = new ArrayList<>();
        private final List<List<EnglishTokens.Token>> en = new ArrayList<>();
        private final Map<String, Integer> faIds = new HashMap<>();
        private final Map<String, Integer> enIds = new HashMap<>();
        private final int[][] faWords;
        private final int[][] enWords;

        Builder(List<SentencePair> pairs, boolean bilingual, TermCounts out) {
            this.pairs = pairs;
            this.bilingual = bilingual;
            this.out = out;
            faWords = new int[pairs.size()][];
            enWords = new int[pairs.size()][];
        }

        void run() {
            for (int p = 0; p < pairs.size(); p++) {
                List<PersianTokens.Token> f = persianTokens.tokens(pairs.get(p).source());
                List<EnglishTokens.Token> e = bilingual ? EnglishTokens.tokens(pairs.get(p).target()) : List.of();
                fa.add(f);
                en.add(e);
                faWords[p] = new int[f.size()];
                for (int i = 0; i < f.size(); i++) {
                    faWords[p][i] = faIds.computeIfAbsent(f.get(i).stem(), k -> faIds.size());
                }
                enWords[p] = new int[e.size()];
                for (int i = 0; i < e.size(); i++) {
                    enWords[p][i] = enIds.computeIfAbsent(e.get(i).key(), k -> enIds.size());
                }
            }
            WordAligner aligner = new WordAligner(faWords, enWords, faIds.size(), enIds.size());
            out.pairs = pairs.size();
            faIds.forEach((stem, id) -> out.persianDf.put(stem, aligner.persianFrequency(id)));
            for (int p = 0; p < pairs.size(); p++) {
                collect(p, aligner);
            }
            targetStats();
        }

        /** Counts, spellings, examples and proposed translations of every candidate occurrence of pair p. */
        private void collect(int p, WordAligner aligner) {
            List<PersianTokens.Token> t = fa.get(p);
            List<EnglishTokens.Token> et = en.get(p);
            SentencePair pair = pairs.get(p);
            WordAligner.Links links = et.isEmpty() ? null : aligner.links(faWords[p], enWords[p]);
            int[] claims = links == null ? null : PhrasePairs.claims(links);
            // Whether a light verb follows each token: asked once a token, not for each candidate ending there.
            boolean[] verbAfter = new boolean[t.size()];
            for (int i = 0; i + 1 < t.size(); i++) {
                verbAfter[i] = !t.get(i + 1).breakBefore() && WordClasses.isLightVerb(t.get(i + 1).key());
            }
            forEachOccurrence(t, (s, e, key) -> {
                Candidate c = out.candidates.get(key);
                if (c == null) {
                    c = new Candidate(key, t.subList(s, e + 1));
                    out.candidates.put(key, c);
                } else if (e - s + 1 > c.split.length) {
                    c.split = stems(t, s, e); // ایالات متحده also written as one word: nest the parts in it
                }
                c.freq++;
                if (verbAfter[e]) {
                    c.verbal++;
                }
                if (c.lastPair != p) {
                    c.lastPair = p;
                    c.df++;
                    if (c.ids.size() < EXAMPLES) {
                        c.ids.add(pair.id());
                        cite(pair);
                    }
                }
                c.addSurface(t.subList(s, e + 1));
                if (links != null) {
                    String target = PhrasePairs.span(links, claims, s, e, et);
                    if (target != null && c.addTranslation(singularPhrase(target), p, pair.id())) {
                        cite(pair);
                    }
                }
            });
        }

        private void cite(SentencePair pair) {
            out.examples.putIfAbsent(pair.id(), new Example(pair.id(), pair.source(), pair.target()));
        }

        /** Calls {@code visitor} with every candidate occurrence of a token list: first and last token index. */
        private static void forEachOccurrence(List<PersianTokens.Token> t, OccurrenceVisitor visitor) {
            int n = t.size();
            for (int s = 0; s < n; s++) {
                PersianTokens.Token first = t.get(s);
                if (!canEdge(first)) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int e = s; e < n && e - s < TermExtractor.MAX_WORDS; e++) {
                    PersianTokens.Token last = t.get(e);
                    if (e > s && last.breakBefore() || last.number() || e > s && last.key().equals(AND)) {
                        break; // punctuation, a bare number or a coordination ends the candidate
                    }
                    key.append(last.stem());
                    if (canEdge(last)) {
                        visitor.visit(s, e, key.toString());
                    }
                }
            }
        }

        private static boolean canEdge(PersianTokens.Token t) {
            return !t.stop() && !t.number() && t.key().length() >= 2;
        }

        private static String[] stems(List<PersianTokens.Token> t, int s, int e) {
            String[] stems = new String[e - s + 1];
            for (int i = s; i <= e; i++) {
                stems[i - s] = t.get(i).stem();
            }
            return stems;
        }

        /** An English plural's singular, when the group also uses that singular (trials → trial). */
        private String singular(String word) {
            int n = word.length();
            if (n < 4 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
                return word;
            }
            if (word.endsWith("ies") && enIds.containsKey(word.substring(0, n - 3) + "y")) {
                return word.substring(0, n - 3) + "y";
            }
            String bare = word.substring(0, n - 1);
            if (enIds.containsKey(bare)) {
                return bare;
            }
            if (word.endsWith("es") && enIds.containsKey(word.substring(0, n - 2))) {
                return word.substring(0, n - 2);
            }
            return word;
        }

        private String singularPhrase(String phrase) {
            int sp = phrase.lastIndexOf(' ');
            String last = phrase.substring(sp + 1);
            String single = singular(last);
            return single.equals(last) ? phrase : phrase.substring(0, sp + 1) + single;
        }

        /** Pair frequency and usual spelling of every English phrase some candidate proposes. */
        private void targetStats() {
            Map<String, TargetStats> stats = out.targets;
            for (Candidate c : out.candidates.values()) {
                for (String k : c.translationKeys()) {
                    stats.putIfAbsent(k, new TargetStats());
                }
            }
            if (stats.isEmpty()) {
                return;
            }
            for (int p = 0; p < pairs.size(); p++) {
                List<EnglishTokens.Token> et = en.get(p);
                for (int s = 0; s < et.size(); s++) {
                    StringBuilder key = new StringBuilder();
                    for (int e = s; e < et.size() && e - s < TermExtractor.MAX_WORDS; e++) {
                        if (e > s) {
                            if (et.get(e).breakBefore()) {
                                break;
                            }
                            key.append(' ');
                        }
                        String word = et.get(e).key();
                        String single = singular(word);
                        TargetStats ts = stats.get(key + single);
                        key.append(word);
                        if (ts != null) {
                            if (ts.lastPair != p) {
                                ts.lastPair = p;
                                ts.df++;
                            }
                            ts.addSurface(et.subList(s, e + 1), !single.equals(word));
                        }
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface OccurrenceVisitor {
        void visit(int first, int last, String key);
    }

    @Override
    public String toString() {
        return "TermCounts[pairs=" + pairs + ", candidates=" + candidates.size() + "]";
    }
}

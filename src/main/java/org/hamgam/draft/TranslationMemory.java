package org.hamgam.draft;

import org.hamgam.model.TmMatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hamgam.model.TmOptions;
import org.hamgam.model.TmUnit;

/**
 * An immutable, indexed translation memory answering fuzzy-match queries.
 *
 * <p>Similarity is OmegaT's: {@code floor(100 × (n − d) / n)} where {@code d} is the token-level edit distance
 * between the normalized query and a unit's source and {@code n} the longer of the two token counts; a match
 * that scores 100 without being textually identical (it differs in punctuation) is reported as 99, so that 100
 * always means exact.
 *
 * <p>Candidates come from an inverted index with prefix filtering, as in set-similarity joins (AllPairs,
 * PPJoin). A text is a set of elements (a word with its occurrence number, so that sets count like multisets),
 * ordered rarest first. A unit reaching threshold {@code T} against a query must share at least
 * {@code a = ⌈T·max(|q|,|u|)/100⌉} elements with it, so the first shared element lies within the first
 * {@code |q| − a + 1} elements of the query and the first {@code |u| − a + 1} of the unit: only the query's prefix
 * posting lists are read, only the length range that can reach {@code T} is read from each (postings are ordered
 * by unit length), and a positional bound drops units that can no longer share enough. Survivors are verified
 * best bound first with the exact overlap and then the edit distance, until no bound can enter the top matches.
 * Thresholds of 90 and 75 are tried before the requested one, since their prefixes are short and most queries
 * with good matches are settled there. Thread-safe.
 */
public final class TranslationMemory {
    private final String name;
    private final TmUnit[] units;
    private final String[] keys;
    private final String[] previousKeys;
    private final String[] nextKeys;
    /** Each unit's words as ids, in text order, for the edit distance. */
    private final int[][] tokens;
    /** Each unit's elements (a word with its occurrence number) as ranks, rarest first. */
    private final int[][] elements;
    /** Each unit's source/target pair as a number: units with the same normalized source and target share it. */
    private final int[] pairs;
    /** Each unit's number of words. */
    private final int[] lengths;
    /**
     * For each element rank, the units holding it and the element's position in each unit's array, ordered by
     * unit length and then memory order, so that a query reads only the lengths that can reach the threshold.
     */
    private final int[][] postingUnits;
    private final int[][] postingPositions;
    private final int[][] postingLengths;
    private final Map<String, Integer> words;
    private final Map<String, Integer> ranks;
    private final Map<String, int[]> exact;
    private final ThreadLocal<Scratch> scratch;

    private TranslationMemory(String name, List<TmUnit> list) {
        this.name = Objects.requireNonNull(name, "name");
        int n = list.size();
        units = list.toArray(new TmUnit[0]);
        keys = new String[n];
        previousKeys = new String[n];
        nextKeys = new String[n];
        tokens = new int[n][];
        elements = new int[n][];
        words = new HashMap<>();
        Map<String, Integer> elementIds = new HashMap<>();
        Map<String, List<Integer>> exactLists = new HashMap<>();
        int[] frequency = new int[16];
        for (int u = 0; u < n; u++) {
            TmUnit unit = units[u];
            Tokens.Analysed analysed = Tokens.analyse(unit.source());
            keys[u] = analysed.key();
            previousKeys[u] = unit.previous().isEmpty() ? "" : Tokens.analyse(unit.previous()).key();
            nextKeys[u] = unit.next().isEmpty() ? "" : Tokens.analyse(unit.next()).key();
            exactLists.computeIfAbsent(keys[u], k -> new ArrayList<>()).add(u);
            List<String> unitWords = analysed.words();
            int[] ids = new int[unitWords.size()];
            List<String> unitElements = elementsOf(unitWords);
            int[] elementIdsOfUnit = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = words.computeIfAbsent(unitWords.get(i), w -> words.size());
                int e = elementIds.computeIfAbsent(unitElements.get(i), w -> elementIds.size());
                elementIdsOfUnit[i] = e;
                if (e >= frequency.length) {
                    frequency = Arrays.copyOf(frequency, frequency.length * 2);
                }
                frequency[e]++;
            }
            tokens[u] = ids;
            elements[u] = elementIdsOfUnit;
        }
        // Rank elements rarest first, so that prefixes hold the most selective ones.
        int size = elementIds.size();
        Integer[] order = new Integer[size];
        for (int e = 0; e < size; e++) {
            order[e] = e;
        }
        int[] df = frequency;
        Arrays.sort(order, Comparator.<Integer>comparingInt(e -> df[e]).thenComparingInt(e -> e));
        int[] rankOf = new int[size];
        for (int r = 0; r < size; r++) {
            rankOf[order[r]] = r;
        }
        ranks = new HashMap<>(elementIds.size() * 2);
        elementIds.forEach((element, id) -> ranks.put(element, rankOf[id]));
        postingUnits = new int[size][];
        postingPositions = new int[size][];
        postingLengths = new int[size][];
        for (int e = 0; e < size; e++) {
            postingUnits[rankOf[e]] = new int[df[e]];
            postingPositions[rankOf[e]] = new int[df[e]];
            postingLengths[rankOf[e]] = new int[df[e]];
        }
        int[] fill = new int[size];
        lengths = new int[n];
        for (int u = 0; u < n; u++) {
            lengths[u] = elements[u].length;
        }
        Integer[] byLength = new Integer[n];
        for (int u = 0; u < n; u++) {
            byLength[u] = u;
        }
        Arrays.sort(byLength, Comparator.<Integer>comparingInt(u -> lengths[u]).thenComparingInt(u -> u));
        for (int u : byLength) {
            int[] ranked = elements[u];
            for (int i = 0; i < ranked.length; i++) {
                ranked[i] = rankOf[ranked[i]];
            }
            Arrays.sort(ranked);
            for (int j = 0; j < ranked.length; j++) {
                int r = ranked[j];
                postingUnits[r][fill[r]] = u;
                postingLengths[r][fill[r]] = ranked.length;
                postingPositions[r][fill[r]++] = j;
            }
        }
        pairs = new int[n];
        Map<List<String>, Integer> pairIds = new HashMap<>();
        for (int u = 0; u < n; u++) {
            pairs[u] = pairIds.computeIfAbsent(List.of(keys[u], units[u].target()), k -> pairIds.size());
        }
        int pairCount = pairIds.size();
        exact = new HashMap<>();
        exactLists.forEach((k, v) -> exact.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        scratch = ThreadLocal.withInitial(() -> new Scratch(n, pairCount));
    }

    /** A word's second occurrence is a different element from its first, so that sets count like multisets. */
    private static List<String> elementsOf(List<String> words) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            int k = seen.merge(w, 1, Integer::sum);
            out.add(k == 1 ? w : w + '\u0000' + k);
        }
        return out;
    }

    /** Builds and indexes a memory; {@code name} labels its drafts (e.g. the TMX file name). */
    public static TranslationMemory of(String name, List<TmUnit> units) {
        return new TranslationMemory(name, List.copyOf(units));
    }

    public String name() {
        return name;
    }

    public int size() {
        return units.length;
    }

    /** The best matches for {@code text} without context, under {@code options}. */
    public List<TmMatch> search(String text, TmOptions options) {
        return search(text, "", "", options);
    }

    /**
     * The best matches for {@code text}, best first: similarity, then in-context, then exact, then memory order.
     * Pairs with the same normalized source and target are reported once. When several matches below 100 tie
     * for the last place kept, the one with the best word-overlap bound (then the earliest) is the one kept.
     *
     * @param previous the source text of the preceding segment, or empty
     * @param next     the source text of the following segment, or empty
     */
    public List<TmMatch> search(String text, String previous, String next, TmOptions options) {
        Tokens.Analysed query = Tokens.analyse(text);
        int threshold = options.threshold();
        int keep = options.maxMatches();
        List<Found> found = new ArrayList<>(64);
        int[] exactUnits = exact.getOrDefault(query.key(), new int[0]);
        int[] ids = new int[query.words().size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = words.getOrDefault(query.words().get(i), -1);
        }
        if (ids.length == 0) {
            for (int u : exactUnits) {
                found.add(new Found(u, 100));
            }
        } else {
            fuzzy(ids, elementsOf(query.words()), query.key(), threshold, keep, found);
        }
        String previousKey = previous.isEmpty() ? "" : Tokens.analyse(previous).key();
        String nextKey = next.isEmpty() ? "" : Tokens.analyse(next).key();
        List<TmMatch> matches = new ArrayList<>();
        for (Found f : found) {
            boolean isExact = keys[f.unit].equals(query.key());
            boolean inContext = isExact && (!previousKeys[f.unit].isEmpty() || !nextKeys[f.unit].isEmpty())
                    && previousKeys[f.unit].equals(previousKey) && nextKeys[f.unit].equals(nextKey);
            TmUnit unit = units[f.unit];
            matches.add(new TmMatch(unit.source(), unit.target(), isExact ? 100 : Math.min(f.similarity, 99),
                    isExact, inContext, unit.origin()));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -matches.get(i).similarity())
                .thenComparing(i -> !matches.get(i).inContext())
                .thenComparing(i -> !matches.get(i).exact())
                .thenComparingInt(i -> found.get(i).unit));
        List<TmMatch> best = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i : order) {
            if (best.size() < keep && seen.add(pairs[found.get(i).unit])) {
                best.add(matches.get(i));
            }
        }
        return List.copyOf(best);
    }

    /** Stricter thresholds tried first: most queries with good matches are answered from a short prefix. */
    private static final int[] TIERS = {90, 75};

    private void fuzzy(int[] ids, List<String> queryElements, String queryKey, int threshold, int keep,
                       List<Found> found) {
        int lq = ids.length;
        // Unknown elements are the rarest of all (no unit has them): they come first and match nothing.
        int[] known = queryElements.stream().mapToInt(e -> ranks.getOrDefault(e, -1)).filter(r -> r >= 0)
                .sorted().toArray();
        Scratch s = scratch.get();
        s.verifiedStamp++;
        Top top = new Top(keep, s);
        for (int tier : TIERS) {
            if (tier > threshold) {
                search(ids, known, queryKey, tier, threshold, s, top, found);
                // Every unit left out scores below the tier, so the top matches are final once they reach it.
                if (top.full() && top.last() >= tier) {
                    return;
                }
            }
        }
        search(ids, known, queryKey, threshold, threshold, s, top, found);
    }

    /**
     * Finds the units that may reach {@code tier} and scores them; matches from {@code threshold} up are kept.
     * Units scored by an earlier tier of the same query are not scored again.
     */
    private void search(int[] ids, int[] known, String queryKey, int tier, int threshold, Scratch s, Top top,
                        List<Found> found) {
        int lq = ids.length;
        int unknown = lq - known.length;
        int queryPrefix = lq - minOverlap(tier, lq) + 1;
        // Length filter: the shorter text must hold enough shared words for the longer one.
        int shortest = minOverlap(tier, lq);
        int longest = (int) Math.min(Integer.MAX_VALUE, 100L * lq / tier);
        s.stamp++;
        int candidateCount = 0;
        for (int i = unknown; i < queryPrefix; i++) {
            int r = known[i - unknown];
            int[] unitsOf = postingUnits[r];
            int[] positions = postingPositions[r];
            int[] unitLengths = postingLengths[r];
            for (int p = firstOfLength(unitLengths, shortest); p < unitsOf.length; p++) {
                int lu = unitLengths[p];
                if (lu > longest) {
                    break;
                }
                int needed = minOverlap(tier, Math.max(lq, lu));
                int j = positions[p];
                // Prefix filter, from the posting alone: the first shared element must lie in both prefixes. Later
                // elements of a unit sit further on in it, so a unit whose element here lies past its prefix either
                // was met before (and verification counts this element) or cannot reach the tier.
                if (i >= lq - needed + 1 || j >= lu - needed + 1) {
                    continue;
                }
                int u = unitsOf[p];
                int at = 4 * u;
                int[] state = s.state;
                if (state[at] != s.stamp) {
                    state[at] = s.stamp;
                    if (s.verified[u] == s.verifiedStamp) {
                        state[at + 1] = -1;
                        continue;
                    }
                    state[at + 1] = 0;
                    candidateCount = s.add(candidateCount, u);
                } else if (state[at + 1] < 0) {
                    continue;
                }
                int overlap = ++state[at + 1];
                state[at + 2] = i;
                state[at + 3] = j;
                // Positional filter: what is left of either text after this element bounds the overlap.
                if (overlap + Math.min(lq - i - 1, lu - j - 1) < needed) {
                    state[at + 1] = -1;
                }
            }
        }
        int survivors = 0;
        for (int c = 0; c < candidateCount; c++) {
            int u = s.candidates[c];
            int at = 4 * u;
            if (s.state[at + 1] < 0) {
                continue;
            }
            int lu = lengths[u];
            int bound = s.state[at + 1] + Math.min(lq - s.state[at + 2] - 1, lu - s.state[at + 3] - 1);
            s.candidates[survivors] = u;
            s.bounds[survivors++] = 100 * Math.min(bound, Math.min(lq, lu)) / Math.max(lq, lu);
        }
        long[] packed = new long[survivors];
        for (int i = 0; i < survivors; i++) {
            // Best bound first, then memory order: (100 - bound) in the high bits, the unit in the low bits.
            packed[i] = ((long) (100 - s.bounds[i]) << 32) | s.candidates[i];
        }
        Arrays.sort(packed);
        for (long entry : packed) {
            int bound = 100 - (int) (entry >>> 32);
            int u = (int) entry;
            // Below 100 a unit that can at best tie with the last kept match is not looked at: among equal
            // similarities the one verified first stays. At 100 ties go on, as in-context matches rank higher.
            if (top.full() && (bound < top.last() || (bound == top.last() && bound < 100))) {
                break;
            }
            int lu = lengths[u];
            int longer = Math.max(lq, lu);
            int needed = minOverlap(top.full() ? Math.max(tier, top.last()) : tier, longer);
            // The exact overlap, continuing the merge after the last shared element the prefix scan saw.
            int at = 4 * u;
            int common = intersection(known, s.state[at + 2] + 1 - unknown, elements[u], s.state[at + 3] + 1,
                    s.state[at + 1], needed);
            if (common < 0) {
                continue;
            }
            s.verified[u] = s.verifiedStamp;
            int distance = s.distance(ids, tokens[u]);
            int similarity = 100 * (longer - distance) / longer;
            if (similarity < threshold) {
                continue;
            }
            if (similarity == 100 && !keys[u].equals(queryKey)) {
                similarity = 99;
            }
            found.add(new Found(u, similarity));
            top.offer(pairs[u], similarity);
        }
    }

    /** The first index in a posting list's ascending unit lengths with at least {@code length} words. */
    private static int firstOfLength(int[] unitLengths, int length) {
        int lo = 0;
        int hi = unitLengths.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (unitLengths[mid] < length) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The fewest shared words that let two texts, the longer of {@code length} words, reach {@code threshold}. */
    private static int minOverlap(int threshold, int length) {
        return Math.max(1, (threshold * length + 99) / 100);
    }

    /**
     * {@code common} plus the size of the intersection of two ascending arrays from the given positions on, or -1
     * as soon as the total cannot reach {@code needed}.
     */
    private static int intersection(int[] a, int from, int[] b, int fromB, int common, int needed) {
        int i = from;
        int j = fromB;
        while (i < a.length && j < b.length) {
            if (common + Math.min(a.length - i, b.length - j) < needed) {
                return -1;
            }
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common >= needed ? common : -1;
    }

    /** The best similarities found so far, one per distinct source/target pair (repeats are reported once). */
    private static final class Top {
        private final int[] kept;
        private final Scratch scratch;
        private int count;

        Top(int keep, Scratch scratch) {
            kept = new int[keep];
            this.scratch = scratch;
        }

        boolean full() {
            return count == kept.length;
        }

        int last() {
            return kept[kept.length - 1];
        }

        void offer(int pair, int similarity) {
            if (scratch.pairSeen[pair] == scratch.verifiedStamp) {
                return;
            }
            scratch.pairSeen[pair] = scratch.verifiedStamp;
            int i = count < kept.length ? count : kept.length - 1;
            if (full() && similarity <= kept[i]) {
                return;
            }
            while (i > 0 && kept[i - 1] < similarity) {
                kept[i] = kept[i - 1];
                i--;
            }
            kept[i] = similarity;
            count = Math.min(count + 1, kept.length);
        }
    }

    private record Found(int unit, int similarity) {
    }

    /** Per-thread working memory, so that a query allocates little. */
    private static final class Scratch {
        /**
         * Per unit, side by side so that a posting costs one cache line: the stamp of the search that met it, the
         * shared elements counted (-1 once ruled out), and the query and unit positions of the last one.
         */
        final int[] state;
        final int[] verified;
        int stamp;
        int verifiedStamp;
        int[] candidates = new int[64];
        int[] bounds = new int[64];
        int[] row = new int[64];
        int[] previousRow = new int[64];

        final int[] pairSeen;

        Scratch(int units, int pairs) {
            pairSeen = new int[pairs];
            state = new int[4 * units];
            verified = new int[units];
        }

        int add(int index, int unit) {
            if (index == candidates.length) {
                candidates = Arrays.copyOf(candidates, index * 2);
                bounds = Arrays.copyOf(bounds, index * 2);
            }
            candidates[index] = unit;
            return index + 1;
        }

        /** Levenshtein distance over token ids, unit costs. */
        int distance(int[] a, int[] b) {
            if (row.length <= b.length) {
                row = new int[b.length + 1];
                previousRow = new int[b.length + 1];
            }
            int[] prev = previousRow;
            int[] cur = row;
            for (int j = 0; j <= b.length; j++) {
                prev[j] = j;
            }
            for (int i = 1; i <= a.length; i++) {
                cur[0] = i;
                int ai = a[i - 1];
                for (int j = 1; j <= b.length; j++) {
                    int cost = ai == b[j - 1] ? 0 : 1;
                    cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                }
                int[] swap = prev;
                prev = cur;
                cur = swap;
            }
            return prev[b.length];
        }
    }
}

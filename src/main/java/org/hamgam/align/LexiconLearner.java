package org.hamgam.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns a small word-translation table from the confident beads of a first alignment (the "realign" idea of
 * hunalign and of mALIGNa's Moore macro): word pairs that co-occur in beads far more often than chance, scored by
 * the Dice coefficient. The table is then used as one more signal in a second pass.
 */
final class LexiconLearner {
    static final int MIN_COUNT = 2;
    static final double MIN_DICE = 0.3;
    static final int PER_WORD = 3;
    static final double MAX_SHARE = 0.1;

    private LexiconLearner() {
    }

    /**
     * @return per-sentence feature lists for the source and the target (index 0 and 1), where a feature is a
     *         learned word pair present on that side
     */
    static List<List<List<String>>> features(List<BandedSearch.Step> steps, double minPosterior,
                                             int[][] sourceWords, int[][] targetWords) {
        // Counts per word and per word pair over confident 1-1 and many-to-one beads.
        LongIntMap pairCount = new LongIntMap(1 << 12);
        boolean[] sourceUseful = useful(sourceWords);
        boolean[] targetUseful = useful(targetWords);
        int[] sourceCount = new int[sourceUseful.length];
        int[] targetCount = new int[targetUseful.length];
        List<int[][]> beads = new ArrayList<>();
        for (BandedSearch.Step s : steps) {
            if (s.posterior() < minPosterior || s.s0() == s.s1() || s.t0() == s.t1()) {
                continue;
            }
            int[] ws = filter(unionOf(sourceWords, s.s0(), s.s1()), sourceUseful);
            int[] wt = filter(unionOf(targetWords, s.t0(), s.t1()), targetUseful);
            beads.add(new int[][] {ws, wt});
            for (int a : ws) {
                sourceCount[a]++;
            }
            for (int b : wt) {
                targetCount[b]++;
            }
        }
        for (int[][] bead : beads) {
            int[] cs = counts(bead[0], sourceCount);
            int[] ct = counts(bead[1], targetCount);
            for (int x = 0; x < bead[0].length; x++) {
                for (int y = 0; y < bead[1].length; y++) {
                    // Skip pairs whose counts alone keep them below MIN_DICE: the co-occurrence count is at most
                    // the smaller of the two.
                    if (2.0 * Math.min(cs[x], ct[y]) >= MIN_DICE * (cs[x] + ct[y])) {
                        pairCount.increment(key(bead[0][x], bead[1][y]));
                    }
                }
            }
        }
        // Best translations per source word.
        Map<Integer, List<long[]>> best = new HashMap<>();
        pairCount.forEach((k, c) -> {
            if (c < MIN_COUNT) {
                return;
            }
            int a = (int) (k >>> 32);
            int b = (int) k;
            double dice = 2.0 * c / (sourceCount[a] + targetCount[b]);
            if (dice >= MIN_DICE) {
                best.computeIfAbsent(a, x -> new ArrayList<>()).add(new long[] {k, Double.doubleToLongBits(dice)});
            }
        });
        Map<Integer, List<String>> bySource = new HashMap<>();
        Map<Integer, List<String>> byTarget = new HashMap<>();
        for (Map.Entry<Integer, List<long[]>> e : best.entrySet()) {
            List<long[]> list = e.getValue();
            list.sort((x, y) -> Double.compare(Double.longBitsToDouble(y[1]), Double.longBitsToDouble(x[1])));
            for (int r = 0; r < Math.min(PER_WORD, list.size()); r++) {
                long k = list.get(r)[0];
                String id = Long.toHexString(k);
                bySource.computeIfAbsent((int) (k >>> 32), x -> new ArrayList<>()).add(id);
                byTarget.computeIfAbsent((int) k, x -> new ArrayList<>()).add(id);
            }
        }
        return List.of(expand(sourceWords, bySource), expand(targetWords, byTarget));
    }

    private static int[] counts(int[] words, int[] count) {
        int[] out = new int[words.length];
        for (int k = 0; k < words.length; k++) {
            out[k] = count[words[k]];
        }
        return out;
    }

    /**
     * Words worth pairing: seen in at least {@link #MIN_COUNT} sentences (rarer ones cannot reach the count) and in
     * at most {@link #MAX_SHARE} of them (function words co-occur with everything and would only add noise and time).
     */
    private static boolean[] useful(int[][] words) {
        int max = 0;
        for (int[] s : words) {
            for (int w : s) {
                max = Math.max(max, w + 1);
            }
        }
        int[] df = new int[max];
        for (int[] s : words) {
            for (int w : s) {
                df[w]++;
            }
        }
        boolean[] useful = new boolean[max];
        double limit = Math.max(MIN_COUNT, MAX_SHARE * words.length);
        for (int w = 0; w < max; w++) {
            useful[w] = df[w] >= MIN_COUNT && df[w] <= limit;
        }
        return useful;
    }

    private static int[] filter(int[] words, boolean[] useful) {
        int k = 0;
        int[] out = new int[words.length];
        for (int w : words) {
            if (useful[w]) {
                out[k++] = w;
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static List<List<String>> expand(int[][] words, Map<Integer, List<String>> pairs) {
        List<List<String>> out = new ArrayList<>(words.length);
        for (int[] sentence : words) {
            List<String> fs = new ArrayList<>();
            for (int w : sentence) {
                List<String> p = pairs.get(w);
                if (p != null) {
                    fs.addAll(p);
                }
            }
            out.add(fs);
        }
        return out;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    private static int[] unionOf(int[][] sets, int from, int to) {
        if (to - from == 1) {
            return sets[from];
        }
        int[] all = new int[0];
        for (int k = from; k < to; k++) {
            int[] add = sets[k];
            int[] merged = Arrays.copyOf(all, all.length + add.length);
            System.arraycopy(add, 0, merged, all.length, add.length);
            all = merged;
        }
        return Arrays.stream(all).sorted().distinct().toArray();
    }

    /** Word ids per sentence (sorted, distinct), interning folded word forms. */
    static int[][] wordIds(List<List<String>> words, Map<String, Integer> vocabulary) {
        int[][] out = new int[words.size()][];
        // Folding is the costly part and word forms recur: each form is folded once.
        Map<String, Integer> forms = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            List<String> sentence = words.get(i);
            int[] ids = new int[sentence.size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = forms.computeIfAbsent(sentence.get(k),
                        w -> vocabulary.computeIfAbsent(Tokens.fold(w), x -> vocabulary.size()));
            }
            Arrays.sort(ids);
            out[i] = FeatureTable.dedupe(ids);
        }
        return out;
    }

    /** Open-addressing map from long keys to counts; avoids boxing millions of pairs. */
    static final class LongIntMap {
        private long[] keys;
        private int[] values;
        private boolean[] used;
        private int size;

        LongIntMap(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
            used = new boolean[capacity];
        }

        void increment(long key) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = slot(key, keys.length);
            while (used[slot] && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (!used[slot]) {
                used[slot] = true;
                keys[slot] = key;
                size++;
            }
            values[slot]++;
        }

        interface Visitor {
            void visit(long key, int value);
        }

        void forEach(Visitor visitor) {
            for (int s = 0; s < keys.length; s++) {
                if (used[s]) {
                    visitor.visit(keys[s], values[s]);
                }
            }
        }

        private static int slot(long key, int capacity) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32) & (capacity - 1);
        }

        private void grow() {
            long[] k = keys;
            int[] v = values;
            boolean[] u = used;
            keys = new long[k.length * 2];
            values = new int[k.length * 2];
            used = new boolean[k.length * 2];
            for (int s = 0; s < k.length; s++) {
                if (u[s]) {
                    int slot = slot(k[s], keys.length);
                    while (used[slot]) {
                        slot = (slot + 1) & (keys.length - 1);
                    }
                    used[slot] = true;
                    keys[slot] = k[s];
                    values[slot] = v[s];
                }
            }
        }
    }
}

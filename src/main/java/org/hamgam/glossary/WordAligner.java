package org.hamgam.glossary;

import java.util.Arrays;

/**
 * Links the words of aligned sentence pairs by word translation probabilities learnt over the bitext with IBM
 * Model 1, both ways (English given Persian and Persian given English, each with an empty word for words the
 * other side leaves untranslated), see {@link #links}. Unlike a co-occurrence score, EM explains each word by
 * one translation, so a frequent word that happens to share many pairs with a term does not compete with it.
 *
 * <p>EM runs over at most {@link #SAMPLE} pairs spread evenly over the input, which is plenty to learn the
 * words that matter for terms and keeps the cost bounded; links are then made for every pair.
 */
final class WordAligner {
    /** Below this a word is left unlinked rather than linked to a doubtful translation. */
    static final double MIN_PROBABILITY = 0.1;
    static final int ITERATIONS = 5;
    static final int SAMPLE = 20_000;

    private final int[] faFreq;
    /** Index + 1 of each Persian–English word pair that Model 1 makes likely enough to link. */
    private final LongIntMap linkable;
    /** Per cell: the probability of the English word given the Persian, and of the Persian given the English. */
    private final double[] enGivenFa;
    private final double[] faGivenEn;

    /** Learns from the pairs: {@code fa[p]} and {@code en[p]} are the word ids of pair {@code p}. */
    WordAligner(int[][] fa, int[][] en, int faVocabulary, int enVocabulary) {
        faFreq = new int[faVocabulary];
        for (int[] f : fa) {
            for (int x : distinct(f)) {
                faFreq[x]++;
            }
        }
        int stride = Math.max(1, (fa.length + SAMPLE - 1) / SAMPLE);
        int n = (fa.length + stride - 1) / stride;
        int[][] sampleCells = new int[n][];
        LongIntMap cells = new LongIntMap(1 << 16);
        int[] cellFa = new int[1 << 16];
        int[] cellEn = new int[1 << 16];
        int size = 0;
        for (int s = 0; s < n; s++) {
            int[] f = fa[s * stride];
            int[] e = en[s * stride];
            int[] idx = new int[f.length * e.length];
            for (int i = 0; i < f.length; i++) {
                long base = (long) f[i] << 32;
                for (int j = 0; j < e.length; j++) {
                    long key = base | e[j];
                    int c = cells.get(key) - 1;
                    if (c < 0) {
                        c = size++;
                        cells.add(key, c + 1);
                        if (c == cellFa.length) {
                            cellFa = Arrays.copyOf(cellFa, 2 * c);
                            cellEn = Arrays.copyOf(cellEn, 2 * c);
                        }
                        cellFa[c] = f[i];
                        cellEn[c] = e[j];
                    }
                    idx[i * e.length + j] = c;
                }
            }
            sampleCells[s] = idx;
        }
        double[] forward = train(sampleCells, fa, en, stride, Arrays.copyOf(cellFa, size), faVocabulary,
                enVocabulary, true);
        double[] backward = train(sampleCells, fa, en, stride, Arrays.copyOf(cellEn, size), enVocabulary,
                faVocabulary, false);
        // only cells that can make a link are kept: a small table stays in cache while every pair is linked
        linkable = new LongIntMap(1 << 12);
        int kept = 0;
        double[] keptForward = new double[size];
        double[] keptBackward = new double[size];
        for (int c = 0; c < size; c++) {
            if (forward[c] >= MIN_PROBABILITY || backward[c] >= MIN_PROBABILITY) {
                linkable.add((long) cellFa[c] << 32 | cellEn[c], kept + 1);
                keptForward[kept] = forward[c];
                keptBackward[kept] = backward[c];
                kept++;
            }
        }
        enGivenFa = Arrays.copyOf(keptForward, kept);
        faGivenEn = Arrays.copyOf(keptBackward, kept);
    }

    /**
     * EM for IBM Model 1: the probability of each target word given each source word, per cell. With
     * {@code forward} the source is Persian (cells are indexed [i * |e| + j]); otherwise English.
     */
    private static double[] train(int[][] sampleCells, int[][] fa, int[][] en, int stride, int[] cellSource,
                                  int sourceVocabulary, int targetVocabulary, boolean forward) {
        int size = cellSource.length;
        double[] t = new double[size];
        Arrays.fill(t, 1.0);
        double[] nullT = new double[targetVocabulary];
        Arrays.fill(nullT, 1.0);
        double[] count = new double[size];
        double[] total = new double[sourceVocabulary];
        double[] nullCount = new double[targetVocabulary];
        for (int it = 0; it < ITERATIONS; it++) {
            Arrays.fill(count, 0);
            Arrays.fill(total, 0);
            Arrays.fill(nullCount, 0);
            double nullTotal = 0;
            for (int s = 0; s < sampleCells.length; s++) {
                int[] idx = sampleCells[s];
                int[] e = en[s * stride];
                int fn = fa[s * stride].length;
                int en1 = e.length;
                int[] target = forward ? e : fa[s * stride];
                int sources = forward ? fn : en1;
                for (int j = 0; j < target.length; j++) {
                    int y = target[j];
                    double denom = nullT[y];
                    for (int i = 0; i < sources; i++) {
                        denom += t[forward ? idx[i * en1 + j] : idx[j * en1 + i]];
                    }
                    if (denom <= 0) {
                        continue;
                    }
                    for (int i = 0; i < sources; i++) {
                        int c = forward ? idx[i * en1 + j] : idx[j * en1 + i];
                        double p = t[c] / denom;
                        count[c] += p;
                        total[cellSource[c]] += p;
                    }
                    double p = nullT[y] / denom;
                    nullCount[y] += p;
                    nullTotal += p;
                }
            }
            for (int c = 0; c < size; c++) {
                double z = total[cellSource[c]];
                t[c] = z > 0 ? count[c] / z : 0;
            }
            for (int y = 0; y < targetVocabulary; y++) {
                nullT[y] = nullTotal > 0 ? nullCount[y] / nullTotal : 0;
            }
        }
        return t;
    }

    private static int[] distinct(int[] ids) {
        int[] s = ids.clone();
        Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i] != s[i - 1]) {
                s[n++] = s[i];
            }
        }
        return Arrays.copyOf(s, n);
    }

    /** The links of one pair: for each Persian word its English word, and for each English word its Persian. */
    record Links(int[] faToEn, int[] enToFa) {
    }

    /**
     * Links the words of one pair both ways, as the two Model 1 directions align them: each Persian word to the
     * English word most likely to have produced it, each English word to the Persian word most likely to have
     * produced it, when that probability is above {@link #MIN_PROBABILITY}. The union lets one Persian word
     * cover two English ones (گلودرد → sore throat) and two Persian words one English (کرونا ویروس → coronavirus).
     */
    Links links(int[] fa, int[] en) {
        int[] faToEn = new int[fa.length];
        Arrays.fill(faToEn, -1);
        int[] enToFa = new int[en.length];
        Arrays.fill(enToFa, -1);
        double[] bestEn = new double[en.length];
        for (int i = 0; i < fa.length; i++) {
            double bestFa = MIN_PROBABILITY;
            for (int j = 0; j < en.length; j++) {
                int c = linkable.get(((long) fa[i] << 32) | en[j]) - 1;
                if (c < 0) {
                    continue;
                }
                if (faGivenEn[c] > bestFa) {
                    bestFa = faGivenEn[c];
                    faToEn[i] = j;
                }
                if (enGivenFa[c] > Math.max(MIN_PROBABILITY, bestEn[j])) {
                    bestEn[j] = enGivenFa[c];
                    enToFa[j] = i;
                }
            }
        }
        return new Links(faToEn, enToFa);
    }

    int persianFrequency(int f) {
        return faFreq[f];
    }
}

package org.hamgam.glossary;

import java.util.Arrays;

/**
 * Links the words of aligned sentence pairs by their association over the whole bitext (Dice coefficient of
 * the pairs they occur in), see {@link #links}.
 */
final class WordAligner {
    static final double MIN_DICE = 0.04;
    static final double COMPETITION = 0.5;

    private final int[] faFreq;
    private final int[] enFreq;
    private final LongIntMap cooc;

    /** Counts over the pairs: {@code fa[p]} and {@code en[p]} are the word ids of pair {@code p}. */
    WordAligner(int[][] fa, int[][] en, int faVocabulary, int enVocabulary) {
        faFreq = new int[faVocabulary];
        enFreq = new int[enVocabulary];
        cooc = new LongIntMap(1 << 16);
        for (int p = 0; p < fa.length; p++) {
            int[] f = distinct(fa[p]);
            int[] e = distinct(en[p]);
            for (int x : f) {
                faFreq[x]++;
            }
            for (int y : e) {
                enFreq[y]++;
            }
            for (int x : f) {
                long base = (long) x << 32;
                for (int y : e) {
                    cooc.add(base | y, 1);
                }
            }
        }
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

    double dice(int f, int e) {
        int c = cooc.get(((long) f << 32) | e);
        return c == 0 ? 0 : 2.0 * c / (faFreq[f] + enFreq[e]);
    }

    /** The links of one pair: for each Persian word its English word, and for each English word its Persian. */
    record Links(int[] faToEn, int[] enToFa) {
    }

    /**
     * Links the words of one pair both ways: each word to the word of the other side it is most associated with,
     * when it is also among the strongest candidates for that word. The union lets one Persian word cover two
     * English ones (گلودرد → sore throat) and two Persian words one English (کرونا ویروس → coronavirus).
     */
    Links links(int[] fa, int[] en) {
        double[][] d = new double[fa.length][en.length];
        double[] bestForEn = new double[en.length];
        double[] bestForFa = new double[fa.length];
        for (int i = 0; i < fa.length; i++) {
            for (int j = 0; j < en.length; j++) {
                d[i][j] = dice(fa[i], en[j]);
                bestForEn[j] = Math.max(bestForEn[j], d[i][j]);
                bestForFa[i] = Math.max(bestForFa[i], d[i][j]);
            }
        }
        int[] faToEn = new int[fa.length];
        Arrays.fill(faToEn, -1);
        for (int i = 0; i < fa.length; i++) {
            int best = -1;
            double bestScore = MIN_DICE;
            for (int j = 0; j < en.length; j++) {
                if (d[i][j] > bestScore) {
                    bestScore = d[i][j];
                    best = j;
                }
            }
            if (best >= 0 && bestScore >= COMPETITION * bestForEn[best]) {
                faToEn[i] = best;
            }
        }
        int[] enToFa = new int[en.length];
        Arrays.fill(enToFa, -1);
        for (int j = 0; j < en.length; j++) {
            int best = -1;
            double bestScore = MIN_DICE;
            for (int i = 0; i < fa.length; i++) {
                if (d[i][j] > bestScore) {
                    bestScore = d[i][j];
                    best = i;
                }
            }
            if (best >= 0 && bestScore >= COMPETITION * bestForFa[best]) {
                enToFa[j] = best;
            }
        }
        return new Links(faToEn, enToFa);
    }

    int persianFrequency(int f) {
        return faFreq[f];
    }
}

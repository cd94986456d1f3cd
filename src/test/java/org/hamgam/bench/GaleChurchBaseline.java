package org.hamgam.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hamgam.align.Alignment;
import org.hamgam.align.SentenceAligner;
import org.hamgam.model.Bead;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;

/**
 * Plain Gale and Church (1993): character lengths only, c = 1, s² = 6.8, their bead priors (1-1, 1-0, 0-1,
 * 2-1, 1-2, 2-2) and a full dynamic programming table. The baseline the aligner is compared against.
 */
final class GaleChurchBaseline implements SentenceAligner {
    private static final int[][] TYPES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
    private static final double[] PRIOR = {0.89, 0.0099 / 2, 0.0099 / 2, 0.089 / 2, 0.089 / 2, 0.011};

    @Override
    public Alignment align(List<Segment> source, List<Segment> target,
                           List<List<TermHit>> sourceTerms, List<List<TermHit>> targetTerms) {
        int n = source.size();
        int m = target.size();
        int[] ls = new int[n + 1];
        int[] lt = new int[m + 1];
        for (int i = 0; i < n; i++) {
            ls[i + 1] = ls[i] + source.get(i).text().length();
        }
        for (int j = 0; j < m; j++) {
            lt[j + 1] = lt[j] + target.get(j).text().length();
        }
        double[][] cost = new double[n + 1][m + 1];
        byte[][] back = new byte[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                byte arg = -1;
                for (int t = 0; t < TYPES.length; t++) {
                    int pi = i - TYPES[t][0];
                    int pj = j - TYPES[t][1];
                    if (pi < 0 || pj < 0) {
                        continue;
                    }
                    double c = cost[pi][pj] - Math.log(PRIOR[t])
                            + match(ls[i] - ls[pi], lt[j] - lt[pj]);
                    if (c < best) {
                        best = c;
                        arg = (byte) t;
                    }
                }
                cost[i][j] = best;
                back[i][j] = arg;
            }
        }
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int t = back[i][j];
            int pi = i - TYPES[t][0];
            int pj = j - TYPES[t][1];
            List<Integer> s = new ArrayList<>();
            for (int k = pi; k < i; k++) {
                s.add(k);
            }
            List<Integer> u = new ArrayList<>();
            for (int k = pj; k < j; k++) {
                u.add(k);
            }
            beads.add(new Bead(s, u, 1));
            i = pi;
            j = pj;
        }
        Collections.reverse(beads);
        return new Alignment(beads, 1, List.of());
    }

    private static double match(int a, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        double mean = (a + b) / 2.0;
        double z = Math.abs((b - a) / Math.sqrt(6.8 * mean));
        double pd = 2 * (1 - phi(z));
        return -Math.log(Math.max(pd, 1e-100));
    }

    private static double phi(double z) {
        // Abramowitz and Stegun 26.2.17, as in Gale and Church's own program.
        double t = 1 / (1 + 0.2316419 * z);
        double pd = 1 - 0.3989423 * Math.exp(-z * z / 2)
                * ((((1.330274429 * t - 1.821255978) * t + 1.781477937) * t - 0.356563782) * t + 0.319381530) * t;
        return pd;
    }
}

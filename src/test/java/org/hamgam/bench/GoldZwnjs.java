package org.hamgam.bench;

import java.util.HashSet;
import java.util.Set;

/**
 * A gold paragraph turned into the two inputs ZWNJ repair is scored on, with the gold ZWNJ positions in each: the
 * joined variant drops every ZWNJ (a position is the offset of the letter after it), the spaced variant turns each
 * into a space (a position is the offset of that space). "Visible" positions follow a joining letter.
 */
record GoldZwnjs(StringBuilder joined, StringBuilder spaced, Set<Integer> joinedAt, Set<Integer> joinedVisibleAt,
                 Set<Integer> spacedAt, Set<Integer> spacedVisibleAt) {
    private static final char ZWNJ = '\u200C';

    static GoldZwnjs of(String gold) {
        GoldZwnjs g = new GoldZwnjs(new StringBuilder(), new StringBuilder(), new HashSet<>(), new HashSet<>(),
                new HashSet<>(), new HashSet<>());
        for (int i = 0; i < gold.length(); i++) {
            char c = gold.charAt(i);
            if (c != ZWNJ) {
                g.joined.append(c);
                g.spaced.append(c);
                continue;
            }
            g.spaced.append(' ');
            boolean betweenLetters = i > 0 && i + 1 < gold.length() && Character.isLetter(gold.charAt(i - 1))
                    && Character.isLetter(gold.charAt(i + 1));
            if (betweenLetters) {
                g.joinedAt.add(g.joined.length());
                g.spacedAt.add(g.spaced.length() - 1);
                if (!NormalizeBench.nonJoining(gold.charAt(i - 1))) {
                    g.joinedVisibleAt.add(g.joined.length());
                    g.spacedVisibleAt.add(g.spaced.length() - 1);
                }
            }
        }
        return g;
    }
}

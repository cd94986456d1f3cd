package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every term of a {@link Trie} in a text's {@link Units}, then keeps the longest non-overlapping matches.
 * Matching starts only where a word starts and walks the trie once per start, so its cost grows with the text,
 * not with the number of terms. The rules that decide which gaps may stand between the parts of a term are
 * here; what counts as the same letter is in {@link Fold}.
 */
final class Automaton {
    /** A match: units [start, end) of the text, of which [start, coreEnd) matched the term itself. */
    record Match(int start, int end, int coreEnd, int term) {
    }

    private static final Comparator<Match> PREFERENCE = Comparator
            .comparingInt((Match m) -> -(m.end - m.start))
            .thenComparingInt(m -> -(m.coreEnd - m.start))
            .thenComparingInt(Match::start)
            .thenComparingInt(Match::term);

    private final Trie trie;
    private final boolean persian;
    private final Suffixes finals;
    private final Suffixes heads;

    // immutable, so shared by every matcher
    private static final Suffixes PERSIAN_FINAL = Suffixes.persianFinal();
    private static final Suffixes PERSIAN_HEAD = Suffixes.persianHead();
    private static final Suffixes ENGLISH_FINAL = Suffixes.englishFinal();
    private static final Suffixes NONE = Suffixes.none();

    Automaton(Trie trie, boolean persian) {
        this.trie = trie;
        this.persian = persian;
        this.finals = persian ? PERSIAN_FINAL : ENGLISH_FINAL;
        this.heads = persian ? PERSIAN_HEAD : NONE;
    }

    /** The chosen matches in {@code u}, by start: longest first, ties to the earlier start, then the first term. */
    List<Match> find(Units u) {
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < u.n; i++) {
            if (canStart(u, i)) {
                new Walk(u, i, all).explore(0, i, -1);
            }
        }
        if (all.size() <= 1) {
            return all;
        }
        all.sort(PREFERENCE);
        boolean[] taken = new boolean[u.n];
        List<Match> chosen = new ArrayList<>();
        for (Match m : all) {
            boolean free = true;
            for (int k = m.start; k < m.end && free; k++) {
                free = !taken[k];
            }
            if (free) {
                for (int k = m.start; k < m.end; k++) {
                    taken[k] = true;
                }
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Match::start));
        return chosen;
    }

    /** A word starts after a gap that is not inside a word; a number glued to a word by a hyphen does not. */
    private static boolean canStart(Units u, int i) {
        byte g = u.gap[i];
        if (g == Fold.SPACE || g == Fold.JOIN || g == Fold.HARD) {
            return true;
        }
        return g == Fold.HYPHEN && u.isDigit(i) == u.isDigit(i - 1);
    }

    /** A word ends before a gap that is not inside a word: شاهد is not a whole word in شاهد-۱۳۶. */
    private static boolean canEnd(Units u, int k) {
        byte g = u.gap[k];
        if (k == u.n || g == Fold.SPACE || g == Fold.JOIN || g == Fold.HARD) {
            return true;
        }
        return g == Fold.HYPHEN && !u.isDigit(k) && !u.isDigit(k - 1);
    }

    private final class Walk {
        private final Units u;
        private final int start;
        private final List<Match> out;

        Walk(Units u, int start, List<Match> out) {
            this.u = u;
            this.start = start;
            this.out = out;
        }

        /**
         * At trie {@code node}, about to read unit {@code j}. {@code split} is -1, or the number of characters
         * read since the text split a term word that the glossary writes solid (it must reach 2).
         */
        void explore(int node, int j, int split) {
            if (j > start && (split < 0 || split >= 2)) {
                int[] terms = trie.terms(node);
                if (terms != null) {
                    accept(node, j, terms[0]);
                }
            }
            if (j >= u.n) {
                return;
            }
            char c = u.ch[j];
            if (j == start) {
                step(node, c, j, -1);
                return;
            }
            byte g = u.gap[j];
            if (g == Fold.HARD) {
                return;
            }
            if (g <= Fold.SOFT) {
                step(node, c, j, split < 0 ? -1 : split + 1);
            } else if (persian && g <= Fold.HYPHEN && split < 0 && trie.wordDepth(node) >= 2) {
                // تفاهم نامه for a glossary's تفاهمنامه, غیر غربی for غیرغربی
                step(node, c, j, 1);
            }
            if ((split >= 0 && split < 2) || !trie.hasSeparator(node)) {
                return;
            }
            nextWord(node, Trie.GLUE, j, g);
            nextWord(node, Trie.GAP, j, g);
        }

        private void step(int node, char c, int j, int split) {
            int child = trie.child(node, c);
            if (child >= 0) {
                explore(child, j + 1, split);
            }
        }

        private void nextWord(int node, char sep, int j, byte g) {
            int s = trie.child(node, sep);
            if (s < 0) {
                return;
            }
            if (g != Fold.NONE || sep == Trie.GLUE) {
                step(s, u.ch[j], j, -1);
            }
            // موشک‌های بالیستیک: the head word carries the plural or ezafe
            heads.forEachEnd(u, j, trie.wordDepth(node), k -> {
                if (k < u.n && u.gap[k] >= Fold.SOFT && u.gap[k] <= Fold.JOIN) {
                    step(s, u.ch[k], k, -1);
                }
            });
        }

        private void accept(int node, int j, int term) {
            int[] best = {canEnd(u, j) ? j : -1};
            finals.forEachEnd(u, j, trie.wordDepth(node), k -> {
                if (k > best[0] && canEnd(u, k)) {
                    best[0] = k;
                }
            });
            if (best[0] >= 0) {
                out.add(new Match(start, best[0], j, term));
            }
        }
    }
}

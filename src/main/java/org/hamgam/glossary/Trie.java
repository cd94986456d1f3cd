package org.hamgam.glossary;

import java.util.Arrays;

/**
 * A character trie over folded term forms, stored as one open-addressing table from (node, symbol) to child.
 * Besides folded characters a path holds two separator symbols between the words of a term: {@link #GLUE}, which
 * text may also write as nothing (تفاهم‌نامه → تفاهمنامه), and {@link #GAP}, which text must write as a gap.
 * Immutable once built.
 */
final class Trie {
    static final char GLUE = '\u0001';
    static final char GAP = '\u0002';

    private final long[] keys;
    private final int[] children;
    private final int mask;
    /** For each node, the number of characters since the last separator on its path. */
    private final int[] wordDepth;
    /** For each node, the indices of the terms ending there (ascending), or null. */
    private final int[][] terms;

    private Trie(long[] keys, int[] children, int mask, int[] wordDepth, int[][] terms) {
        this.keys = keys;
        this.children = children;
        this.mask = mask;
        this.wordDepth = wordDepth;
        this.terms = terms;
    }

    /** The child of {@code node} by {@code symbol}, or -1. */
    int child(int node, char symbol) {
        long key = ((long) node << 16) | symbol;
        int slot = mix(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return children[slot];
            }
            if (k == -1L) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    int wordDepth(int node) {
        return wordDepth[node];
    }

    int[] terms(int node) {
        return terms[node];
    }

    int size() {
        return wordDepth.length;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    /** Collects paths, then freezes them into a {@link Trie}. Not thread-safe. */
    static final class Builder {
        private long[] keys = new long[1024];
        private int[] children = new int[1024];
        private int used;
        private int[] wordDepth = new int[256];
        private int[][] terms = new int[256][];
        private int nodes = 1;

        Builder() {
            Arrays.fill(keys, -1L);
        }

        /** Adds the path of {@code words} joined by {@code seps} (one fewer than words), ending in {@code term}. */
        void add(String[] words, char[] seps, int term) {
            int node = 0;
            for (int w = 0; w < words.length; w++) {
                if (w > 0) {
                    node = childOrNew(node, seps[w - 1], 0);
                }
                String word = words[w];
                for (int i = 0; i < word.length(); i++) {
                    node = childOrNew(node, word.charAt(i), wordDepth[node] + 1);
                }
            }
            int[] at = terms[node];
            if (at == null) {
                terms[node] = new int[] {term};
            } else if (Arrays.binarySearch(at, term) < 0) {
                int[] grown = Arrays.copyOf(at, at.length + 1);
                grown[at.length] = term;
                Arrays.sort(grown);
                terms[node] = grown;
            }
        }

        private int childOrNew(int node, char symbol, int depth) {
            long key = ((long) node << 16) | symbol;
            int mask = keys.length - 1;
            int slot = mix(key) & mask;
            while (keys[slot] != -1L) {
                if (keys[slot] == key) {
                    return children[slot];
                }
                slot = (slot + 1) & mask;
            }
            int child = nodes++;
            if (child >= wordDepth.length) {
                wordDepth = Arrays.copyOf(wordDepth, wordDepth.length * 2);
                terms = Arrays.copyOf(terms, terms.length * 2);
            }
            wordDepth[child] = depth;
            keys[slot] = key;
            children[slot] = child;
            if (++used * 2 > keys.length) {
                rehash();
            }
            return child;
        }

        private void rehash() {
            long[] oldKeys = keys;
            int[] oldChildren = children;
            keys = new long[oldKeys.length * 2];
            children = new int[oldKeys.length * 2];
            Arrays.fill(keys, -1L);
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != -1L) {
                    int slot = mix(oldKeys[i]) & mask;
                    while (keys[slot] != -1L) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    children[slot] = oldChildren[i];
                }
            }
        }

        Trie build() {
            return new Trie(keys, children, keys.length - 1, Arrays.copyOf(wordDepth, nodes),
                    Arrays.copyOf(terms, nodes));
        }
    }
}

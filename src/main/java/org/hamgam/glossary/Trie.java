package org.hamgam.glossary;

import java.util.Arrays;

/**
 * A character trie over folded term forms. Besides folded characters a path holds two separator symbols between
 * the words of a term: {@link #GLUE}, which text may also write as nothing (تفاهم‌نامه → تفاهمنامه), and
 * {@link #GAP}, which text must write as a gap. Immutable once built.
 *
 * <p>The frozen trie numbers its nodes breadth-first, so the children of a node are consecutive nodes and the
 * nodes near the root, which every match visits, share a few cache lines: node {@code n}'s children are nodes
 * {@code first[n] + 1 … first[n + 1]}, and {@code symbols[i]} is the symbol leading to node {@code i + 1}.
 */
final class Trie {
    static final char GLUE = '\u0001';
    static final char GAP = '\u0002';

    /** While building, nodes are numbered below 2^24 so that (node, symbol, child) packs into one long. */
    static final int CHILD_BITS = 24;
    static final long CHILD_MASK = (1L << CHILD_BITS) - 1;

    private static final int DEPTH_MASK = 0xFFFF;
    private static final int HAS_TERMS = 1 << 16;
    private static final int HAS_SEPARATOR = 1 << 17;
    private static final int LINEAR = 8;

    private final int[] first;
    private final char[] symbols;
    /**
     * For each node: the number of characters since the last separator on its path, whether terms end there and
     * whether a separator edge leaves it, in one int so that a visit costs one memory access.
     */
    private final int[] info;
    /** For each node, the indices of the terms ending there (ascending), or null. */
    private final int[][] terms;
    /** The root's children by symbol: every match starts there. */
    private final int[] rootChildren;

    private Trie(long[] table, int nodes, int[] wordDepth, int[][] builtTerms, boolean[] separators) {
        // edges grouped by parent, sorted by symbol
        int[] count = new int[nodes + 1];
        int edges = 0;
        for (long e : table) {
            if (e != -1L) {
                count[(int) (e >>> (CHILD_BITS + 16)) + 1]++;
                edges++;
            }
        }
        for (int i = 0; i < nodes; i++) {
            count[i + 1] += count[i];
        }
        long[] byParent = new long[edges];
        int[] fill = Arrays.copyOf(count, nodes);
        for (long e : table) {
            if (e != -1L) {
                byParent[fill[(int) (e >>> (CHILD_BITS + 16))]++] = e;
            }
        }
        for (int n = 0; n < nodes; n++) {
            Arrays.sort(byParent, count[n], count[n + 1]); // same parent: orders by symbol
        }
        // breadth-first renumbering
        int[] order = new int[nodes];
        int[] newId = new int[nodes];
        int head = 0;
        int tail = 1;
        first = new int[nodes + 1];
        symbols = new char[nodes];
        while (head < tail) {
            int old = order[head];
            first[head] = tail - 1;
            for (int i = count[old]; i < count[old + 1]; i++) {
                long e = byParent[i];
                int child = (int) (e & CHILD_MASK);
                symbols[tail - 1] = (char) ((e >>> CHILD_BITS) & 0xFFFF);
                newId[child] = tail;
                order[tail++] = child;
            }
            head++;
        }
        first[nodes] = nodes - 1;
        info = new int[nodes];
        terms = new int[nodes][];
        for (int n = 0; n < nodes; n++) {
            int old = order[n];
            terms[n] = builtTerms[old];
            info[n] = Math.min(wordDepth[old], DEPTH_MASK) | (builtTerms[old] != null ? HAS_TERMS : 0)
                    | (separators[old] ? HAS_SEPARATOR : 0);
        }
        rootChildren = new int[65536];
        Arrays.fill(rootChildren, -1);
        for (int i = first[0]; i < first[1]; i++) {
            rootChildren[symbols[i]] = i + 1;
        }
    }

    /** The child of {@code node} by {@code symbol}, or -1. */
    int child(int node, char symbol) {
        if (node == 0) {
            return rootChildren[symbol];
        }
        int lo = first[node];
        int hi = first[node + 1];
        if (hi - lo <= LINEAR) {
            for (int i = lo; i < hi; i++) {
                if (symbols[i] == symbol) {
                    return i + 1;
                }
            }
            return -1;
        }
        int i = Arrays.binarySearch(symbols, lo, hi, symbol);
        return i >= 0 ? i + 1 : -1;
    }

    int wordDepth(int node) {
        return info[node] & DEPTH_MASK;
    }

    /** The terms ending at {@code node}, or null; the flag is read first as it shares a cache line with others. */
    int[] terms(int node) {
        return (info[node] & HAS_TERMS) != 0 ? terms[node] : null;
    }

    int size() {
        return info.length;
    }

    private static int mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
    }

    /** Whether a separator edge leaves {@code node}: most nodes have none, and this saves two lookups. */
    boolean hasSeparator(int node) {
        return (info[node] & HAS_SEPARATOR) != 0;
    }

    /** Collects paths, then freezes them into a {@link Trie}. Not thread-safe. */
    static final class Builder {
        private long[] table = new long[1024];
        private int used;
        private int[] wordDepth = new int[256];
        private int[][] terms = new int[256][];
        private boolean[] separators = new boolean[256];
        private int nodes = 1;

        Builder() {
            Arrays.fill(table, -1L);
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
            int mask = table.length - 1;
            int slot = mix(key) & mask;
            while (table[slot] != -1L) {
                if ((table[slot] >>> CHILD_BITS) == key) {
                    return (int) (table[slot] & CHILD_MASK);
                }
                slot = (slot + 1) & mask;
            }
            int child = nodes++;
            if (child > CHILD_MASK - 1) {
                throw new IllegalStateException("term base too large: more than " + CHILD_MASK + " trie nodes");
            }
            if (child >= wordDepth.length) {
                wordDepth = Arrays.copyOf(wordDepth, wordDepth.length * 2);
                terms = Arrays.copyOf(terms, terms.length * 2);
                separators = Arrays.copyOf(separators, separators.length * 2);
            }
            if (symbol == GLUE || symbol == GAP) {
                separators[node] = true;
            }
            wordDepth[child] = depth;
            table[slot] = (key << CHILD_BITS) | child;
            if (++used * 2 > table.length) {
                rehash();
            }
            return child;
        }

        private void rehash() {
            long[] old = table;
            table = new long[old.length * 2];
            Arrays.fill(table, -1L);
            int mask = table.length - 1;
            for (long e : old) {
                if (e != -1L) {
                    int slot = mix(e >>> CHILD_BITS) & mask;
                    while (table[slot] != -1L) {
                        slot = (slot + 1) & mask;
                    }
                    table[slot] = e;
                }
            }
        }

        Trie build() {
            return new Trie(table, nodes, wordDepth, terms, separators);
        }
    }
}

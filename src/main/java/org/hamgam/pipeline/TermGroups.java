package org.hamgam.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * How a batch's documents are cut into the groups whose aligned pairs are summarized together for the term
 * candidates: whole documents in the batch's order, a group closed once it holds {@code size} pairs, and a last group
 * for what is left (or an empty one when nothing was summarized). Both engines cut the same way, from the pair
 * counts alone, so that their term candidates are the same.
 */
public final class TermGroups {
    private final int size;
    private final List<List<String>> closed = new ArrayList<>();
    private List<String> current = new ArrayList<>();
    private int currentPairs;

    TermGroups(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a group holds at least one pair: " + size);
        }
        this.size = size;
    }

    /** The groups of documents with these pair counts, given in the batch's order; each group's names sorted. */
    public static List<List<String>> of(List<String> names, List<Integer> pairs) {
        return of(names, pairs, TermCounter.GROUP_PAIRS);
    }

    static List<List<String>> of(List<String> names, List<Integer> pairs, int size) {
        TermGroups groups = new TermGroups(size);
        for (int i = 0; i < names.size(); i++) {
            groups.add(names.get(i), pairs.get(i));
        }
        groups.finish();
        return groups.closed;
    }

    /** Adds a document; true when it closes a group. */
    boolean add(String name, int pairs) {
        current.add(name);
        currentPairs += pairs;
        if (currentPairs >= size) {
            close();
            return true;
        }
        return false;
    }

    /** True when a last group is to be summarized: documents left over, or no group at all yet. */
    boolean finish() {
        if (!current.isEmpty() || closed.isEmpty()) {
            close();
            return true;
        }
        return false;
    }

    private void close() {
        current.sort(null);
        closed.add(List.copyOf(current));
        current = new ArrayList<>();
        currentPairs = 0;
    }
}

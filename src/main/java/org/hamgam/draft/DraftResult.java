package org.hamgam.draft;

import org.hamgam.model.TmMatch;
import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Draft;

/**
 * Everything drafting found for a document's segments, one entry per draft unit in each list: the segments it
 * covers (one, or several consecutive ones that a memory unit holds together), the draft, the translation-memory
 * matches (best first) and notes for the reviewer.
 */
public record DraftResult(List<List<Integer>> segments, List<Draft> drafts, List<List<TmMatch>> matches,
                          List<List<DraftNote>> notes) {
    public DraftResult {
        segments = segments.stream().map(List::copyOf).toList();
        drafts = List.copyOf(drafts);
        matches = matches.stream().map(List::copyOf).toList();
        notes = notes.stream().map(List::copyOf).toList();
        if (segments.size() != drafts.size() || matches.size() != drafts.size() || notes.size() != drafts.size()) {
            throw new IllegalArgumentException("segments, drafts, matches and notes must have one entry per unit");
        }
    }

    /** A result with one entry per segment, in order. */
    public DraftResult(List<Draft> drafts, List<List<TmMatch>> matches, List<List<DraftNote>> notes) {
        this(each(drafts.size()), drafts, matches, notes);
    }

    private static List<List<Integer>> each(int n) {
        List<List<Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(List.of(i));
        }
        return out;
    }
}

package org.hamgam.draft;

import org.hamgam.model.TmMatch;
import java.util.List;
import org.hamgam.model.Draft;

/**
 * Everything drafting found for a document's segments, one entry per segment in each list: the draft, the
 * translation-memory matches (best first) and notes for the reviewer.
 */
public record DraftResult(List<Draft> drafts, List<List<TmMatch>> matches, List<List<DraftNote>> notes) {
    public DraftResult {
        drafts = List.copyOf(drafts);
        matches = matches.stream().map(List::copyOf).toList();
        notes = notes.stream().map(List::copyOf).toList();
        if (matches.size() != drafts.size() || notes.size() != drafts.size()) {
            throw new IllegalArgumentException("drafts, matches and notes must have one entry per segment");
        }
    }
}

package org.hamgam.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hamgam.glossary.TermCounts;
import org.hamgam.model.SentencePair;

/**
 * The batch's term counts, built while documents finish so that the batch keeps merged counts rather than every
 * aligned pair. Pairs are summarized a group of whole documents at a time ({@link TermGroups}: at least
 * {@link #GROUP_PAIRS} pairs, or what is left), each group in document-name order, and the summaries merged and pruned to
 * {@link TermCounts#LIMIT}: memory holds the merged counts and one group's pairs, whatever the batch's size.
 */
public final class TermCounter {
    /**
     * The pairs summarized together: on TICO-19's development half (ExtractBench), the top 100 holds 78 judged right
     * terms with its 1,432 pairs summarized together, fewer with a summary per document, whose few pairs teach the
     * word alignment too little.
     */
    static final int GROUP_PAIRS = 5_000;

    private final TermCounts counts = TermCounts.empty();
    private final Map<String, List<SentencePair>> group = new TreeMap<>();
    private final TermGroups groups;
    private int groupPairs;

    TermCounter() {
        this(GROUP_PAIRS);
    }

    TermCounter(int groupSize) {
        this.groups = new TermGroups(groupSize);
    }

    /** The counts of documents already in hand, in name order (a batch whose documents kept their pairs). */
    static TermCounts of(List<DocumentResult> documents) {
        TermCounter counter = new TermCounter();
        for (DocumentResult doc : documents) {
            counter.add(doc.name(), doc.alignedPairs());
        }
        return counter.finish();
    }

    /** Takes one document's aligned pairs; documents are given in the order the batch lists them. */
    void add(String name, List<SentencePair> pairs) {
        group.merge(name, List.copyOf(pairs), (a, b) -> {
            List<SentencePair> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        });
        groupPairs += pairs.size();
        if (groups.add(name, pairs.size())) {
            flush();
        }
    }

    /** The merged counts; the counter is not used again. */
    TermCounts finish() {
        if (groups.finish()) {
            flush();
        }
        return counts;
    }

    /**
     * The summary of one group's pairs ({@link TermGroups}), its documents' pairs in the group's order, as this
     * counter makes it; an engine that summarizes groups elsewhere merges them with {@link #merge}.
     */
    public static TermCounts summarize(List<SentencePair> pairs) {
        return TermCounts.of(pairs);
    }

    /** Merges a group's summary into the batch's, in the groups' order, and bounds it; returns {@code batch}. */
    public static TermCounts merge(TermCounts batch, TermCounts group) {
        return batch.add(group).prune(TermCounts.LIMIT);
    }

    private void flush() {
        List<SentencePair> pairs = new ArrayList<>(groupPairs);
        group.values().forEach(pairs::addAll);
        merge(counts, summarize(pairs));
        group.clear();
        groupPairs = 0;
    }
}

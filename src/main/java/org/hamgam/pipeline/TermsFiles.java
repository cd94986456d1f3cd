package org.hamgam.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hamgam.glossary.Glossary;
import org.hamgam.model.SentencePair;
import org.hamgam.model.TermCandidate;
import org.hamgam.glossary.TermCandidates;
import org.hamgam.glossary.TermCounts;
import org.hamgam.glossary.TermExtractor;
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.TermsHtml;

/**
 * {@code output/terms.tsv} and {@code output/terms.html}: term candidates extracted from the batch's aligned
 * pairs for a terminologist to review; terms the glossary already has are not proposed again.
 */
public final class TermsFiles implements BatchRunner.IndexWriter {
    public static final String TSV = "terms.tsv";
    public static final String HTML = "terms.html";
    /**
     * The pairs summarized together: on TICO-19's development half (ExtractBench), the top 100 holds 78 judged right
     * terms with its 1,432 pairs summarized together, fewer with a summary per document, whose few pairs teach the
     * word alignment too little.
     */
    static final int GROUP_PAIRS = 5_000;

    private final Glossary known;

    public TermsFiles(Glossary known) {
        this.known = known;
    }

    @Override
    public void write(RunOptions options, BatchResult batch) throws IOException {
        TermCounts counts = counts(batch);
        List<TermCandidate> candidates = new TermExtractor().bilingual(counts, known);
        AtomicFiles.writeString(options.output().resolve(TSV), TermCandidates.toTsv(candidates));
        AtomicFiles.writeString(options.output().resolve(HTML), TermsHtml.render(candidates, counts.examples()));
    }

    /**
     * The term counts of the batch, summarized a group of whole documents at a time (at least {@link #GROUP_PAIRS}
     * pairs, or what is left) and merged in document order: the batch holds merged counts, bounded by
     * {@link TermCounts#LIMIT}, and one group's pairs. A group rather than a document, since the word alignment
     * behind the translations is learnt per summary and needs more pairs than a short document has.
     */
    static TermCounts counts(BatchResult batch) {
        TermCounts counts = TermCounts.empty();
        List<SentencePair> group = new ArrayList<>();
        for (DocumentResult doc : batch.documents()) {
            group.addAll(doc.alignedPairs());
            if (group.size() >= GROUP_PAIRS) {
                counts.add(TermCounts.of(group)).prune(TermCounts.LIMIT);
                group.clear();
            }
        }
        if (!group.isEmpty() || counts.pairs() == 0) {
            counts.add(TermCounts.of(group)).prune(TermCounts.LIMIT);
        }
        return counts;
    }
}

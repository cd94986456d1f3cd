package org.hamgam.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hamgam.model.SentencePair;
import org.hamgam.io.DocumentSummary;
import org.hamgam.io.HtmlWriter;
import org.hamgam.io.OutputNames;
import org.hamgam.model.Bitext;
import org.hamgam.model.Issue;
import org.hamgam.model.Origin;
import org.hamgam.model.Row;

/**
 * One document of a batch that was processed and written, as the batch-wide files need it: its counts for the
 * index and its aligned sentence pairs for term extraction, not its records, so that a batch holds little per
 * document.
 *
 * @param summary      counts, quality and the review page's link
 * @param skipped      boilerplate lines set aside on both sides
 * @param issues       QA findings by code
 * @param notes        warnings about the document as a whole
 * @param alignedPairs the aligned Persian–English pairs in bead order
 * @param files        the files written, relative to the output folder
 */
public record DocumentResult(String name, Path persian, Optional<Path> english, DocumentSummary summary, int skipped,
                             Map<String, Integer> issues, List<String> notes, List<SentencePair> alignedPairs,
                             List<String> files) {
    public DocumentResult {
        issues = Map.copyOf(issues);
        notes = List.copyOf(notes);
        alignedPairs = List.copyOf(alignedPairs);
        files = List.copyOf(files);
    }

    /** Summarizes a processed document; {@code threshold} is the review threshold used for flags. */
    public static DocumentResult of(String name, Path persian, Optional<Path> english, Bitext bitext,
                                    List<String> files, double threshold) {
        String safe = OutputNames.safe(name);
        DocumentSummary summary = DocumentSummary.of(bitext, threshold,
                safe + "/" + new HtmlWriter(threshold).fileName(safe));
        int skipped = bitext.source().boilerplate().size()
                + bitext.target().map(t -> t.boilerplate().size()).orElse(0);
        Map<String, Integer> issues = new TreeMap<>();
        List<SentencePair> pairs = new ArrayList<>();
        for (Row row : bitext.rows()) {
            for (Issue issue : row.issues()) {
                issues.merge(issue.code(), 1, Integer::sum);
            }
            if (!row.source().isEmpty() && row.draft().origin() == Origin.ALIGNED && !row.draft().isEmpty()) {
                pairs.add(new SentencePair(row.id(), row.sourceOriginal(), row.targetText()));
            }
        }
        return new DocumentResult(name, persian, english, summary, skipped, issues, bitext.notes(), pairs, files);
    }

    /** The same document without its pairs, once they are counted, so that the batch holds little per document. */
    public DocumentResult withoutPairs() {
        return new DocumentResult(name, persian, english, summary, skipped, issues, notes, List.of(), files);
    }
}

package org.hamgam.pipeline;

import java.io.IOException;
import java.util.List;
import org.hamgam.glossary.Glossary;
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
    private final Glossary known;

    public TermsFiles(Glossary known) {
        this.known = known;
    }

    @Override
    public void write(RunOptions options, BatchResult batch) throws IOException {
        TermCounts counts = batch.terms().orElseGet(() -> TermCounter.of(batch.documents()));
        List<TermCandidate> candidates = new TermExtractor().bilingual(counts, known);
        AtomicFiles.writeString(options.output().resolve(TSV), TermCandidates.toTsv(candidates));
        AtomicFiles.writeString(options.output().resolve(HTML), TermsHtml.render(candidates, counts.examples()));
    }
}

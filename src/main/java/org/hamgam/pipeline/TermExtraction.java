package org.hamgam.pipeline;

import java.util.List;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.TermCandidates;
import org.hamgam.glossary.TermExtractor;
import org.hamgam.io.TbxWriter;
import org.hamgam.model.SentencePair;
import org.hamgam.model.TermCandidate;

/** Term extraction for {@code hamgam glossary extract}: candidates from aligned pairs or Persian texts, written out. */
public final class TermExtraction {
    private TermExtraction() {
    }

    /** Candidates with their English from aligned pairs; terms of {@code known} are marked known. */
    public static List<TermCandidate> bilingual(List<SentencePair> pairs, Glossary known, int minFrequency) {
        return new TermExtractor(minFrequency).bilingual(pairs, known);
    }

    /** Persian candidates from texts without English (each a pair with an empty target). */
    public static List<TermCandidate> monolingual(List<SentencePair> texts, Glossary known, int minFrequency) {
        return new TermExtractor(minFrequency).monolingual(texts, known);
    }

    /** The best {@code n} candidates to propose (known terms left out). */
    public static List<TermCandidate> top(List<TermCandidate> candidates, int n) {
        return TermCandidates.top(candidates, n);
    }

    /** The candidates as TSV ({@code tbx} false) or as a TBX term base. */
    public static String render(List<TermCandidate> candidates, boolean tbx) {
        return tbx ? TbxWriter.toTbx(TermCandidates.toGlossary(candidates).terms()) : TermCandidates.toTsv(candidates);
    }
}

package org.hamgam.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.TermCandidate;
import org.hamgam.pipeline.TermExtraction;
import org.junit.jupiter.api.Test;

class TermCandidatesTest {
    private static final List<TermCandidate> CANDIDATES = List.of(
            new TermCandidate("تب", "fever", 1.0, 12, List.of("a", "b"), false),
            new TermCandidate("سرفه\tخشک", "dry\ncough", 0.5, 3, List.of("c"), false),
            new TermCandidate("ویروس", "virus", 0.4, 30, List.of("d"), true));

    @Test
    void writesAHeaderAndOneRowPerProposedCandidate() {
        String tsv = TermCandidates.toTsv(CANDIDATES);
        assertThat(tsv.split("\n", -1)).containsExactly(
                "source\ttarget\tscore\tfrequency\texamples",
                "تب\tfever\t1.000\t12\ta, b",
                "سرفه خشک\tdry cough\t0.500\t3\tc",
                "");
    }

    @Test
    void topCountsOnlyProposedCandidates() {
        assertThat(TermCandidates.top(CANDIDATES, 5)).hasSize(2);
        assertThat(TermCandidates.top(CANDIDATES, 1)).extracting(TermCandidate::source).containsExactly("تب");
    }

    @Test
    void tbxNotesEveryEntryAsProposed() {
        String tbx = TermExtraction.render(CANDIDATES, true);
        assertThat(tbx).contains("<term>تب</term>", "<term>fever</term>", "status: proposed; score 1.000")
                .doesNotContain("ویروس");
    }
}

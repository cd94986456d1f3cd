package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One side lacks the first sentence of a paragraph whose breaks both sides share: the other side's paragraph before
 * it ends with a pair whose lengths fit badly, and fit well once the missing sentence's partner is added to it. The
 * path that joins that sentence to the paragraph before, across the break, must not win on that length fit alone:
 * the next paragraph's first pair then starts one sentence late without paying, as if the sentence had been deleted,
 * so the join has to pay for that late start itself. The costs are set here by hand, as a length scorer would give
 * them, so that the test checks the path costs of exactly this case.
 */
class MergeAcrossBreakTest {
    private static final double PENALTY = StandardAligner.Weights.DEFAULT.paragraph();
    /** What the badly fitting pair costs by length, and what the join saves of it: a smoother fit, no more. */
    private static final double POOR_FIT = 2.5;

    @ParameterizedTest(name = "missing on side {0} (0 source, 1 target)")
    @ValueSource(ints = {0, 1})
    void theFirstSentenceOfAParagraphIsDeletedNotJoinedToThePreviousOne(int missingSide) {
        for (boolean numbered : new boolean[] {false, true}) {
            // Full side: paragraphs [0 1 2] [3 4 5]; the other side lacks sentence 3: [0 1 2] [3 4].
            int[] full = {0, 0, 0, 1, 1, 1};
            int[] lacking = {0, 0, 0, 1, 1};
            boolean sourceFull = missingSide == 1;
            ParagraphScorer paragraphs = sourceFull
                    ? new ParagraphScorer(full, lacking, PENALTY, numbered)
                    : new ParagraphScorer(lacking, full, PENALTY, numbered);
            BeadScorer length = sourceFull
                    ? (s0, s1, t0, t1) -> fit(s0, s1, t0, t1)
                    : (s0, s1, t0, t1) -> fit(t0, t1, s0, s1);
            StandardAligner.Weights w = StandardAligner.Weights.DEFAULT;
            BandedSearch search = new BandedSearch(BeadType.all(w.deletion(), w.merge(), w.twoTwo(), w.threeOne()),
                    w.temperature());
            int n = sourceFull ? full.length : lacking.length;
            int m = sourceFull ? lacking.length : full.length;

            List<BandedSearch.Step> steps = search.search(Band.around(new int[n + 1], m, n + m),
                    new CompositeScorer(List.of(length, paragraphs))).steps();

            List<String> beads = steps.stream().map(s -> sourceFull
                    ? s.s0() + "-" + s.s1() + ":" + s.t0() + "-" + s.t1()
                    : s.t0() + "-" + s.t1() + ":" + s.s0() + "-" + s.s1()).toList();
            assertThat(beads).as("numbered " + numbered)
                    .containsExactly("0-1:0-1", "1-2:1-2", "2-3:2-3", "3-4:3-3", "4-5:3-4", "5-6:4-5");
        }
    }

    /**
     * Length costs with the full side's sentences {@code [a0, a1)} against the lacking side's {@code [b0, b1)}: the
     * gold pairs fit, except the last of the first paragraph, which fits well only with the next sentence joined to
     * it; any other bead of aligned sentences fits very badly.
     */
    private static double fit(int a0, int a1, int b0, int b1) {
        if (a0 == a1 || b0 == b1) {
            return 0;
        }
        if (a0 == 2 && a1 == 3 && b0 == 2 && b1 == 3) {
            return POOR_FIT;
        }
        if (a0 == 2 && a1 == 4 && b0 == 2 && b1 == 3) {
            return 0;
        }
        boolean goldPair = a1 == a0 + 1 && b1 == b0 + 1 && (a0 < 3 ? b0 == a0 : a0 > 3 && b0 == a0 - 1);
        return goldPair ? 0 : 20;
    }
}

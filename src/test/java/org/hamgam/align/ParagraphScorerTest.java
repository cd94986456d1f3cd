package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphScorerTest {
    // Source paragraphs [0 1 2] [3 4 5]; target paragraphs [0 1 2] [3 4].
    private final ParagraphScorer scorer = new ParagraphScorer(new int[] {0, 0, 0, 1, 1, 1},
            new int[] {0, 0, 0, 1, 1}, 2.0);

    @Test
    void aBeadThatStartsAParagraphOnBothSidesCostsNothing() {
        assertThat(scorer.cost(3, 4, 3, 4)).isZero();
    }

    @Test
    void aBeadThatStartsAParagraphOnOneSideOnlyPays() {
        assertThat(scorer.cost(2, 3, 3, 4)).isEqualTo(2.0);
        assertThat(scorer.cost(5, 6, 3, 4)).isEqualTo(2.0);
    }

    @Test
    void aParagraphWhoseFirstSentenceHasNoCounterpartStartsOneSentenceLateWithoutCost() {
        // Source sentence 3 is deleted: the paragraph's first pair is source 4 with target 3.
        assertThat(scorer.cost(4, 5, 3, 4)).isZero();
        ParagraphScorer other = new ParagraphScorer(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 1, 1}, 2.0);
        assertThat(other.cost(2, 3, 3, 4)).isZero();
    }

    @Test
    void aBeadSpanningMoreBreaksOnOneSidePaysForEach() {
        assertThat(scorer.cost(0, 6, 0, 3)).isEqualTo(2.0);
        assertThat(scorer.cost(1, 5, 1, 3)).isEqualTo(2.0);
    }

    @Test
    void aBeadThatTakesTheFirstSentenceOfTheNextParagraphAcrossABreakPaysForTheLateStartItLetsTheNextBeadSkip() {
        // Source 3, the first of source paragraph 1, joined to the pair before: the next bead, source 4 with target
        // 3, starts one sentence late on the source side and pays nothing, as it does after a deletion of source 3.
        assertThat(scorer.cost(4, 5, 3, 4)).isZero();
        assertThat(scorer.cost(2, 4, 2, 3)).isEqualTo(4.0);
        assertThat(scorer.cost(1, 4, 1, 3)).isEqualTo(4.0);
        // The same join on the target side.
        ParagraphScorer other = new ParagraphScorer(new int[] {0, 0, 0, 1, 1}, new int[] {0, 0, 0, 1, 1, 1}, 2.0);
        assertThat(other.cost(2, 3, 2, 4)).isEqualTo(4.0);
        // Taking the second sentence too leaves the next bead nothing to skip: the crossing alone is charged.
        assertThat(scorer.cost(2, 5, 2, 3)).isEqualTo(2.0);
    }

    @Test
    void withParagraphsNumberedAlikeABeadMayStartOneSentenceLateOnlyInsideOneParagraph() {
        // Source paragraphs [0 1] [2 3 4]; target paragraphs [0 1] [2 3]: numbered alike on both sides.
        ParagraphScorer numbered = new ParagraphScorer(new int[] {0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1}, 2.0, true);
        // Source sentence 2 deleted: source 3 with target 2 stays inside paragraph 1.
        assertThat(numbered.cost(3, 4, 2, 3)).isZero();
        // Source 2 with target 1 pairs paragraph 1 with paragraph 0; unnumbered, that passed as a late start.
        assertThat(numbered.cost(2, 3, 1, 2)).isEqualTo(2.0);
        assertThat(new ParagraphScorer(new int[] {0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1}, 2.0).cost(2, 3, 1, 2))
                .isZero();
    }
}

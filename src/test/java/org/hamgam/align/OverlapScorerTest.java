package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class OverlapScorerTest {
    private static final Offset<Double> EPS = Offset.offset(1e-9);

    /** Four source sentences with one feature each; one target sentence with all four and one of its own. */
    private final OverlapScorer scorer = new OverlapScorer(
            new FeatureTable(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d")),
                    List.of(List.of("a", "b", "c", "d", "x")), f -> 1, f -> 1),
            1, 1);

    @Test
    void aFourToOneBeadIsScoredOnTheUnionOfItsFourSentences() {
        // Misses: 4 on the source side, 5 on the target side; each of the 4 shared features saves 1 + 2 × 1.
        assertThat(scorer.cost(0, 4, 0, 1)).isCloseTo(4 + 5 - 4 * 3, EPS);
        assertThat(scorer.cost(1, 4, 0, 1)).isCloseTo(3 + 5 - 3 * 3, EPS);
        assertThat(scorer.cost(0, 1, 0, 1)).isCloseTo(1 + 5 - 3, EPS);
    }

    @Test
    void aFeatureFoundOnOneSideOnlyStillCostsItsMiss() {
        // x never occurs in the source: it cannot match, but the target side pays for it in every bead.
        assertThat(scorer.cost(2, 3, 0, 1) - scorer.cost(0, 1, 0, 1)).isCloseTo(0, EPS);
        assertThat(scorer.cost(0, 4, 0, 1)).isLessThan(scorer.cost(0, 3, 0, 1));
    }

    @Test
    void deletionsAreNeverCharged() {
        assertThat(scorer.cost(0, 2, 0, 0)).isZero();
        assertThat(scorer.cost(0, 0, 0, 1)).isZero();
    }

    @Test
    void aSideThatHasNoneOfTheFeaturesIsNoEvidenceAgainstAPair() {
        // The target writes no numbers at all (in words, or left out throughout): their absence in one sentence
        // says nothing about which sentence translates which.
        OverlapScorer none = new OverlapScorer(new FeatureTable(List.of(List.of("12"), List.of("7"), List.of("30")),
                List.of(List.of(), List.of(), List.of()), f -> 1, f -> 1), 1, 1);
        assertThat(none.cost(1, 2, 1, 2)).isZero();
        assertThat(none.cost(0, 3, 0, 3)).isZero();
    }

    @Test
    void aFeatureMissingFromASideThatHasItsKindElsewhereIsCharged() {
        OverlapScorer some = new OverlapScorer(new FeatureTable(List.of(List.of("12"), List.of("7"), List.of("30")),
                List.of(List.of("12"), List.of(), List.of("30")), f -> 1, f -> 1), 1, 1);
        assertThat(some.cost(1, 2, 1, 2)).isCloseTo(1, EPS);
        assertThat(some.cost(1, 2, 2, 3)).isCloseTo(2, EPS);
    }
}

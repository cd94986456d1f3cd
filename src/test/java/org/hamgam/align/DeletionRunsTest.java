package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeletionRunsTest {
    private static final double DELETION = -Math.log(0.005);

    @Test
    void aRunOfTargetDeletionsMakesContinuingCheapOnThatSideOnly() {
        List<BandedSearch.Step> steps = new ArrayList<>();
        steps.add(step(0, 1, 0, 1));
        for (int j = 1; j <= 6; j++) {
            steps.add(step(1, 1, j, j + 1));
        }
        steps.add(step(1, 2, 7, 8));

        double target = DeletionRuns.continuation(steps, DELETION, DeletionRuns.TARGET);
        double source = DeletionRuns.continuation(steps, DELETION, DeletionRuns.SOURCE);

        // Five of the six deletions are followed by another: −ln(5.005 / 7).
        assertThat(target).isCloseTo(-Math.log((5 + 0.005) / 7), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(source).isCloseTo(DELETION, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(BeadType.runs(DELETION, source, target))
                .containsExactly(new BeadType(0, 2, DELETION + target));
    }

    @Test
    void isolatedDeletionsGiveNoRunBeads() {
        List<BandedSearch.Step> steps = List.of(step(0, 1, 0, 0), step(1, 2, 0, 1), step(2, 2, 1, 2),
                step(2, 3, 2, 3), step(3, 4, 3, 3));

        double source = DeletionRuns.continuation(steps, DELETION, DeletionRuns.SOURCE);
        double target = DeletionRuns.continuation(steps, DELETION, DeletionRuns.TARGET);

        assertThat(source).isGreaterThan(DELETION);
        assertThat(target).isGreaterThanOrEqualTo(DELETION);
        assertThat(BeadType.runs(DELETION, source, target)).isEmpty();
    }

    @Test
    void aTwoSentenceDeletionStepCountsAsARun() {
        List<BandedSearch.Step> steps = List.of(step(0, 2, 0, 0), step(2, 3, 0, 1));
        assertThat(DeletionRuns.continuation(steps, DELETION, DeletionRuns.SOURCE))
                .isCloseTo(-Math.log((1 + 0.005) / 3), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void runsAreReportedAsOneDeletionPerSentence() {
        List<BandedSearch.Step> steps = List.of(step(0, 1, 0, 1), step(1, 1, 1, 3), step(1, 2, 3, 4));
        Alignment a = Assessment.of(steps, 2, 4, 0.5, List.of());
        assertThat(TestSegments.notation(a.beads())).containsExactly("[0]:[0]", "[]:[1]", "[]:[2]", "[1]:[3]");
    }

    @Test
    void largeShapesCostMoreThanTheSmallerOnesTheyExtend() {
        List<BeadType> types = BeadType.all(DELETION, -Math.log(0.04), -Math.log(0.006), -Math.log(0.004));
        assertThat(types).extracting(t -> t.source() + "-" + t.target()).containsExactlyInAnyOrder(
                "1-1", "1-0", "0-1", "2-1", "1-2", "2-2", "3-1", "1-3", "2-3", "3-2", "4-1", "1-4", "3-3");
        assertThat(prior(types, 2, 3)).isGreaterThan(prior(types, 2, 2)).isEqualTo(prior(types, 3, 2));
        assertThat(prior(types, 1, 4)).isGreaterThan(prior(types, 1, 3));
        assertThat(prior(types, 3, 3)).isGreaterThan(prior(types, 2, 3));
    }

    private static double prior(List<BeadType> types, int s, int t) {
        return types.stream().filter(b -> b.source() == s && b.target() == t).findFirst().orElseThrow().prior();
    }

    private static BandedSearch.Step step(int s0, int s1, int t0, int t1) {
        return new BandedSearch.Step(s0, s1, t0, t1, 0, 1);
    }
}

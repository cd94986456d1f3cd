package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hamgam.TestResources;
import org.hamgam.model.Bead;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The aligner's model scores beads a person drew as the aligner scores its own. */
class BeadModelTest {
    private List<Segment> source;
    private List<Segment> target;
    private SentenceAligner aligner;
    private Alignment alignment;
    private BeadModel model;

    @BeforeEach
    void alignTheSeed() throws IOException {
        Path dir = TestResources.seeds();
        source = TestSegments.paragraphs(Lang.FA,
                Files.readAllLines(dir.resolve(TestResources.SEED + ".txt"), StandardCharsets.UTF_8));
        target = TestSegments.paragraphs(Lang.EN,
                Files.readAllLines(dir.resolve(TestResources.SEED + ".en.txt"), StandardCharsets.UTF_8));
        aligner = Aligners.standard();
        alignment = aligner.align(source, target);
        model = aligner.model(source, target, List.of(), List.of());
    }

    @Test
    void theAlignersOwnBeadsGetTheirOwnConfidence() {
        List<Double> confidences = model.confidences(alignment.beads());
        for (int k = 0; k < confidences.size(); k++) {
            assertThat(confidences.get(k)).as("bead %s", alignment.beads().get(k).notation())
                    .isCloseTo(alignment.beads().get(k).score(), org.assertj.core.data.Offset.offset(1e-3));
        }
    }

    @Test
    void aSentenceMovedToTheWrongBeadMakesBothBeadsDoubtful() {
        List<Bead> beads = new ArrayList<>(alignment.beads());
        int k = firstOneOneFollowedByOneOne(beads);
        Bead a = beads.get(k);
        Bead b = beads.get(k + 1);
        // the first English sentence of the next bead joins this one: 1-2 and 1-0
        beads.set(k, new Bead(a.source(), List.of(a.target().get(0), b.target().get(0)), 1));
        beads.set(k + 1, new Bead(b.source(), List.of(), 1));
        List<Double> confidences = model.confidences(beads);
        assertThat(a.score()).isGreaterThan(0.9);
        assertThat(confidences.get(k)).isLessThan(0.1);
        assertThat(confidences.get(k + 1)).isLessThan(0.1);
        assertThat(confidences.get(k + 2)).isCloseTo(beads.get(k + 2).score(), org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void aLargeBeadStaysBelowTheReviewThresholdAndADeletionRunIsScoredAsDeletions() {
        List<Bead> beads = new ArrayList<>(alignment.beads());
        int k = firstOneOneFollowedByOneOne(beads);
        Bead a = beads.get(k);
        Bead b = beads.get(k + 1);
        List<Bead> merged = new ArrayList<>(beads);
        merged.set(k, new Bead(List.of(a.source().get(0), b.source().get(0)),
                List.of(a.target().get(0), b.target().get(0)), 1));
        merged.remove(k + 1);
        assertThat(model.confidences(merged).get(k)).isLessThan(AlignerOptions.defaults().reviewThreshold());

        List<Bead> apart = new ArrayList<>(beads);
        apart.set(k, new Bead(List.of(a.source().get(0), b.source().get(0)), List.of(), 1));
        apart.set(k + 1, new Bead(List.of(), List.of(a.target().get(0), b.target().get(0)), 1));
        List<Double> confidences = model.confidences(apart);
        // two translated sentence pairs said to have no counterpart: the aligner finds that unlikely
        assertThat(confidences.get(k)).isLessThan(0.01);
        assertThat(confidences.get(k + 1)).isLessThan(0.01);
    }

    @Test
    void beadsThatSkipASentenceAreRefused() {
        List<Bead> beads = new ArrayList<>(alignment.beads());
        beads.remove(1);
        assertThatThrownBy(() -> model.confidences(beads)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in order");
    }

    private static int firstOneOneFollowedByOneOne(List<Bead> beads) {
        for (int k = 0; k + 2 < beads.size(); k++) {
            if (beads.get(k).type().equals("1-1") && beads.get(k + 1).type().equals("1-1")
                    && beads.get(k).score() > 0.9 && beads.get(k + 1).score() > 0.9) {
                return k;
            }
        }
        throw new AssertionError("the seed has no two confident 1-1 beads in a row");
    }
}

package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hamgam.TestResources;
import org.hamgam.model.Bead;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.junit.jupiter.api.Test;

class SeedAlignmentTest {
    private static final String NAME = TestResources.SEED;

    @Test
    void seedAlignsWithHeadingsPairedAndBoilerplateLeftOut() throws IOException {
        Path dir = TestResources.seeds();
        List<String> fa = Files.readAllLines(dir.resolve(NAME + ".txt"), StandardCharsets.UTF_8);
        List<String> en = Files.readAllLines(dir.resolve(NAME + ".en.txt"), StandardCharsets.UTF_8);
        List<Segment> source = TestSegments.paragraphs(Lang.FA, fa);
        List<Segment> target = TestSegments.paragraphs(Lang.EN, en);

        Alignment alignment = Aligners.standard().align(source, target);

        // Headings (one-sentence paragraphs) pair up 1-1 with the English headings.
        assertThat(beadOf(alignment, source, 4)).satisfies(b -> {
            assertThat(b.source()).hasSize(1);
            assertThat(paragraphs(target, b.target())).containsExactly(4);
        });
        assertThat(paragraphs(target, beadOf(alignment, source, 11).target())).containsExactly(9);
        assertThat(paragraphs(target, beadOf(alignment, source, 20).target())).containsExactly(18);
        assertThat(paragraphs(target, beadOf(alignment, source, 29).target())).containsExactly(27);
        // Persian lines 7 and 8 are English boilerplate without counterpart.
        for (Segment s : source) {
            if (s.paragraph() == 6 || s.paragraph() == 7) {
                Bead b = alignment.beads().stream().filter(x -> x.source().contains(s.index())).findFirst()
                        .orElseThrow();
                assertThat(b.target()).as("bead of boilerplate sentence %s", s.index()).isEmpty();
            }
        }
        // Everything else finds its counterpart in the same paragraph pair.
        long unaligned = alignment.beads().stream().filter(b -> b.source().isEmpty() || b.target().isEmpty())
                .mapToLong(b -> b.source().size() + b.target().size()).sum();
        long boilerplate = source.stream().filter(s -> s.paragraph() == 6 || s.paragraph() == 7).count();
        assertThat(unaligned).isLessThanOrEqualTo(boilerplate + 2);
        assertThat(alignment.quality()).isGreaterThan(0.7);
    }

    private static Bead beadOf(Alignment alignment, List<Segment> source, int paragraph) {
        int index = source.stream().filter(s -> s.paragraph() == paragraph).findFirst().orElseThrow().index();
        return alignment.beads().stream().filter(b -> b.source().contains(index)).findFirst().orElseThrow();
    }

    private static List<Integer> paragraphs(List<Segment> segments, List<Integer> indices) {
        return indices.stream().map(i -> segments.get(i).paragraph()).distinct().toList();
    }
}

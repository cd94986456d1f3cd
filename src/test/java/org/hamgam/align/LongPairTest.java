package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hamgam.model.Lang;
import org.junit.jupiter.api.Test;

/** Long pairs stay within a band of about fixed width, whatever the content says. */
class LongPairTest {
    private static final int N = 3000;

    @Test
    void numbersSharedByChanceFarFromTheirPlaceDoNotMakeTheSearchWander() {
        Random random = new Random(7);
        List<Integer> elsewhere = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            elsewhere.add(i);
        }
        Collections.shuffle(elsewhere, random);
        List<StringBuilder> source = new ArrayList<>();
        List<StringBuilder> target = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            int words = 6 + random.nextInt(30);
            source.add(new StringBuilder(filler(words, random)));
            target.add(new StringBuilder(filler(words, random)));
        }
        for (int i = 0; i < N; i++) {
            // Each source sentence shares one number with a target sentence anywhere in the document, and only
            // every hundredth shares one with its own translation.
            source.get(i).append(' ').append(100_000 + i);
            target.get(elsewhere.get(i)).append(' ').append(100_000 + i);
            if (i % 100 == 0) {
                source.get(i).append(' ').append(500_000 + i);
                target.get(i).append(' ').append(500_000 + i);
            }
        }
        long[] visited = new long[1];

        Alignment alignment = new StandardAligner(AlignerOptions.defaults()).align(
                TestSegments.lines(Lang.OTHER, source.stream().map(s -> s + ".").toArray(String[]::new)),
                TestSegments.lines(Lang.OTHER, target.stream().map(s -> s + ".").toArray(String[]::new)),
                List.of(), List.of(), visited);

        long oneBand = (long) (N + 1) * (2 * StandardAligner.INITIAL_WIDTH + 1);
        // A few bands for each of at most three passes: the first, the first again without the numbers that
        // agree along hardly any of its beads, and the second with the lexicon.
        assertThat(visited[0]).as("cells visited, against one band of the initial width").isLessThan(8 * oneBand);
        long right = alignment.beads().stream()
                .filter(b -> b.source().size() == 1 && b.source().equals(b.target())).count();
        assertThat(right).isGreaterThan(N * 95L / 100);
    }

    private static String filler(int words, Random random) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                out.append(' ');
            }
            for (int c = 0; c < 3; c++) {
                out.append((char) ('a' + random.nextInt(26)));
            }
        }
        return out.toString();
    }
}

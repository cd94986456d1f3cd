package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hamgam.model.Lang;
import org.junit.jupiter.api.Test;

/**
 * One version of a long text whose numbers sit in other sentences than in the other version (moved, or a
 * different edition): the numbers then agree along hardly any bead of the first pass, and the aligner must follow
 * the lengths instead of being pulled from sentence to sentence by them.
 */
class MisleadingSignalTest {
    private static final int N = 1500;

    @Test
    void numbersThatAgreeInFewBeadsAreLeftOutAndTheLengthsAlignThePair() {
        Random random = new Random(11);
        String[] source = new String[N];
        String[] target = new String[N];
        for (int i = 0; i < N; i++) {
            int words = 4 + random.nextInt(40);
            source[i] = filler(words, random);
            target[i] = filler(Math.max(1, (int) Math.round(words * (0.7 + 0.6 * random.nextDouble()))), random);
        }
        // Target sentences hold numbers from a small pool, so each recurs through the text; the source holds the
        // numbers of a random other sentence, as if they had been moved anywhere.
        List<Integer> elsewhere = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            elsewhere.add(i);
        }
        java.util.Collections.shuffle(elsewhere, random);
        for (int i = 0; i < N; i++) {
            for (int k = random.nextInt(3); k > 0; k--) {
                int number = 1900 + random.nextInt(300);
                target[i] += " " + number;
                source[elsewhere.get(i)] += " " + number;
            }
        }
        List<String> sourceLines = new ArrayList<>();
        List<String> targetLines = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            sourceLines.add(source[i] + ".");
            targetLines.add(target[i] + ".");
        }

        Alignment alignment = Aligners.standard().align(
                TestSegments.lines(Lang.OTHER, sourceLines.toArray(String[]::new)),
                TestSegments.lines(Lang.OTHER, targetLines.toArray(String[]::new)), List.of(), List.of());

        long right = alignment.beads().stream()
                .filter(b -> b.source().size() == 1 && b.source().equals(b.target())).count();
        assertThat(right).as("1-1 beads as built, of %d", N).isGreaterThan(N * 99L / 100);
    }

    @Test
    void agreementIsTheShareOfBeadsWhoseSidesShareAFeature() {
        List<List<String>> source = new ArrayList<>();
        List<List<String>> target = new ArrayList<>();
        List<BandedSearch.Step> diagonal = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            source.add(List.of("n" + i));
            // A quarter of the target sentences hold the number of their source sentence, the rest another one.
            target.add(List.of("n" + (i % 4 == 0 ? i : (i + 20) % 40)));
            diagonal.add(new BandedSearch.Step(i, i + 1, i, i + 1, 0, 1));
        }
        FeatureTable table = new FeatureTable(source, target, f -> 1, f -> 0);

        assertThat(SignalAgreement.of(table, diagonal)).isEqualTo(0.25);
        assertThat(SignalAgreement.misleads(table, diagonal)).isTrue();
        assertThat(SignalAgreement.of(table, diagonal.subList(0, SignalAgreement.MIN_BEADS - 1))).isNaN();
        assertThat(SignalAgreement.misleads(table, diagonal.subList(0, SignalAgreement.MIN_BEADS - 1))).isFalse();
    }

    private static String filler(int words, Random random) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                out.append(' ');
            }
            for (int c = 0; c < 3 + random.nextInt(5); c++) {
                out.append((char) ('a' + random.nextInt(26)));
            }
        }
        return out.toString();
    }
}

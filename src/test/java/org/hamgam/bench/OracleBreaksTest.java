package org.hamgam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.junit.jupiter.api.Test;

class OracleBreaksTest {
    /**
     * A headline and ten pairs, the target of gold bead 3 left out, each side in paragraphs of four of its own
     * sentences after the headline: source paragraphs start at segments 1, 5, 9 (gold beads 1, 5, 9), target ones
     * at segments 1, 5, 9 too, which are gold beads 1, 6, 10.
     */
    private static RunningText.Pair independentWithADeletion() {
        List<String> s = new ArrayList<>();
        List<String> t = new ArrayList<>();
        List<int[][]> beads = new ArrayList<>();
        s.add("Headline");
        t.add("Headline");
        beads.add(new int[][] {{0}, {0}});
        for (int k = 1; k <= 10; k++) {
            String sentence = "Sentence number " + k + " is here.";
            if (k == 3) {
                beads.add(new int[][] {{s.size()}, {}});
                s.add(sentence);
                continue;
            }
            beads.add(new int[][] {{s.size()}, {t.size()}});
            s.add(sentence);
            t.add(sentence);
        }
        return RunningText.write("doc", Lang.EN, Lang.EN, new RunningText.Sentences(s, t, beads),
                RunningText.Layout.INDEPENDENT, new Random(1));
    }

    @Test
    void keepsTheBreaksThatStartTheSameGoldBeadOnBothSidesAndNoOther() {
        RunningText.Pair p = independentWithADeletion();
        List<Segment> s = RunningTextBench.segment("doc", Lang.EN, p.source(), true);
        List<Segment> t = RunningTextBench.segment("doc", Lang.EN, p.target(), true);
        assertThat(s).hasSize(11);
        assertThat(t).hasSize(10);

        boolean[][] keep = RunningTextBench.oracleBreaks(p, s, t);

        // Only the break after the headline starts the same gold bead on both sides; after the deletion the
        // target's breaks fall a bead later than the source's.
        assertThat(starts(keep[0])).containsExactly(1);
        assertThat(starts(keep[1])).containsExactly(1);
    }

    @Test
    void aBreakAfterSentencesTheOtherSideLacksStillCorresponds() {
        // Both sides paragraphed by hand: the source breaks before gold beads 1, 3 and 7, the target before gold
        // beads 1, 4 and 8. Bead 3 has no target, so the source's break before it and the target's before bead 4
        // are one edge; the breaks before beads 7 and 8 are not.
        RunningText.Pair p = independentWithADeletion();
        List<Segment> s = paragraphed(RunningTextBench.segment("doc", Lang.EN, p.source(), true),
                new int[] {0, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3});
        List<Segment> t = paragraphed(RunningTextBench.segment("doc", Lang.EN, p.target(), true),
                new int[] {0, 1, 1, 2, 2, 2, 2, 3, 3, 3});

        boolean[][] keep = RunningTextBench.oracleBreaks(p, s, t);

        assertThat(starts(keep[0])).containsExactly(1, 3);
        assertThat(starts(keep[1])).containsExactly(1, 3);
    }

    private static List<Segment> paragraphed(List<Segment> segments, int[] paragraphOf) {
        List<Segment> out = new ArrayList<>();
        for (Segment x : segments) {
            out.add(new Segment(x.id(), x.docId(), paragraphOf[x.index()], x.index(), x.lang(), x.original(), x.text(),
                    x.start(), x.end()));
        }
        return out;
    }

    private static List<Integer> starts(boolean[] keep) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                out.add(i);
            }
        }
        return out;
    }
}

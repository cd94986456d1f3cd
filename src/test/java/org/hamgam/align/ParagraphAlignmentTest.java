package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Bead;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.junit.jupiter.api.Test;

/**
 * Running text whose paragraphs hold several sentences, with one Persian sentence that translates two English ones
 * and one Persian sentence left untranslated: paragraph breaks that both sides share help, and breaks that one
 * side places elsewhere are no walls.
 */
class ParagraphAlignmentTest {
    private static final int MERGED = 5;
    private static final int DROPPED = 12;

    private final SentenceAligner aligner = Aligners.standard();

    @Test
    void alignsIntoTheGoldPairsWhenBothSidesBreakTheSameParagraphs() throws IOException {
        Document doc = document();
        List<String> fa = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int from = 0; from < doc.beads.size(); from += 4) {
            List<int[][]> paragraph = doc.beads.subList(from, Math.min(doc.beads.size(), from + 4));
            fa.add(join(doc.fa, paragraph, 0));
            en.add(join(doc.en, paragraph, 1));
        }

        Alignment alignment = aligner.align(TestSegments.paragraphs(Lang.FA, fa), TestSegments.paragraphs(Lang.EN, en));

        assertThat(TestSegments.notation(alignment.beads())).containsExactlyElementsOf(doc.gold());
    }

    @Test
    void alignsIntoTheGoldPairsWhenEachSideBreaksEveryFourSentences() throws IOException {
        Document doc = document();
        List<Segment> fa = TestSegments.paragraphs(Lang.FA, everyFour(doc.fa));
        List<Segment> en = TestSegments.paragraphs(Lang.EN, everyFour(doc.en));
        // After the merge the breaks no longer correspond: the English one comes before the bead [7]:[8], the
        // Persian one after it.
        assertThat(doc.gold()).contains("[7]:[8]", "[8]:[9]");
        assertThat(en.get(8).paragraph()).isNotEqualTo(en.get(7).paragraph());
        assertThat(fa.get(7).paragraph()).isEqualTo(fa.get(6).paragraph());
        assertThat(fa.get(8).paragraph()).isNotEqualTo(fa.get(7).paragraph());

        Alignment alignment = aligner.align(fa, en);

        assertThat(TestSegments.notation(alignment.beads())).containsExactlyElementsOf(doc.gold());
        assertThat(alignment.beads()).noneMatch(b -> BeadType.isLarge(b.source().size(), b.target().size()));
    }

    /** The sentences of both sides and the gold beads as sentence indices. */
    private record Document(List<String> fa, List<String> en, List<int[][]> beads) {
        List<String> gold() {
            List<String> out = new ArrayList<>();
            for (int[][] b : beads) {
                out.add(new Bead(list(b[0]), list(b[1]), 1).notation());
            }
            return out;
        }

        private static List<Integer> list(int[] a) {
            return java.util.Arrays.stream(a).boxed().toList();
        }
    }

    /** The fixture with Persian pairs {@link #MERGED} and the next as one sentence, and pair {@link #DROPPED} without English. */
    private static Document document() throws IOException {
        List<String[]> pairs = pairs();
        List<String> fa = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<int[][]> beads = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            String[] p = pairs.get(k);
            if (k == MERGED) {
                String first = p[0].substring(0, p[0].length() - 1);
                beads.add(new int[][] {{fa.size()}, {en.size(), en.size() + 1}});
                fa.add(first + "؛ " + pairs.get(k + 1)[0]);
                en.add(p[1]);
                en.add(pairs.get(k + 1)[1]);
                k++;
            } else if (k == DROPPED) {
                beads.add(new int[][] {{fa.size()}, {}});
                fa.add(p[0]);
            } else {
                beads.add(new int[][] {{fa.size()}, {en.size()}});
                fa.add(p[0]);
                en.add(p[1]);
            }
        }
        return new Document(fa, en, beads);
    }

    private static String join(List<String> sentences, List<int[][]> beads, int side) {
        List<String> out = new ArrayList<>();
        for (int[][] b : beads) {
            for (int i : b[side]) {
                out.add(sentences.get(i));
            }
        }
        return String.join(" ", out);
    }

    private static List<String> everyFour(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (int from = 0; from < sentences.size(); from += 4) {
            out.add(String.join(" ", sentences.subList(from, Math.min(sentences.size(), from + 4))));
        }
        return out;
    }

    private static List<String[]> pairs() throws IOException {
        try (InputStream in = ParagraphAlignmentTest.class.getResourceAsStream("tico19-pubmed8.tsv")) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
            return out;
        }
    }
}

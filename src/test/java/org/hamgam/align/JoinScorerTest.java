package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.junit.jupiter.api.Test;

/**
 * Pieces of one sentence (a label cut off at its colon) are joined again when the other side has the sentence
 * whole, and aligned one by one when it has them as sentences of their own; either way without a large bead.
 */
class JoinScorerTest {
    private static final List<BeadType> TYPES = BeadType.all(5, 3, 5, 5.5);

    @Test
    void neighboursInOneParagraphJoinWhenTheFirstHasNoEndMark() {
        List<Segment> s = inParagraphs(Lang.EN, new int[] {0, 0, 0, 1}, "Blood:", "Clots form.", "Done", "Next.");
        assertThat(Joins.of(s)).containsExactly(true, false, false, false);
        assertThat(Joins.endsSentence("He said “yes.”")).isTrue();
        assertThat(Joins.endsSentence("He said:")).isFalse();
    }

    @Test
    void aJoinCostsWhatTheSmallerShapeCostsAndAJoinMore() {
        JoinScorer scorer = new JoinScorer(new boolean[] {true, false, false}, new boolean[] {false, false}, TYPES);
        // Source 0 and 1 are pieces: a 2-1 bead over them is priced as 1-1, plus the join.
        assertThat(scorer.cost(0, 2, 0, 1)).isCloseTo(prior(1, 1) - prior(2, 1) + JoinScorer.PER_JOIN, within(1e-9));
        assertThat(scorer.cost(0, 3, 0, 1)).isCloseTo(prior(2, 1) - prior(3, 1) + JoinScorer.PER_JOIN, within(1e-9));
        assertThat(scorer.cost(1, 3, 0, 1)).isZero();
        assertThat(scorer.cost(0, 2, 0, 0)).isZero();
    }

    @Test
    void piecesOfOneSentenceAreJoinedAgainstTheWholeSentence() {
        List<Segment> fa = inParagraphs(Lang.FA, new int[] {0, 1, 1, 1, 2},
                "گزارش سالانه بیمارستان شهر در سال ۲۰۱۹",
                "در این سال ۴۵۰۰ بیمار در بخش اورژانس پذیرش شدند و ۳۲۰ نفر از آنها بستری شدند.",
                "علائم اصلی بیماران عبارت بود از:",
                "تب بالا، سرفه خشک و خستگی شدید که در ۶۰ درصد موارد دیده شد.",
                "مدیر بیمارستان گفت که ۱۲ پزشک تازه استخدام خواهند شد.");
        List<Segment> en = inParagraphs(Lang.EN, new int[] {0, 1, 1, 2},
                "Annual report of the city hospital in 2019",
                "In this year 4500 patients were admitted to the emergency department and 320 of them were kept.",
                "The main symptoms of the patients were high fever, dry cough and severe tiredness, seen in 60 percent"
                        + " of the cases.",
                "The hospital director said that 12 new doctors will be hired.");

        Alignment alignment = Aligners.standard().align(fa, en);

        assertThat(TestSegments.notation(alignment.beads()))
                .containsExactly("[0]:[0]", "[1]:[1]", "[2, 3]:[2]", "[4]:[3]");
        assertThat(alignment.beads()).noneMatch(b -> BeadType.isLarge(b.source().size(), b.target().size()));
    }

    @Test
    void piecesWithCounterpartsOfTheirOwnStayApart() {
        List<Segment> fa = inParagraphs(Lang.FA, new int[] {0, 1, 1, 1, 2},
                "گزارش سالانه بیمارستان شهر در سال ۲۰۱۹",
                "در این سال ۴۵۰۰ بیمار در بخش اورژانس پذیرش شدند و ۳۲۰ نفر از آنها بستری شدند.",
                "علائم اصلی بیماران که در ۶۰ درصد موارد دیده شد عبارت بود از:",
                "تب بالا، سرفه خشک و خستگی شدید و در ۱۵ مورد هم سردرد.",
                "مدیر بیمارستان گفت که ۱۲ پزشک تازه استخدام خواهند شد.");
        List<Segment> en = inParagraphs(Lang.EN, new int[] {0, 1, 1, 1, 2},
                "Annual report of the city hospital in 2019",
                "In this year 4500 patients were admitted to the emergency department and 320 of them were kept.",
                "The main symptoms of the patients, seen in 60 percent of the cases, were these.",
                "High fever, dry cough and severe tiredness, and in 15 cases a headache.",
                "The hospital director said that 12 new doctors will be hired.");

        Alignment alignment = Aligners.standard().align(fa, en);

        assertThat(TestSegments.notation(alignment.beads()))
                .containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]");
    }

    private static double prior(int a, int b) {
        return TYPES.stream().filter(t -> t.source() == a && t.target() == b).findFirst().orElseThrow().prior();
    }

    /** Segments of {@code lang}, the {@code i}-th in paragraph {@code paragraphs[i]}. */
    private static List<Segment> inParagraphs(Lang lang, int[] paragraphs, String... texts) {
        List<Segment> all = TestSegments.lines(lang, texts);
        List<Segment> out = new ArrayList<>();
        for (Segment s : all) {
            out.add(new Segment(s.id(), s.docId(), paragraphs[s.index()], s.index(), s.lang(), s.original(), s.text(),
                    s.start(), s.end()));
        }
        return out;
    }
}

package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hamgam.model.Bead;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A short news article, a headline and three paragraphs of three sentences, whose paragraph breaks agree on both
 * sides, with one English sentence missing or two English sentences given as one in any paragraph and position.
 * Content alone hardly tells where in so short a text the sentence went missing; the breaks do, and no bead may
 * pair a sentence of one paragraph with a sentence of another.
 */
class AgreeingParagraphBreaksTest {
    /** Headline, then the paragraphs' sentences in order, Persian and English. */
    private static final String[][] PAIRS = {
        {"باران شدید مدارس شمال را تعطیل کرد", "Heavy rain closes schools in the north"},
        {"باران شدید روز دوشنبه در استان‌های شمالی بارید.", "Heavy rain fell across the northern provinces on Monday."},
        {"مسئولان محلی همه مدارس را تعطیل کردند و از مردم خواستند در خانه بمانند.",
            "Local officials closed all schools and asked people to stay at home."},
        {"چند جاده بر اثر سیل مسدود شد.", "Several roads were blocked by floods."},
        {"سازمان هواشناسی هشدار داد که این هفته باران بیشتری انتظار می‌رود.",
            "The weather service warned that more rain is expected this week."},
        {"کشاورزان نگران هستند که محصولاتشان آسیب ببیند.", "Farmers fear that their crops will be damaged."},
        {"تیم‌های امداد به روستاهای نزدیک رودخانه فرستاده شده‌اند.",
            "Rescue teams have been sent to the villages near the river."},
        {"استاندار گفت که میزان خسارت هنوز معلوم نیست.", "The governor said that the damage is not yet known."},
        {"او به خانواده‌هایی که خانه‌های خود را از دست داده‌اند وعده کمک داد.",
            "He promised help to the families who lost their homes."},
        {"مدارس زمانی بازگشایی می‌شوند که جاده‌ها دوباره امن شوند.",
            "Schools will reopen when the roads are safe again."},
    };
    /** Sentences a paragraph. */
    private static final int PARAGRAPH = 3;

    private final SentenceAligner aligner = Aligners.standard();

    /**
     * Each pair but the headline missing its English, each pair but a paragraph's last given with the next as one
     * English sentence, and two English sentences missing from two different paragraphs.
     */
    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (int k = 1; k < PAIRS.length; k++) {
            out.add(Arguments.of(Set.of(k), -1));
            if (k % PARAGRAPH != 0) {
                out.add(Arguments.of(Set.of(), k));
            }
            for (int l = k + 1; l < PAIRS.length; l++) {
                if (paragraph(l) != paragraph(k)) {
                    out.add(Arguments.of(Set.of(k, l), -1));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "English of {0} missing, of {1} merged with the next")
    @MethodSource("cases")
    void noBeadCrossesABreakBothSidesAgreeOn(Set<Integer> missing, int merged) {
        List<StringBuilder> fa = new ArrayList<>();
        List<StringBuilder> en = new ArrayList<>();
        for (int k = 0; k < PAIRS.length; k++) {
            if (paragraph(k) == fa.size()) {
                fa.add(new StringBuilder());
                en.add(new StringBuilder());
            }
            append(fa.get(paragraph(k)), PAIRS[k][0]);
            if (k == merged) {
                String first = PAIRS[k][1];
                String second = PAIRS[k + 1][1];
                append(en.get(paragraph(k)), first.substring(0, first.length() - 1) + ", and "
                        + Character.toLowerCase(second.charAt(0)) + second.substring(1));
            } else if (!missing.contains(k) && (merged < 0 || k != merged + 1)) {
                append(en.get(paragraph(k)), PAIRS[k][1]);
            }
        }
        List<Segment> source = TestSegments.paragraphs(Lang.FA, fa.stream().map(StringBuilder::toString).toList());
        List<Segment> target = TestSegments.paragraphs(Lang.EN, en.stream().map(StringBuilder::toString).toList());
        assertThat(source).hasSize(PAIRS.length);
        assertThat(target).hasSize(PAIRS.length - missing.size() - (merged < 0 ? 0 : 1));

        Alignment alignment = aligner.align(source, target);

        for (Bead b : alignment.beads()) {
            Set<Integer> paragraphs = new HashSet<>();
            b.source().forEach(i -> paragraphs.add(source.get(i).paragraph()));
            b.target().forEach(j -> paragraphs.add(target.get(j).paragraph()));
            assertThat(paragraphs).as(b.notation() + " in " + TestSegments.notation(alignment.beads())).hasSize(1);
        }
    }

    /** Paragraph 0 is the headline. */
    private static int paragraph(int pair) {
        return (pair + PARAGRAPH - 1) / PARAGRAPH;
    }

    private static void append(StringBuilder paragraph, String sentence) {
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
    }
}

package org.hamgam.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.hamgam.io.SentenceLines;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.hamgam.model.SegmentedDocument;
import org.hamgam.model.SkippedSpan;
import org.junit.jupiter.api.Test;

class SegmentersTest {
    @Test
    void repeatedLinesCountDocumentsNotOccurrences() {
        List<String> batch = List.of("عنوان\nمتن اول.\n  اشتراک  \n", "اشتراک\nمتن دوم.\nمتن دوم.", "اشتراک\nعنوان");
        assertThat(Segmenters.repeatedLines(batch, 2)).containsExactlyInAnyOrder("عنوان", "اشتراک");
        assertThat(Segmenters.repeatedLines(batch, 3)).containsExactly("اشتراک");
        assertThat(Segmenters.repeatedLines(List.of("متن دوم.\nمتن دوم."), 2)).isEmpty();
    }

    @Test
    void labelLinesAreADocumentsWholeEvidenceForTheDetector() {
        String text = "عنوان\nمتن اول که یک جمله است.\n  اشتراک  \nاشتراک\n\nیک دو سه چهار پنج شش هفت هشت نه\n";
        assertThat(Segmenters.labelLines(text)).containsExactlyInAnyOrder("عنوان", "اشتراک");
        // The detector asks the batch only about labels, so counting labels answers as the whole texts do.
        List<String> batch = List.of(text, "اشتراک\nمتن اول که یک جمله است.", "متن اول که یک جمله است.\nاشتراک");
        Set<String> labels = new java.util.HashSet<>(Segmenters.repeatedLines(batch, 3));
        labels.removeIf(line -> !BoilerplateDetector.isLabel(line));
        assertThat(labels).containsExactly("اشتراک");
        assertThat(Segmenters.repeatedLines(batch, 3)).contains("متن اول که یک جمله است.");
    }

    @Test
    void aShortRepeatedLineInTheFrameIsBoilerplate() {
        String text = "سلام دنیا، این متن اصلی خبر است.\nبرای اشتراک کلیک کنید\nخداحافظ، این هم پایان خبر است.";
        SegmentedDocument result = Segmenters.forLanguage(Lang.FA, Set.of("برای اشتراک کلیک کنید"))
                .segment(new Document("a", Lang.FA, text));
        assertThat(result.boilerplate()).extracting(SkippedSpan::reason).containsExactly("boilerplate:repeated");
        assertThat(result.segments()).extracting(Segment::original)
                .containsExactly("سلام دنیا، این متن اصلی خبر است.", "خداحافظ، این هم پایان خبر است.");
        assertThat(result.reassemble()).isEqualTo(text);
    }

    @Test
    void aSentenceOtherDocumentsShareIsText() {
        String shared = "این جمله در خبرهای دیگر هم آمده است.";
        String text = shared + "\nجمله‌ای که فقط در این خبر هست و طولانی‌تر است.";
        SegmentedDocument result = Segmenters.forLanguage(Lang.FA, Set.of(shared))
                .segment(new Document("a", Lang.FA, text));
        assertThat(result.boilerplate()).isEmpty();
        assertThat(result.segments()).extracting(Segment::original).contains(shared);
    }

    @Test
    void aLabelRepeatedOutsideTheFrameIsText() {
        String label = "همکاری دفاعی";
        String body = "جمله‌ای از متن خبر که بلند است.\n";
        String text = body.repeat(4) + label + "\n" + body.repeat(4);
        SegmentedDocument result = Segmenters.forLanguage(Lang.FA, Set.of(label))
                .segment(new Document("a", Lang.FA, text));
        assertThat(result.boilerplate()).isEmpty();
    }

    @Test
    void aLabelRepeatedWithinTheFrameOfOneDocumentIsBoilerplate() {
        String site = "خبرگزاری نمونه";
        String body = "جمله‌ای از متن خبر که بلند است و بیش از هشت کلمه دارد تا متن باشد.\n";
        String text = site + "\n" + body.repeat(3) + site;
        SegmentedDocument result = Segmenters.forLanguage(Lang.FA).segment(new Document("a", Lang.FA, text));
        assertThat(result.boilerplate()).extracting(SkippedSpan::text).containsExactly(site, site);
        assertThat(result.reassemble()).isEqualTo(text);
    }

    @Test
    void repetitionNeverTakesMostOfADocument() {
        String text = "عنوان خبر\nیک خط کوتاه\nپایان";
        SegmentedDocument result = Segmenters.forLanguage(Lang.FA, Set.of("عنوان خبر", "یک خط کوتاه", "پایان"))
                .segment(new Document("a", Lang.FA, text));
        assertThat(result.boilerplate()).isEmpty();
        assertThat(result.segments()).hasSize(3);
    }

    @Test
    void interfacePhrasesAndForeignScriptLinesAreBoilerplate() {
        String text = "ادامه مطلب\nShare\nمتن اصلی است.\nسلام\nThis line is English.";
        SegmentedDocument fa = Segmenters.forLanguage(Lang.FA).segment(new Document("a", Lang.FA, text));
        assertThat(fa.boilerplate()).extracting(SkippedSpan::reason)
                .containsExactly("boilerplate:ui", "boilerplate:ui", "boilerplate:script");
        SegmentedDocument en = Segmenters.forLanguage(Lang.EN).segment(new Document("a", Lang.EN, text));
        assertThat(en.segments()).extracting(Segment::original).containsExactly("This line is English.");
        SegmentedDocument other = Segmenters.forLanguage(Lang.OTHER).segment(new Document("a", Lang.OTHER, text));
        assertThat(other.segments()).hasSize(3);
    }

    @Test
    void aPersianSentenceWithLatinNamesIsText() {
        String text = "شرکت Gilead Sciences داروی Remdesivir را ساخت.";
        SegmentedDocument result = Segmenters.forLanguage(Lang.FA).segment(new Document("a", Lang.FA, text));
        assertThat(result.segments()).hasSize(1);
        assertThat(result.boilerplate()).isEmpty();
    }

    @Test
    void persianSegmentsCarryNormalizedText() {
        String text = "  كتاب يك است.  ";
        SegmentedDocument result = Segmenters.forLanguage(Lang.FA).segment(new Document("a", Lang.FA, text));
        Segment segment = result.segments().get(0);
        assertThat(segment.original()).isEqualTo("كتاب يك است.");
        assertThat(segment.text()).isEqualTo("کتاب یک است.");
        assertThat(segment.start()).isEqualTo(2);
        assertThat(result.skipped()).extracting(SkippedSpan::reason)
                .containsExactly(SkippedSpan.WHITESPACE, SkippedSpan.WHITESPACE);
    }

    @Test
    void renderPrintsOneSentenceALineAndABlankLineBetweenParagraphs() {
        String text = "اول. دوم؟\n\nRead More\nسوم!\n";
        SegmentedDocument result = Segmenters.forLanguage(Lang.FA).segment(new Document("a", Lang.FA, text));
        assertThat(SentenceLines.render(result)).isEqualTo("اول.\nدوم؟\n\nسوم!\n");
        assertThat(SentenceLines.render(Segmenters.forLanguage(Lang.FA).segment(new Document("e", Lang.FA, ""))))
                .isEmpty();
    }

    @Test
    void otherLanguagesUseTheRules() {
        String text = "Hola. ¿Qué tal? Bien.";
        SegmentedDocument result = Segmenters.forLanguage(Lang.OTHER).segment(new Document("a", Lang.OTHER, text));
        assertThat(result.segments()).extracting(Segment::original).containsExactly("Hola.", "¿Qué tal?", "Bien.");
        assertThat(result.segments()).extracting(Segment::id).containsExactly("a:und:0", "a:und:1", "a:und:2");
    }
}

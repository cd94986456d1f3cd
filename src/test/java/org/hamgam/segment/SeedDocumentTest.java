package org.hamgam.segment;

import org.hamgam.TestResources;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.hamgam.model.SegmentedDocument;
import org.hamgam.model.SkippedSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedDocumentTest {
    private static String text;
    private static SegmentedDocument result;

    @BeforeAll
    static void segmentSeed() throws IOException {
        Path seed = TestResources.seeds().resolve(TestResources.SEED + ".txt");
        text = Files.readString(seed, StandardCharsets.UTF_8);
        result = Segmenters.forLanguage(Lang.FA).segment(new Document("000_197c25bd1892c35a", Lang.FA, text));
    }

    @Test
    void reassemblesExactly() {
        assertThat(result.reassemble()).isEqualTo(text);
    }

    @Test
    void headingsAreSegmentsOfTheirOwn() {
        List<String> lines = text.lines().toList();
        for (int paragraph : List.of(4, 11, 20)) {
            List<Segment> segments = inParagraph(paragraph);
            assertThat(segments).hasSize(1);
            assertThat(segments.get(0).original()).isEqualTo(lines.get(paragraph).strip());
        }
        assertThat(inParagraph(4).get(0).original()).isEqualTo("شراکت در حال رشد");
    }

    @Test
    void englishLinesAreBoilerplateWithAReason() {
        assertThat(result.boilerplate()).extracting(SkippedSpan::text).containsExactly("Read More",
                "This section contains relevant reference points, placed in (Inner related node field)");
        assertThat(result.boilerplate()).allSatisfy(span -> assertThat(span.reason()).startsWith("boilerplate:"));
        assertThat(inParagraph(6)).isEmpty();
        assertThat(inParagraph(7)).isEmpty();
    }

    @Test
    void theSourceLineIsText() {
        List<Segment> last = inParagraph(29);
        assertThat(last).extracting(Segment::original).containsExactly("برگرفته از نشریه وار آن د راکس");
    }

    @Test
    void segmentsAreNumberedAcrossTheDocumentAndSplitLongParagraphs() {
        List<Segment> segments = result.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            assertThat(segment.index()).isEqualTo(i);
            assertThat(segment.id()).isEqualTo("000_197c25bd1892c35a:fa:" + i);
            assertThat(text.substring(segment.start(), segment.end())).isEqualTo(segment.original());
        }
        assertThat(inParagraph(2)).extracting(Segment::original).first().asString()
                .endsWith("باید اقدامهای جدی انجام دهند.");
        // 27 text lines; every end mark followed by a space or the line end closes a sentence: 46 in all.
        assertThat(segments).hasSize(46);
    }

    private static List<Segment> inParagraph(int paragraph) {
        return result.segments().stream().filter(s -> s.paragraph() == paragraph).toList();
    }
}

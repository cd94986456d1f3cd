package org.hamgam.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.hamgam.model.SegmentedDocument;
import org.hamgam.model.SkippedSpan;
import org.hamgam.model.Span;
import org.hamgam.text.Letters;

class SegmentationPropertiesTest {
    private static final List<String> PIECES = List.of("کتاب", "می‌رود", "كتاب", "يك", "شاهدــ۱۳۶", "۲٫۵", "2.5",
            "U.S.", "Mr.", "Read More", "word", "Word", "و…", "«", "»", "(", ")", ".", ". ", "؟", "!", "…", "؛", ":",
            "...", "\"", " ", "  ", "\t", "\n", "\r\n", "\n\n", "\u00A0", "\u200C", "\u200F", "\u0640", "https://a.b/c",
            "x@y.com", "ق.م.", "۱۲۳", "é");

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(" .!?\n").ofMaxLength(6),
                Arbitraries.strings().ascii().ofMaxLength(4));
        return piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Lang> languages() {
        return Arbitraries.of(Lang.values());
    }

    @Property(tries = 300)
    void segmentsAndSkippedSpansCoverTheInputExactlyOnce(@ForAll("documents") String text,
                                                         @ForAll("languages") Lang lang) {
        SegmentedDocument result = Segmenters.forLanguage(lang, Set.of("Read More"))
                .segment(new Document("d", lang, text));
        assertThat(result.reassemble()).isEqualTo(text);
        List<Span> pieces = new ArrayList<>();
        result.segments().forEach(s -> pieces.add(s.span()));
        result.skipped().forEach(s -> pieces.add(new Span(s.start(), s.end())));
        pieces.sort(null);
        int cursor = 0;
        for (Span span : pieces) {
            assertThat(span.start()).isEqualTo(cursor);
            assertThat(span.length()).isPositive();
            cursor = span.end();
        }
        assertThat(cursor).isEqualTo(text.length());
    }

    @Property(tries = 300)
    void segmentsAreTrimmedSubstringsWithinOneLine(@ForAll("documents") String text,
                                                    @ForAll("languages") Lang lang) {
        SegmentedDocument result = Segmenters.forLanguage(lang).segment(new Document("d", lang, text));
        for (Segment segment : result.segments()) {
            assertThat(segment.original()).isEqualTo(text.substring(segment.start(), segment.end()));
            assertThat(segment.original()).doesNotContain("\n");
            assertThat(Letters.isSpaceOrBom(segment.original().charAt(0))).isFalse();
            assertThat(Letters.isSpaceOrBom(segment.original().charAt(segment.original().length() - 1))).isFalse();
            long linesBefore = text.substring(0, segment.start()).chars().filter(c -> c == '\n').count();
            assertThat(segment.paragraph()).isEqualTo((int) linesBefore);
            assertThat(segment.id()).isEqualTo("d:" + lang.code() + ":" + segment.index());
        }
        for (SkippedSpan span : result.skipped()) {
            if (!span.isBoilerplate()) {
                assertThat(span.text().chars().allMatch(c -> Letters.isSpaceOrBom((char) c) || c == '\u200F'
                        || c == '\u0640' || c == '\u200C')).as("whitespace span %s", span).isTrue();
            }
        }
    }

    @Property(tries = 200)
    void splittersReturnOrderedTrimmedSpansCoveringAllNonSpaceCharacters(@ForAll("documents") String text,
                                                                         @ForAll("languages") Lang lang) {
        String line = text.replace('\n', ' ').replace('\r', ' ');
        List<Span> spans = Segmenters.splitter(lang).split(line);
        int cursor = 0;
        StringBuilder covered = new StringBuilder();
        for (Span span : spans) {
            assertThat(span.start()).isGreaterThanOrEqualTo(cursor);
            assertThat(line.substring(cursor, span.start()).isBlank()
                    || line.substring(cursor, span.start()).chars().allMatch(c -> Letters.isSpaceOrBom((char) c)))
                    .isTrue();
            covered.append(span.of(line));
            cursor = span.end();
        }
        assertThat(line.substring(cursor).chars().allMatch(c -> Letters.isSpaceOrBom((char) c))).isTrue();
        assertThat(strip(covered.toString())).isEqualTo(strip(line));
    }

    private static String strip(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().filter(c -> !Letters.isSpaceOrBom((char) c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    @Provide
    Arbitrary<List<String>> batches() {
        Arbitrary<String> line = Arbitraries.of("a", "b", "c", "خبر", "Share", " a ", "");
        return Combinators.combine(line.list().ofMaxSize(5), Arbitraries.integers().between(0, 2))
                .as((lines, k) -> lines).list().ofMaxSize(5).map(docs -> docs.stream()
                        .map(lines -> String.join("\n", lines)).toList());
    }

    @Property(tries = 100)
    void repeatedLinesOccurInAtLeastTheGivenNumberOfDocuments(@ForAll("batches") List<String> documents) {
        Set<String> repeated = Segmenters.repeatedLines(documents, 2);
        for (String line : repeated) {
            long count = documents.stream().filter(d -> d.lines().map(String::strip).anyMatch(line::equals)).count();
            assertThat(count).isGreaterThanOrEqualTo(2);
            assertThat(line).isEqualTo(line.strip()).isNotEmpty();
        }
    }
}

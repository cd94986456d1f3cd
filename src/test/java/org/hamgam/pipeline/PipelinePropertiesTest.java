package org.hamgam.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hamgam.draft.DraftChain;
import org.hamgam.glossary.Glossary;
import org.hamgam.model.Bitext;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.model.Row;
import org.hamgam.model.Segment;

/**
 * Random text through every stage — normalizer, segmenters, term matcher, aligner, QA — never throws, and
 * nothing of either input is lost.
 */
class PipelinePropertiesTest {
    private static final Pipeline PIPELINE = pipeline();

    private static Pipeline pipeline() {
        try {
            Glossary glossary = GlossaryFiles.load(List.of(Path.of("glossary")));
            return Stages.standard(glossary, DraftChain.none(), 0.5, false).create(Set.of());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> persian = Arbitraries.chars().range('\u0600', '\u06FF');
        Arbitrary<Character> special = Arbitraries.of('\u200C', '\u0640', '\u200F', '\u202B', '\u202C', ' ', ' ',
                '\n', '\n', '\r', '.', '.', '؟', '!', '«', '»', '-', '\uD800', '\uDC00', '\t');
        Arbitrary<Character> latin = Arbitraries.chars().range('A', 'z');
        Arbitrary<Character> any = Arbitraries.chars();
        Arbitrary<Character> mixed = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, persian), net.jqwik.api.Tuple.of(4, special),
                net.jqwik.api.Tuple.of(2, latin), net.jqwik.api.Tuple.of(1, any));
        return mixed.list().ofMaxSize(400).map(chars -> {
            StringBuilder s = new StringBuilder(chars.size());
            chars.forEach(s::append);
            return s.toString();
        });
    }

    @Property(tries = 150)
    void nothingIsLostAndNothingThrows(@ForAll("texts") String persian, @ForAll("texts") String english) {
        Bitext bitext = PIPELINE.process(new Document("p", Lang.FA, persian),
                Optional.of(new Document("p", Lang.EN, english)));
        assertThat(bitext.source().reassemble()).isEqualTo(persian);
        bitext.target().ifPresent(t -> assertThat(t.reassemble()).isEqualTo(english));
        // Every segment of both sides is in exactly one row, in order.
        assertThat(bitext.rows().stream().flatMap(r -> r.source().stream()).map(Segment::index).toList())
                .isEqualTo(bitext.source().segments().stream().map(Segment::index).toList());
        bitext.target().filter(t -> !t.segments().isEmpty()).ifPresent(t ->
                assertThat(bitext.rows().stream().flatMap(r -> r.target().stream()).map(Segment::index).toList())
                        .isEqualTo(t.segments().stream().map(Segment::index).toList()));
        for (Row row : bitext.rows()) {
            row.terms().forEach(h ->
                    assertThat(row.sourceOriginal().substring(h.start(), h.end())).isEqualTo(h.surface()));
        }
    }
}

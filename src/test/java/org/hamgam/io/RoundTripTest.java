package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.validation.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.hamgam.model.Bead;
import org.hamgam.model.Bitext;
import org.hamgam.model.Draft;
import org.hamgam.model.Lang;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.Origin;
import org.hamgam.model.Row;

/** Any text, Persian or not, legal in XML or not, comes back from XLIFF 2 exactly, and the file stays valid. */
class RoundTripTest {
    private static Schema xliff;
    private static Schema tmx;

    @BeforeContainer
    static void schemas() throws Exception {
        xliff = XmlSupport.xliff21();
        tmx = XmlSupport.tmx14();
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0600', '\u06FF')
                        .withChars('\u200C', '\u200F', '\u202B', ' ', '&', '<', '>', ']', '"', '\'', '\r', '\t',
                                '\u0001', '\uFFFE')
                        .ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30)
                        .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c))))
                .filter(s -> !s.contains("\n"));
        return text.list().ofMinSize(2).ofMaxSize(6);
    }

    @Property(tries = 30)
    void xliff2AndTmxCarryAnyText(@ForAll("texts") List<String> texts) throws Exception {
        Fixtures.DocBuilder fa = new Fixtures.DocBuilder("p", Lang.FA);
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                fa.newline();
            }
            fa.sentence(texts.get(i));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String target = new StringBuilder(texts.get(i)).reverse().toString();
            rows.add(new Row("p:" + i, new Bead(List.of(i), List.of(i), 0.5), List.of(fa.segment(i)), List.of(),
                    new Draft(target, Origin.ALIGNED, "aligner", 0.5), List.of(), List.of()));
        }
        Bitext bitext = new Bitext("p", fa.build(), Optional.empty(), rows, 0.5, List.of());

        StringWriter out = new StringWriter();
        new XliffWriter().write(bitext, out);
        XmlSupport.validate(xliff, out.toString());
        Path file = Files.createTempFile("roundtrip", ".xlf");
        try {
            Files.writeString(file, out.toString());
            List<ReviewImporter.Entry> entries = new ReviewImporter().read(file).entries();
            assertThat(entries).extracting(ReviewImporter.Entry::source)
                    .containsExactlyElementsOf(rows.stream().map(Row::sourceText).toList());
            assertThat(entries).extracting(ReviewImporter.Entry::target)
                    .containsExactlyElementsOf(rows.stream().map(Row::targetText).toList());
        } finally {
            Files.delete(file);
        }

        StringWriter memory = new StringWriter();
        new TmxWriter(LanguageTags.DEFAULT, Instant.EPOCH).write(bitext, memory);
        XmlSupport.validate(tmx, memory.toString());
    }
}

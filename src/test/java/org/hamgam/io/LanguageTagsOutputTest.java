package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.GlossaryReader;
import org.hamgam.model.Bitext;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.Row;
import org.hamgam.model.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * One language tag everywhere: TMX, XLIFF 2.1, XLIFF 1.2 and TBX carry the same tags, and Okapi's filters, set
 * up for those languages as a user would set up a project, find every target in both the default and a
 * region-tagged setting.
 */
class LanguageTagsOutputTest {
    private static final Instant CREATED = Instant.parse("2026-03-04T05:06:07.890Z");

    @ParameterizedTest
    @CsvSource({"fa, en", "fa-IR, en-GB"})
    void okapiFindsEveryTmxTargetInTheProjectLanguages(String source, String target) throws Exception {
        Bitext bitext = SeedFixture.seed();
        String xml = XmlSupport.write(new TmxWriter(new LanguageTags(source, target), CREATED), bitext);
        List<Row> pairs = bitext.rows().stream()
                .filter(r -> !r.sourceText().isEmpty() && !r.targetText().isEmpty()).toList();
        List<OkapiFilters.Unit> units = OkapiFilters.tmx(xml, source, target);
        assertThat(units).extracting(OkapiFilters.Unit::source)
                .containsExactlyElementsOf(pairs.stream().map(Row::sourceText).toList());
        assertThat(units).extracting(OkapiFilters.Unit::target)
                .containsExactlyElementsOf(pairs.stream().map(Row::targetText).toList());
        assertThat(xml).contains("creationdate=\"20260304T050607Z\"");
    }

    @ParameterizedTest
    @CsvSource({"fa, en", "fa-IR, en-GB"})
    void okapiFindsEveryXliff12TargetInTheProjectLanguages(String source, String target) throws Exception {
        Bitext bitext = SeedFixture.seed();
        LanguageTags tags = new LanguageTags(source, target);
        String xml = XmlSupport.write(new Xliff12Writer(0.5, tags), bitext);
        List<OkapiFilters.Unit> units = OkapiFilters.xliff12(xml, source, target).stream()
                .filter(OkapiFilters.Unit::translatable).toList();
        assertThat(units).extracting(OkapiFilters.Unit::target)
                .containsExactlyElementsOf(bitext.rows().stream().map(Row::targetText).toList());
        // The XLIFF 2.1 file says the same.
        OkapiXliff2.Read read = OkapiXliff2.read(XmlSupport.write(new XliffWriter(0.5, tags), bitext));
        assertThat(read.start().getSourceLanguage()).isEqualTo(source);
        assertThat(read.start().getTargetLanguage()).isEqualTo(target);
    }

    @Test
    void tbxCarriesTheSameTagsAndReadsBack() throws Exception {
        Glossary glossary = Glossary.of(List.of(new Term("t1", "پهپاد", "drone", "", List.of(), "test", 0)));
        StringWriter out = new StringWriter();
        TbxWriter.write(glossary.terms(), out, TbxWriter.TbxVersion.V2, new LanguageTags("fa-IR", "en-GB"));
        org.w3c.dom.Document doc = XmlSupport.parse(out.toString());
        assertThat(XmlSupport.elements(doc, "", "langSet"))
                .extracting(e -> e.getAttributeNS(javax.xml.XMLConstants.XML_NS_URI, "lang"))
                .containsExactly("fa-IR", "en-GB");
        Glossary back = GlossaryReader.read("terms.tbx",
                new java.io.ByteArrayInputStream(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0);
        assertThat(back.terms()).extracting(Term::source, Term::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("پهپاد", "drone"));
    }

    @Test
    void aMalformedTagIsRefusedWithItsName() {
        assertThat(new LanguageTags("FA-ir", "EN").source()).isEqualTo("fa-IR");
        assertThatThrownBy(() -> new LanguageTags("fa IR", "en")).hasMessageContaining("'fa IR'");
        assertThatThrownBy(() -> new LanguageTags("", "en")).hasMessageContaining("language tag");
    }
}

package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.io.XmlSupport.children;
import static org.hamgam.io.XmlSupport.elements;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import org.hamgam.model.Bitext;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TmxWriterTest {
    @TempDir
    Path tmp;

    @Test
    void aMemoryAssembledFromPartsIsTheMemoryWrittenAtOnce() throws Exception {
        TmxWriter.Header header = new TmxWriter.Header(LanguageTags.DEFAULT, Instant.EPOCH,
                List.of(new TmxWriter.Prop("x-content", "test")));
        List<TmxWriter.Unit> all = new ArrayList<>();
        List<Path> parts = new ArrayList<>();
        for (Bitext bitext : List.of(Fixtures.hostile(), Fixtures.draftedAndConfirmed(), Fixtures.hostile())) {
            List<TmxWriter.Unit> units = TmxWriter.units(bitext, row -> true);
            all.addAll(units);
            parts.add(Files.writeString(tmp.resolve(parts.size() + ".tmx"), TmxWriter.part(LanguageTags.DEFAULT, units)));
        }
        StringWriter whole = new StringWriter();
        TmxWriter.write(whole, header, all);
        StringWriter assembled = new StringWriter();
        TmxWriter.assemble(assembled, header, parts);
        assertThat(assembled.toString()).isEqualTo(whole.toString());

        Path empty = Files.writeString(tmp.resolve("empty.tmx"), TmxWriter.part(LanguageTags.DEFAULT, List.of()));
        StringWriter none = new StringWriter();
        TmxWriter.write(none, header, List.of());
        StringWriter emptyParts = new StringWriter();
        TmxWriter.assemble(emptyParts, header, List.of(empty, empty));
        assertThat(emptyParts.toString()).isEqualTo(none.toString()).contains("<body/>");
    }

    @Test
    void hostileDocumentIsValidTmxWithEveryPairExact() throws Exception {
        Bitext bitext = Fixtures.hostile();
        String xml = XmlSupport.write(new TmxWriter(LanguageTags.DEFAULT, Instant.EPOCH), bitext);
        XmlSupport.validate(XmlSupport.tmx14(), xml);
        assertThat(xml).doesNotContain("]]>");

        Document doc = XmlSupport.parse(xml);
        Element header = elements(doc, "", "header").get(0);
        assertThat(header.getAttribute("srclang")).isEqualTo("fa");
        assertThat(header.getAttribute("creationdate")).isEqualTo("19700101T000000Z");
        assertThat(header.getAttribute("segtype")).isEqualTo("sentence");
        for (String required : List.of("creationtool", "creationtoolversion", "o-tmf", "adminlang", "datatype")) {
            assertThat(header.getAttribute(required)).as(required).isNotBlank();
        }

        List<Row> pairs = bitext.rows().stream()
                .filter(r -> !r.sourceText().isEmpty() && !r.targetText().isEmpty()).toList();
        List<Element> units = elements(doc, "", "tu");
        assertThat(units).hasSize(pairs.size()).hasSize(3);
        for (int i = 0; i < units.size(); i++) {
            Element tu = units.get(i);
            List<Element> tuvs = children(tu, "", "tuv");
            assertThat(tuvs).extracting(t -> t.getAttributeNS(XMLConstants.XML_NS_URI, "lang"))
                    .containsExactly("fa", "en");
            assertThat(XmlSupport.child(tuvs.get(0), "", "seg").getTextContent()).isEqualTo(pairs.get(i).sourceText());
            assertThat(XmlSupport.child(tuvs.get(1), "", "seg").getTextContent()).isEqualTo(pairs.get(i).targetText());
            assertThat(tu.getAttribute("tuid")).isEqualTo(pairs.get(i).id());
        }
        Map<String, String> props = children(units.get(0), "", "prop").stream()
                .collect(Collectors.toMap(p -> p.getAttribute("type"), Element::getTextContent));
        assertThat(props).containsEntry("x-bead-type", "2-1").containsEntry("x-score", "0.910")
                .containsEntry("x-origin", "aligned").containsEntry("x-document", bitext.docId());
    }

    @Test
    void unconfirmedDraftsAreNoPairsAndConfirmedOnesKeepTheirOrigin() throws Exception {
        TmxWriter writer = new TmxWriter(LanguageTags.DEFAULT, Instant.EPOCH);
        String unconfirmed = XmlSupport.write(writer, Fixtures.drafted());
        XmlSupport.validate(XmlSupport.tmx14(), unconfirmed);
        assertThat(elements(XmlSupport.parse(unconfirmed), "", "tu")).isEmpty();

        String xml = XmlSupport.write(writer, Fixtures.draftedAndConfirmed());
        XmlSupport.validate(XmlSupport.tmx14(), xml);
        Document doc = XmlSupport.parse(xml);
        assertThat(elements(doc, "", "prop")).filteredOn(p -> p.getAttribute("type").equals("x-origin"))
                .extracting(Element::getTextContent).containsExactly("tm", "human");
        assertThat(elements(doc, "", "prop")).filteredOn(p -> p.getAttribute("type").equals("x-bead-type"))
                .extracting(Element::getTextContent).containsExactly("draft", "1-0");
        assertThat(new TmxWriter(LanguageTags.DEFAULT, Instant.EPOCH).fileName("a")).isEqualTo("a.tmx");
    }
}

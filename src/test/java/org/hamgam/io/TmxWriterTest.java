package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.io.XmlSupport.children;
import static org.hamgam.io.XmlSupport.elements;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import org.hamgam.model.Bitext;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.Row;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TmxWriterTest {
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
    void draftsAreLabelledWithTheirOrigin() throws Exception {
        String xml = XmlSupport.write(new TmxWriter(LanguageTags.DEFAULT, Instant.EPOCH), Fixtures.drafted());
        XmlSupport.validate(XmlSupport.tmx14(), xml);
        Document doc = XmlSupport.parse(xml);
        assertThat(elements(doc, "", "prop")).filteredOn(p -> p.getAttribute("type").equals("x-origin"))
                .extracting(Element::getTextContent).containsExactly("tm", "mt", "glossary");
        assertThat(new TmxWriter(LanguageTags.DEFAULT, Instant.EPOCH).fileName("a")).isEqualTo("a.tmx");
    }
}

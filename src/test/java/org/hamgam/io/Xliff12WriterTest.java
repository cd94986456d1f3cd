package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.io.XmlSupport.child;
import static org.hamgam.io.XmlSupport.children;
import static org.hamgam.io.XmlSupport.elements;

import java.util.List;
import org.hamgam.model.Bitext;
import org.hamgam.model.Row;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** No XLIFF 1.2 schema is at hand, so the structure the 1.2 schema requires is checked by hand. */
class Xliff12WriterTest {
    private static final String NS = Xliff12Writer.NS;

    @Test
    void hostileDocumentReadsBackExactly() throws Exception {
        Bitext bitext = Fixtures.hostile();
        String xml = XmlSupport.write(new Xliff12Writer(), bitext);
        assertThat(xml).doesNotContain("]]>");
        Document doc = XmlSupport.parse(xml);
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getAttribute("version")).isEqualTo("1.2");
        Element file = child(root, NS, "file");
        assertThat(file.getAttribute("source-language")).isEqualTo("fa");
        assertThat(file.getAttribute("target-language")).isEqualTo("en");
        assertThat(file.getAttribute("original")).isEqualTo(bitext.docId());
        assertThat(children(file, NS, "header")).hasSize(1);
        assertThat(children(file, NS, "body")).hasSize(1);

        List<Element> units = elements(doc, NS, "trans-unit").stream()
                .filter(u -> !u.getAttribute("translate").equals("no")).toList();
        assertThat(units).hasSize(bitext.rows().size());
        for (int i = 0; i < units.size(); i++) {
            Row row = bitext.rows().get(i);
            Element unit = units.get(i);
            // 1.2 element order: source, target, then notes and alt-trans
            Element first = (Element) firstElement(unit);
            assertThat(first.getLocalName()).isEqualTo("source");
            assertThat(first.getTextContent()).isEqualTo(row.sourceText());
            Element target = child(unit, NS, "target");
            if (row.draft().isEmpty()) {
                assertThat(target).isNull();
            } else {
                assertThat(target.getTextContent()).isEqualTo(row.targetText());
                assertThat(target.getAttribute("state")).isEqualTo("needs-review-translation");
            }
        }
        Element boiler = elements(doc, NS, "trans-unit").stream()
                .filter(u -> u.getAttribute("translate").equals("no")).findFirst().orElseThrow();
        assertThat(child(boiler, NS, "source").getTextContent()).isEqualTo(Fixtures.BOILER);
        assertThat(elements(doc, NS, "note")).extracting(Element::getTextContent)
                .anySatisfy(n -> assertThat(n).contains("Term: جمهوری اسلامی ایران = Islamic Republic of Iran & \"co\""))
                .anySatisfy(n -> assertThat(n).startsWith("Low confidence"))
                .anySatisfy(n -> assertThat(n).contains("Number " + Fixtures.SCRIPT));
    }

    @Test
    void memoryAndMachineDraftsBecomeAltTrans() throws Exception {
        Document doc = XmlSupport.parse(XmlSupport.write(new Xliff12Writer(), Fixtures.drafted()));
        List<Element> alts = elements(doc, NS, "alt-trans");
        assertThat(alts).extracting(a -> a.getAttribute("match-quality")).containsExactly("87", "");
        assertThat(alts).extracting(a -> a.getAttribute("origin")).containsExactly("tm.tmx", "engine \"x\"");
        assertThat(elements(doc, NS, "target")).filteredOn(t -> t.getParentNode().getLocalName().equals("trans-unit"))
                .extracting(t -> t.getAttribute("state-qualifier"))
                .containsExactly("leveraged-tm", "leveraged-mt", "leveraged-glossary");
        assertThat(new Xliff12Writer().fileName("a")).isEqualTo("a.xliff12.xlf");
    }

    private static org.w3c.dom.Node firstElement(Element parent) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return n;
            }
        }
        return null;
    }
}

package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.io.XmlSupport.child;
import static org.hamgam.io.XmlSupport.children;
import static org.hamgam.io.XmlSupport.elements;

import java.util.List;
import java.util.Optional;
import net.sf.okapi.lib.xliff2.core.Directionality;
import org.hamgam.model.Bead;
import org.hamgam.model.Draft;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.Lang;
import org.hamgam.model.SegmentedDocument;
import java.util.Map;
import java.util.stream.Collectors;
import org.hamgam.model.Bitext;
import org.hamgam.model.Row;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XliffWriterTest {
    private static final String NS = XliffWriter.NS;

    @Test
    void hostileDocumentIsValidXliff21AndEveryTextSurvives() throws Exception {
        Bitext bitext = Fixtures.hostile();
        String xml = XmlSupport.write(new XliffWriter(), bitext);
        XmlSupport.validate(XmlSupport.xliff21(), xml);
        assertThat(xml).doesNotContain("]]>").doesNotContain("<script");

        Document doc = XmlSupport.parse(xml);
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("version")).isEqualTo("2.1");
        assertThat(root.getAttribute("srcLang")).isEqualTo("fa");
        assertThat(root.getAttribute("trgLang")).isEqualTo("en");
        assertThat(((Element) root.getElementsByTagNameNS(NS, "file").item(0)).getAttribute("original"))
                .isEqualTo(bitext.docId());

        List<Element> segments = translatableSegments(doc);
        assertThat(segments).hasSize(bitext.rows().size());
        for (int i = 0; i < segments.size(); i++) {
            Row row = bitext.rows().get(i);
            Element segment = segments.get(i);
            assertThat(segment.getAttribute("state")).isEqualTo("initial");
            assertThat(child(segment, NS, "source").getTextContent()).isEqualTo(row.sourceText());
            Element target = child(segment, NS, "target");
            if (row.draft().isEmpty()) {
                assertThat(target).isNull();
            } else {
                assertThat(target.getTextContent()).isEqualTo(row.targetText());
            }
        }
        for (Element unit : elements(doc, NS, "unit")) {
            assertThat(unit.getAttribute("srcDir")).isEqualTo("rtl");
            assertThat(unit.getAttribute("trgDir")).isEqualTo("ltr");
        }
    }

    @Test
    void twoToOneBeadIsOneSegmentWithBothSentenceIdsAndTheOriginalInMetadata() throws Exception {
        Bitext bitext = Fixtures.hostile();
        Document doc = XmlSupport.parse(XmlSupport.write(new XliffWriter(), bitext));
        Element first = elements(doc, NS, "segment").get(0);
        assertThat(child(first, NS, "source").getTextContent()).isEqualTo(Fixtures.FA0 + " " + Fixtures.FA1);
        assertThat(child(first, NS, "target").getTextContent()).isEqualTo(Fixtures.EN0);

        Map<String, String> meta = metaGroup(doc, "md1");
        assertThat(meta).containsEntry("segment", "s1")
                .containsEntry("bead-type", "2-1")
                .containsEntry("bead", "[0, 1]:[0]")
                .containsEntry("bead-score", "0.910")
                .containsEntry("target-origin", "aligned")
                .containsEntry("source-original", bitext.rows().get(0).sourceOriginal());
        assertThat(meta.get("source-segments").split(" ")).hasSize(2);
        assertThat(first.getAttribute("canResegment")).as("a joined bead must stay whole").isEqualTo("no");
        assertThat(elements(doc, NS, "segment").get(2).hasAttribute("canResegment")).isFalse();
    }

    @Test
    void boilerplateTermsIssuesAndLowConfidenceAreKept() throws Exception {
        Bitext bitext = Fixtures.hostile();
        Document doc = XmlSupport.parse(XmlSupport.write(new XliffWriter(), bitext));

        // A paragraph of boilerplate alone is a segment that is not for translation: a unit needs a segment.
        assertThat(elements(doc, NS, "ignorable")).isEmpty();
        Element boilerUnit = elements(doc, NS, "unit").get(1);
        assertThat(boilerUnit.getAttribute("translate")).isEqualTo("no");
        Element boilerSegment = child(boilerUnit, NS, "segment");
        assertThat(child(boilerSegment, NS, "source").getTextContent()).isEqualTo(Fixtures.BOILER);
        assertThat(child(boilerSegment, NS, "target")).isNull();

        Map<String, List<String>> notes = elements(doc, NS, "note").stream().collect(Collectors.groupingBy(
                n -> n.getAttribute("category"), Collectors.mapping(Element::getTextContent, Collectors.toList())));
        assertThat(notes.get("hamgam:boilerplate")).singleElement().asString()
                .contains(Fixtures.BOILER).contains("boilerplate:footer");
        assertThat(notes.get("qa:number")).singleElement().asString()
                .contains("Number " + Fixtures.SCRIPT + " missing & \"odd\"").contains("<b>1403</b>");
        assertThat(notes.get("qa:source-punct")).singleElement().asString().contains("]]>");
        assertThat(notes.get("hamgam:low-confidence")).hasSize(2)
                .anySatisfy(n -> assertThat(n).startsWith("s2:").contains("0.350"))
                .anySatisfy(n -> assertThat(n).startsWith("s4:"));
        assertThat(notes.get("hamgam:unmatched")).singleElement().asString().startsWith("s4:");
        assertThat(notes.get("hamgam:document")).containsExactly(bitext.notes().get(0));

        Element entry = elements(doc, XliffWriter.NS_GLS, "glossEntry").get(0);
        assertThat(child(entry, XliffWriter.NS_GLS, "term").getTextContent()).isEqualTo("جمهوری اسلامی ایران");
        assertThat(child(entry, XliffWriter.NS_GLS, "term").getAttribute("source")).isEqualTo("t<7>");
        assertThat(child(entry, XliffWriter.NS_GLS, "translation").getTextContent())
                .isEqualTo("Islamic Republic of Iran & \"co\"");
    }

    @Test
    void unitsFollowParagraphs() throws Exception {
        Document doc = XmlSupport.parse(XmlSupport.write(new XliffWriter(), Fixtures.hostile()));
        List<Element> units = elements(doc, NS, "unit");
        // p1: 2-1 bead; p2: boilerplate line; p3: two beads plus the 0-1 bead after them; p4: one bead
        assertThat(units).extracting(u -> u.getAttribute("name")).containsExactly("p1", "p2", "p3", "p4");
        assertThat(units).extracting(u -> children(u, NS, "segment").size()).containsExactly(1, 1, 3, 1);
    }

    @Test
    void okapiReadsEveryUnitWithItsSegmentsLanguagesAndDirections() throws Exception {
        Bitext bitext = Fixtures.hostile();
        OkapiXliff2.Read read = OkapiXliff2.read(
                XmlSupport.write(new XliffWriter(0.5, new LanguageTags("fa-IR", "en-GB")), bitext));
        assertThat(read.start().getSourceLanguage()).isEqualTo("fa-IR");
        assertThat(read.start().getTargetLanguage()).isEqualTo("en-GB");
        assertThat(read.units()).extracting(u -> u.getSegmentCount()).containsExactly(1, 1, 3, 1);
        assertThat(read.units()).extracting(u -> u.getTranslate()).containsExactly(true, false, true, true);
        assertThat(read.units().get(0).getSegment(0).getCanResegment()).isFalse();
        assertThat(read.units().get(0).getSegment(0).getTarget().getPlainText()).isEqualTo(Fixtures.EN0);
        assertThat(read.units()).allSatisfy(u -> assertThat(u.getSourceDir()).isEqualTo(Directionality.RTL));
    }

    @Test
    void englishBoilerplateIsLeftToRightAndBoilerplateInsideAParagraphStaysIgnorable() throws Exception {
        Fixtures.DocBuilder fa = new Fixtures.DocBuilder("mixed", Lang.FA)
                .sentence(Fixtures.FA2).space().boilerplate("Share on X", "boilerplate:share").newline()
                .boilerplate("Read More", "boilerplate:link");
        Row row = new Row("mixed:1", new Bead(List.of(0), List.of(), 0), List.of(fa.segment(0)), List.of(),
                Draft.none(), List.of(), List.of());
        Bitext bitext = new Bitext("mixed", fa.build(), Optional.empty(), List.of(row), 0, List.of());
        String xml = XmlSupport.write(new XliffWriter(), bitext);
        XmlSupport.validate(XmlSupport.xliff21(), xml);
        Document doc = XmlSupport.parse(xml);
        List<Element> units = elements(doc, NS, "unit");
        assertThat(units).hasSize(2);
        assertThat(units.get(0).getAttribute("srcDir")).isEqualTo("rtl");
        assertThat(child(child(units.get(0), NS, "ignorable"), NS, "source").getTextContent()).isEqualTo("Share on X");
        assertThat(units.get(1).getAttribute("srcDir")).isEqualTo("ltr");
        assertThat(units.get(1).getAttribute("translate")).isEqualTo("no");
        assertThat(OkapiXliff2.read(xml).units()).extracting(u -> u.getSourceDir())
                .containsExactly(Directionality.RTL, Directionality.LTR);
    }

    @Test
    void anEmptyDocumentIsAValidFile() throws Exception {
        SegmentedDocument empty = new SegmentedDocument(new org.hamgam.model.Document("empty", Lang.FA, ""), List.of(), List.of());
        String xml = XmlSupport.write(new XliffWriter(), new Bitext("empty", empty, Optional.empty(), List.of(), 0,
                List.of()));
        XmlSupport.validate(XmlSupport.xliff21(), xml);
        assertThat(OkapiXliff2.read(xml).units()).isEmpty();
    }

    @Test
    void onlyAnAlignedDocumentCarriesAnAlignmentQuality() throws Exception {
        SegmentedDocument persian = new Fixtures.DocBuilder("fuel", Lang.FA).sentence(Fixtures.FA2).build();
        Bitext draft = new Bitext("fuel", persian, Optional.empty(), List.of(), 0, List.of());
        String xliff2 = XmlSupport.write(new XliffWriter(), draft);
        XmlSupport.validate(XmlSupport.xliff21(), xliff2);
        assertThat(xliff2).contains("type=\"aligned\">no<").doesNotContain("type=\"quality\"");
        assertThat(XmlSupport.write(new Xliff12Writer(), draft)).doesNotContain("quality");
        Bitext seed = SeedFixture.seed();
        assertThat(XmlSupport.write(new XliffWriter(), seed)).contains("type=\"quality\">");
        assertThat(XmlSupport.write(new Xliff12Writer(), seed)).contains("Alignment quality ");
    }

    @Test
    void theSeedArticleOpensInOkapiWithOneSegmentPerBead() throws Exception {
        Bitext seed = SeedFixture.seed();
        OkapiXliff2.Read read = OkapiXliff2.read(XmlSupport.write(new XliffWriter(), seed));
        List<String> targets = read.units().stream().filter(u -> u.getTranslate())
                .flatMap(u -> java.util.stream.StreamSupport.stream(u.getSegments().spliterator(), false))
                .map(s -> s.getTarget() == null ? "" : s.getTarget().getPlainText()).toList();
        assertThat(targets).containsExactlyElementsOf(seed.rows().stream().map(Row::targetText).toList());
        assertThat(read.units()).anySatisfy(u -> assertThat(u.getTranslate()).isFalse());
    }

    @Test
    void draftsFromMemoryAndMachineAreOfferedAsMatches() throws Exception {
        Bitext bitext = Fixtures.drafted();
        String xml = XmlSupport.write(new XliffWriter(), bitext);
        XmlSupport.validate(XmlSupport.xliff21(), xml);
        Document doc = XmlSupport.parse(xml);
        List<Element> matches = elements(doc, XliffWriter.NS_MTC, "match");
        assertThat(matches).extracting(m -> m.getAttribute("type")).containsExactly("tm", "mt");
        assertThat(matches.get(0).getAttribute("similarity")).isEqualTo("87");
        assertThat(child(matches.get(0), NS, "source").getTextContent()).isEqualTo("حافظه & <منبع>");
        assertThat(matches.get(0).getAttribute("origin")).isEqualTo("tm.tmx");
        assertThat(matches.get(0).getAttribute("ref")).isEqualTo("#s1");
        assertThat(child(matches.get(1), NS, "target").getTextContent()).isEqualTo("Machine ]]> draft");
        assertThat(translatableSegments(doc)).allSatisfy(s -> assertThat(s.getAttribute("state")).isEqualTo("initial"));
        assertThat(child(translatableSegments(doc).get(3), NS, "target")).isNull();
    }

    @Test
    void outputIsDeterministic() throws Exception {
        assertThat(XmlSupport.write(new XliffWriter(), Fixtures.hostile()))
                .isEqualTo(XmlSupport.write(new XliffWriter(), Fixtures.hostile()));
        assertThat(new XliffWriter().fileName("doc")).isEqualTo("doc.xlf");
    }

    /** Segments of units for translation, i.e. without the boilerplate paragraphs. */
    private static List<Element> translatableSegments(Document doc) {
        return elements(doc, NS, "segment").stream()
                .filter(s -> !"no".equals(((Element) s.getParentNode()).getAttribute("translate"))).toList();
    }

    private static Map<String, String> metaGroup(Document doc, String id) {
        Element group = elements(doc, XliffWriter.NS_MDA, "metaGroup").stream()
                .filter(g -> id.equals(g.getAttribute("id"))).findFirst().orElseThrow();
        return children(group, XliffWriter.NS_MDA, "meta").stream()
                .collect(Collectors.toMap(m -> m.getAttribute("type"), Element::getTextContent));
    }
}

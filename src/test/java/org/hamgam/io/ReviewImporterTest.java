package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamgam.io.XmlSupport.child;
import static org.hamgam.io.XmlSupport.elements;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.hamgam.io.ReviewImporter.Change;
import org.hamgam.io.ReviewImporter.Result;
import org.hamgam.model.Bitext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReviewImporterTest {
    private static final String NS = XliffWriter.NS;
    /** What the reviewer typed: every character that tends to get lost. */
    private static final String EDITED = "The Islamic Republic\u200C of Iran \u200F& <b> ]]> \"q\" 'a'\tend\r\nline";

    @TempDir
    Path dir;

    @Test
    void xliff2RoundTripKeepsEveryCharacterAndReportsChanges() throws Exception {
        Bitext bitext = Fixtures.hostile();
        Path generated = dir.resolve("doc.xlf");
        AtomicFiles.write(generated, out -> new XliffWriter().write(bitext, out));

        Document doc = XmlSupport.parse(Files.readString(generated));
        List<Element> segments = elements(doc, NS, "segment").stream()
                .filter(s -> !"no".equals(((Element) s.getParentNode()).getAttribute("translate"))).toList();
        Element s1 = segments.get(0);
        s1.setAttribute("state", "final");
        Element s2 = segments.get(1);
        s2.setAttribute("state", "reviewed");
        child(s2, NS, "target").setTextContent(EDITED);
        // merge s3 into s2's unit neighbour: the reviewer joins s2 and s3 in the CAT tool
        Element s3 = segments.get(2);
        child(s2, NS, "source").setTextContent(child(s2, NS, "source").getTextContent() + " "
                + child(s3, NS, "source").getTextContent());
        s3.getParentNode().removeChild(s3);
        Path reviewed = dir.resolve("reviewed.xlf");
        save(doc, reviewed);
        XmlSupport.validate(XmlSupport.xliff21(), Files.readString(reviewed));

        Result result = new ReviewImporter().read(reviewed, generated);
        assertThat(result.format()).isEqualTo("xliff2");
        assertThat(result.approved()).hasSize(2);
        assertThat(result.approved().get(0).source()).isEqualTo(bitext.rows().get(0).sourceText());
        assertThat(result.approved().get(0).target()).isEqualTo(Fixtures.EN0);
        assertThat(result.approved().get(0).row()).isEqualTo(bitext.rows().get(0).id());
        assertThat(result.approved().get(1).source()).isEqualTo(Fixtures.FA2 + " " + Fixtures.FA3);
        assertThat(result.approved().get(1).target()).isEqualTo(EDITED);
        assertThat(result.changes()).extracting(Change::id, Change::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("s1", Change.Kind.STATE_CHANGED),
                org.assertj.core.groups.Tuple.tuple("s2", Change.Kind.SOURCE_EDITED),
                org.assertj.core.groups.Tuple.tuple("s2", Change.Kind.TARGET_EDITED),
                org.assertj.core.groups.Tuple.tuple("s2", Change.Kind.STATE_CHANGED),
                org.assertj.core.groups.Tuple.tuple("s3", Change.Kind.MERGED));
        assertThat(result.table()).contains("merged").contains("\\r\\n").contains("2 approved, 5 changes");

        // into the memory, then read back by an independent parser: nothing lost, nothing doubled
        Path tm = dir.resolve("output/tm.tmx");
        assertThat(TmxMemory.append(tm, result.approved())).isEqualTo(2);
        assertThat(TmxMemory.append(tm, result.approved())).isZero();
        String tmx = Files.readString(tm);
        XmlSupport.validate(XmlSupport.tmx14(), tmx);
        List<Element> segs = elements(XmlSupport.parse(tmx), "", "seg");
        assertThat(segs).extracting(Element::getTextContent).containsExactly(
                bitext.rows().get(0).sourceText(), Fixtures.EN0, Fixtures.FA2 + " " + Fixtures.FA3, EDITED);
        assertThat(TmxMemory.read(tm)).extracting(TmxMemory.Pair::target).containsExactly(Fixtures.EN0, EDITED);
    }

    @Test
    void xliff12RoundTripAndSplitDetection() throws Exception {
        Bitext bitext = Fixtures.hostile();
        Path generated = dir.resolve("doc.xliff12.xlf");
        AtomicFiles.write(generated, out -> new Xliff12Writer().write(bitext, out));
        Document doc = XmlSupport.parse(Files.readString(generated));
        Element unit = elements(doc, Xliff12Writer.NS, "trans-unit").get(0);
        Element target = child(unit, Xliff12Writer.NS, "target");
        target.setAttribute("state", "translated");
        target.setTextContent(EDITED);
        // split s1: the reviewer keeps the first sentence in s1 and adds s1b for the second
        child(unit, Xliff12Writer.NS, "source").setTextContent(Fixtures.FA0);
        Element split = (Element) unit.cloneNode(true);
        split.setAttribute("id", "s1b");
        child(split, Xliff12Writer.NS, "source").setTextContent(Fixtures.FA1);
        child(split, Xliff12Writer.NS, "target").removeAttribute("state");
        unit.getParentNode().insertBefore(split, unit.getNextSibling());
        Path reviewed = dir.resolve("reviewed.xliff12.xlf");
        save(doc, reviewed);

        Result result = new ReviewImporter().read(reviewed, generated);
        assertThat(result.format()).isEqualTo("xliff1.2");
        assertThat(result.approved()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(Fixtures.FA0);
            assertThat(p.target()).isEqualTo(EDITED);
        });
        assertThat(result.changes()).extracting(Change::id, Change::kind).contains(
                org.assertj.core.groups.Tuple.tuple("s1", Change.Kind.TARGET_EDITED),
                org.assertj.core.groups.Tuple.tuple("s1b", Change.Kind.SPLIT));
    }

    @Test
    void aTsvRowWithAnotherNumberOfCellsOrAnIdUsedTwiceIsAnErrorNamingTheLine() throws Exception {
        assertRefused("ragged.tsv", "d:2\t" + Fixtures.FA3 + "\ttwo\tthree\tapproved", ":3:",
                "5 tab-separated cells where the header has 4");
        assertRefused("twice.tsv", "d:1\t" + Fixtures.FA3 + "\ttwo\tapproved", ":3:1:",
                "\"d:1\" is used twice (first on line 2)");
    }

    /** A reviewed TSV whose second row is {@code row} is refused, naming the file, the place and the problem. */
    private void assertRefused(String name, String row, String place, String problem) throws Exception {
        Path tsv = dir.resolve(name);
        Files.writeString(tsv, "id\tsource\ttarget\tstate\nd:1\t" + Fixtures.FA2 + "\tone\tapproved\n" + row + "\n");
        assertThatThrownBy(() -> new ReviewImporter().read(tsv)).isInstanceOf(MalformedFileException.class)
                .hasMessageStartingWith(tsv + place).hasMessageContaining(problem);
    }

    @Test
    void tsvWithHeaderNamesIsRead() throws Exception {
        Path tsv = dir.resolve("doc.tsv");
        Files.writeString(tsv, "id\tsource\ttarget\tstate\n"
                + "d:1\t" + Fixtures.FA2 + "\tline\\none\\ttab\tapproved\n"
                + "d:2\t" + Fixtures.FA3 + "\tdraft\tinitial\n");
        Result result = new ReviewImporter().read(tsv);
        assertThat(result.format()).isEqualTo("tsv");
        assertThat(result.approved()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo("d:1");
            assertThat(p.source()).isEqualTo(Fixtures.FA2);
            assertThat(p.target()).isEqualTo("line\none\ttab");
        });
    }

    @Test
    void tsvFromTheTsvWriterCountsEditedEnglishAsApproved() throws Exception {
        Bitext bitext = Fixtures.hostile();
        Path generated = dir.resolve("doc.tsv");
        AtomicFiles.write(generated, out -> new TsvWriter(0.5).write(bitext, out));
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(generated));
        String[] cells = lines.get(2).split("\t", -1);
        cells[2] = TsvWriter.escape(EDITED);
        lines.set(2, String.join("\t", cells));
        Path reviewed = dir.resolve("reviewed.tsv");
        Files.write(reviewed, lines);

        Result result = new ReviewImporter().read(reviewed, generated);
        assertThat(result.format()).isEqualTo("tsv");
        assertThat(result.approved()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(bitext.rows().get(1).id());
            assertThat(p.source()).isEqualTo(bitext.rows().get(1).sourceOriginal());
            assertThat(p.target()).isEqualTo(EDITED);
        });
        assertThat(result.changes()).extracting(Change::kind).contains(Change.Kind.TARGET_EDITED);
    }

    @Test
    void doctypesAndMalformedFilesAreRefusedWithLineAndColumn() throws Exception {
        Path evil = dir.resolve("evil.xlf");
        Files.writeString(evil, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<xliff xmlns=\"" + NS + "\" version=\"2.1\" srcLang=\"fa\"><file id=\"f\"><unit id=\"u\"><segment>"
                + "<source>&e;</source></segment></unit></file></xliff>");
        assertThatThrownBy(() -> new ReviewImporter().read(evil)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("DOCTYPE");
        Path broken = dir.resolve("broken.xlf");
        Files.writeString(broken, "<xliff xmlns=\"" + NS + "\">\n<file>\n<unit></file>\n");
        assertThatThrownBy(() -> new ReviewImporter().read(broken)).isInstanceOf(MalformedFileException.class)
                .hasMessageStartingWith(broken + ":3:");
    }

    private static void save(Document doc, Path file) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(doc), new StreamResult(file.toFile()));
    }
}

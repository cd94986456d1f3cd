package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hamgam.model.QaPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaInputReaderTest {

    private static List<QaPair> xml(String text) throws IOException {
        return QaInputReader.readXml("in.xml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTsvByHeaderNames() throws IOException {
        List<QaPair> pairs = QaInputReader.readTsv("a.tsv", new StringReader(
                "\uFEFFid\tsource\ttarget\tnote\n1\tسلام\tHello\tx\n\n2\tدنیا\tWorld\t\n"));
        assertThat(pairs).extracting(QaPair::id).containsExactly("1", "2");
        assertThat(pairs.get(0).source()).isEqualTo("سلام");
        assertThat(pairs.get(1).target()).isEqualTo("World");
    }

    @Test
    void aTsvCellIsReadWithTheReviewTablesEscapesUndoneAsImportReadsIt(@TempDir Path dir) throws IOException {
        // As the review table writes them: a tab, a line break and a backslash inside a cell.
        Path tsv = Files.writeString(dir.resolve("doc.tsv"), "id\tsource\ttarget\tstate\n"
                + "d:1\tتهران بزرگ است.\\nمسکو نیست.\tTehran is\\tbig.\\nMoscow is C:\\\\ not.\tapproved\n");
        QaPair pair = QaInputReader.read(tsv).get(0);
        assertThat(pair.source()).isEqualTo("تهران بزرگ است.\nمسکو نیست.");
        assertThat(pair.target()).isEqualTo("Tehran is\tbig.\nMoscow is C:\\ not.");
        ReviewImporter.ApprovedPair imported = new ReviewImporter().read(tsv).approved().get(0);
        assertThat(List.of(imported.source(), imported.target())).containsExactly(pair.source(), pair.target());
    }

    @Test
    void tsvErrorsNameLineAndColumn() {
        assertThatThrownBy(() -> QaInputReader.readTsv("a.tsv", new StringReader("id\tsource\ttarget\n1\tsalam\n")))
                .isInstanceOf(MalformedFileException.class)
                .hasMessageStartingWith("a.tsv:2:8:")
                .satisfies(e -> assertThat(((MalformedFileException) e).line()).isEqualTo(2));
        assertThatThrownBy(() -> QaInputReader.readTsv("a.tsv", new StringReader("source\ttarget\n")))
                .hasMessageStartingWith("a.tsv:1:1:");
    }

    @Test
    void aTsvRowWithAnotherNumberOfCellsThanTheHeaderIsAnError() {
        // A notes column the header names is fine; a cell the header does not name is a tab typed inside a cell.
        assertThatThrownBy(() -> QaInputReader.readTsv("a.tsv", new StringReader(
                "id\tsource\ttarget\tnote\n1\tسلام\tHello\tx\n2\tدنیا\tWorld\tof\tours\n")))
                .isInstanceOf(MalformedFileException.class)
                .hasMessage("a.tsv:3:17: 5 tab-separated cells where the header has 4 (a tab inside a cell, or one "
                        + "missing?)");
        assertThatThrownBy(() -> QaInputReader.readTsv("a.tsv", new StringReader(
                "id\tsource\ttarget\tnote\n1\tسلام\tHello\n")))
                .hasMessageStartingWith("a.tsv:2:").hasMessageContaining("3 tab-separated cells where the header has 4");
    }

    @Test
    void aTsvIdUsedTwiceIsAnErrorNamingBothLines() {
        assertThatThrownBy(() -> QaInputReader.readTsv("a.tsv", new StringReader(
                "id\tsource\ttarget\n1\tسلام\tHello\n\n 1 \tدنیا\tWorld\n")))
                .isInstanceOf(MalformedFileException.class)
                .hasMessage("a.tsv:4:1: the id \"1\" is used twice (first on line 2)");
    }

    @Test
    void readsTmxWithPersianAsSourceWhateverTheHeaderSays() throws IOException {
        List<QaPair> pairs = xml("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="en" datatype="text" segtype="sentence" adminlang="en"
                 creationtool="t" creationtoolversion="1" o-tmf="x"/><body>
                <tu tuid="CMU_1:1"><tuv xml:lang="en"><seg>a <bpt i="1">&lt;b&gt;</bpt>fever<ept i="1">&lt;/b&gt;</ept>?</seg></tuv>
                <tuv xml:lang="fa"><seg>تب؟</seg></tuv></tu>
                <tu><tuv xml:lang="fa-IR"><seg>سلام &amp; خداحافظ</seg></tuv></tu>
                </body></tmx>""");
        assertThat(pairs).extracting(QaPair::id).containsExactly("CMU_1:1", "tu2");
        assertThat(pairs.get(0).source()).isEqualTo("تب؟");
        assertThat(pairs.get(0).target()).isEqualTo("a fever?");
        assertThat(pairs.get(1).source()).isEqualTo("سلام & خداحافظ");
        assertThat(pairs.get(1).target()).isEmpty();
    }

    @Test
    void readsXliff12() throws IOException {
        List<QaPair> pairs = xml("""
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file source-language="fa" target-language="en" datatype="plaintext" original="x"><body>
                <trans-unit id="t1"><source>سلام <g id="1">دنیا</g></source><target>Hello <g id="1">world</g></target>
                <alt-trans><target>Hi</target></alt-trans></trans-unit>
                <trans-unit id="t2"><source>خدا<x id="2"/>حافظ</source></trans-unit>
                <trans-unit id="b1" translate="no"><source>Read More</source></trans-unit>
                </body></file></xliff>""");
        assertThat(pairs).containsExactly(QaPair.of("t1", "سلام دنیا", "Hello world"),
                QaPair.of("t2", "خداحافظ", ""));
    }

    @Test
    void readsXliff2SegmentsAndSkipsModules() throws IOException {
        List<QaPair> pairs = xml("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fa" trgLang="en">
                <file id="f1">
                <unit id="u1"><segment><source>یک</source><target>One</target></segment></unit>
                <unit id="u2"><segment id="doc:2"><source>دو <ph id="1"/>سه</source><target>two three</target></segment>
                <ignorable><source> </source></ignorable>
                <segment><source>چهار<cp hex="0021"/></source></segment></unit>
                <unit id="u3" translate="no"><segment><source>Read More</source></segment></unit>
                </file></xliff>""");
        assertThat(pairs).containsExactly(QaPair.of("u1", "یک", "One"), QaPair.of("doc:2", "دو سه", "two three"),
                QaPair.of("u2/2", "چهار!", ""));
    }

    @Test
    void refusesDoctypesAndReportsWhereXmlBreaks() {
        assertThatThrownBy(() -> xml("""
                <?xml version="1.0"?>
                <!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <tmx><body><tu><tuv xml:lang="fa"><seg>&xxe;</seg></tuv></tu></body></tmx>"""))
                .isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("in.xml:2:");
        assertThatThrownBy(() -> xml("<tmx><body>\n<tu><tuv xml:lang=\"fa\"><seg>x</tuv></tu></body></tmx>"))
                .isInstanceOf(MalformedFileException.class)
                .hasMessageStartingWith("in.xml:2:");
        assertThatThrownBy(() -> xml("<tmx><body>\n  <tu><tuv xml:lang=\"de\"><seg>x</seg></tuv></tu></body></tmx>"))
                .hasMessageStartingWith("in.xml:2:")
                .hasMessageContaining("Persian");
        assertThatThrownBy(() -> xml("<html/>")).hasMessageContaining("<html>");
    }

    @Test
    void readPicksTheFormatFromTheName(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("a.tsv");
        Files.writeString(tsv, "id\tsource\ttarget\nx\tسلام\tHi\n");
        assertThat(QaInputReader.read(tsv)).containsExactly(QaPair.of("x", "سلام", "Hi"));
        Path tmx = dir.resolve("a.data");
        Files.writeString(tmx, "<tmx><body><tu tuid=\"7\"><tuv lang=\"fa\"><seg>الف</seg></tuv>"
                + "<tuv lang=\"en\"><seg>A</seg></tuv></tu></body></tmx>");
        assertThat(QaInputReader.read(tmx)).containsExactly(QaPair.of("7", "الف", "A"));
        Path bad = dir.resolve("b.tsv");
        Files.write(bad, new byte[] {'i', 'd', '\t', 's', 'o', 'u', 'r', 'c', 'e', '\t', 't', 'a', 'r', 'g', 'e',
            't', '\n', 'a', (byte) 0xC3});
        assertThatThrownBy(() -> QaInputReader.read(bad)).hasMessageContaining("b.tsv:2:2").hasMessageContaining(
                "UTF-8");
    }
}

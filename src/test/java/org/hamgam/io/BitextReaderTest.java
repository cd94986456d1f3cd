package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hamgam.model.SentencePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BitextReaderTest {
    @TempDir
    Path tmp;

    @Test
    void readsTmxUnitsWithBothLanguages() throws Exception {
        Path tmx = tmp.resolve("a.tmx");
        Files.writeString(tmx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="en" adminlang="en" segtype="sentence" datatype="text"
                  o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
                <tu tuid="d:1"><tuv xml:lang="en"><seg>a fever &amp; a cough</seg></tuv>
                  <tuv xml:lang="fa-IR"><seg>تب و سرفه</seg></tuv></tu>
                <tu><tuv xml:lang="EN"><seg>only English</seg></tuv></tu>
                <tu><tuv xml:lang="en"><seg>second</seg></tuv><tuv xml:lang="fa"><seg>دوم</seg></tuv></tu>
                </body></tmx>
                """);
        assertThat(BitextReader.read(tmx)).containsExactly(
                new SentencePair("d:1", "تب و سرفه", "a fever & a cough"),
                new SentencePair("3", "دوم", "second"));
    }

    @Test
    void refusesTmxWithADoctype() throws Exception {
        Path tmx = tmp.resolve("evil.tmx");
        Files.writeString(tmx, "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<tmx><body><tu><tuv xml:lang=\"fa\"><seg>&x;</seg></tuv></tu></body></tmx>");
        assertThatThrownBy(() -> BitextReader.read(tmx)).isInstanceOf(MalformedFileException.class);
    }

    @Test
    void readsTsvWithItsHeader() throws Exception {
        Path tsv = tmp.resolve("pairs.tsv");
        Files.writeString(tsv, "id\tsource\ttarget\n7\tتب\tfever\n8\t\tempty\n");
        assertThat(BitextReader.read(tsv)).containsExactly(new SentencePair("7", "تب", "fever"));
        Path bad = tmp.resolve("bad.tsv");
        Files.writeString(bad, "7\tتب\tfever\n");
        assertThatThrownBy(() -> BitextReader.read(bad)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("header");
    }

    @Test
    void readsAlignedBeadsOfARunFolder() throws Exception {
        Path doc = Files.createDirectories(tmp.resolve("out/doc1"));
        Files.writeString(doc.resolve("doc1.jsonl"), String.join("\n",
                "{\"kind\":\"bead\",\"id\":\"doc1-1\",\"source\":{\"original\":\"تب\"},\"target\":{\"text\":\"fever\"},"
                        + "\"origin\":{\"origin\":\"aligned\"}}",
                "{\"kind\":\"skipped\",\"text\":\"x\"}",
                "{\"kind\":\"bead\",\"id\":\"doc1-2\",\"source\":{\"original\":\"سرفه\"},\"target\":{\"text\":\"cough\"},"
                        + "\"origin\":{\"origin\":\"mt\"}}",
                ""));
        assertThat(BitextReader.read(tmp.resolve("out")))
                .containsExactly(new SentencePair("doc1-1", "تب", "fever"));
        assertThatThrownBy(() -> BitextReader.read(Files.createDirectories(tmp.resolve("empty"))))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void readsParallelFilesLineForLine() throws Exception {
        Path fa = tmp.resolve("c.fa.txt");
        Path en = tmp.resolve("c.en.txt");
        Files.writeString(fa, "تب\n\nسرفه\n");
        Files.writeString(en, "fever\n\ncough\n");
        assertThat(BitextReader.readParallel(fa, en)).containsExactly(
                new SentencePair("1", "تب", "fever"), new SentencePair("3", "سرفه", "cough"));
        Files.writeString(en, "fever\n");
        assertThatThrownBy(() -> BitextReader.readParallel(fa, en)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("line for line");
    }

    @Test
    void htmlPageEscapesEverything() {
        List<org.hamgam.model.TermCandidate> c = List.of(
                new org.hamgam.model.TermCandidate("<b>تب</b>", "fever<script>", 1, 2, List.of("x"), false),
                new org.hamgam.model.TermCandidate("سرفه", "cough", 0.5, 2, List.of(), true));
        String html = TermsHtml.render(c, List.of(new SentencePair("x", "تب & \"سرفه\"", "<i>fever</i>")));
        assertThat(html).contains("&lt;b&gt;تب&lt;/b&gt;", "fever&lt;script&gt;", "تب &amp; &quot;سرفه&quot;",
                "&lt;i&gt;fever&lt;/i&gt;", "Already in the glossary", "Content-Security-Policy")
                .doesNotContain("<script", "<b>", "<i>");
    }
}

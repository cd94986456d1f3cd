package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entry that allows several English renderings (dam|reservoir) shows them all wherever its hits are shown. */
class AlternativeRenderingsTest {
    private static final String PERSIAN = "آب سد کم شده است.\n";

    @TempDir
    Path dir;

    private Path glossary() throws Exception {
        return Files.writeString(dir.resolve("terms.tsv"), "سد\tdam|reservoir\n");
    }

    @Test
    void matchListsTheFurtherRenderings() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), PERSIAN);
        MainTest.Result r = hamgam("glossary", "match", "--glossary", glossary().toString(), text.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"target\": \"dam\"").contains("\"alternatives\": [\"reservoir\"]");
    }

    @Test
    void theReviewTableAndTheXliffGiveEveryRendering() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("water.txt"), PERSIAN);
        Path out = dir.resolve("out");
        MainTest.Result r = hamgam("run", "--no-grammar", "--input", input.toString(), "--output", out.toString(),
                "--glossary", glossary().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("water/water.tsv"))).contains("\tسد=dam|reservoir\t");
        assertThat(Files.readString(out.resolve("water/water.xlf")))
                .contains("<gls:translation>dam</gls:translation>", "<gls:translation>reservoir</gls:translation>");
        assertThat(Files.readString(out.resolve("water/water.xliff12.xlf"))).contains("Term: سد = dam | reservoir");
    }
}

package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output folder run into again from another input folder holds the new run's documents only. */
class ReusedOutputTest {
    @TempDir
    Path dir;

    @Test
    void documentsOfAnEarlierRunLeaveTheFolderAndTheOmegatProjectWithALineSayingSo() throws Exception {
        Path first = Files.createDirectories(dir.resolve("a"));
        Files.writeString(first.resolve("one.txt"), "این سند اول است.\n");
        Files.writeString(first.resolve("two.txt"), "این سند دوم است.\n");
        Path second = Files.createDirectories(dir.resolve("b"));
        Files.writeString(second.resolve("three.txt"), "این سند سوم است.\n");
        Path out = dir.resolve("out");
        assertThat(hamgam("run", "--no-grammar", "--input", first.toString(), "--output", out.toString()).code())
                .isZero();
        Files.writeString(out.resolve("omegat/target/one.txt"), "a translated document OmegaT wrote");
        Files.writeString(out.resolve("omegat/glossary/glossary.txt"), "the translator's own\tterms\n");

        MainTest.Result r = hamgam("run", "--no-grammar", "--input", second.toString(), "--output", out.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("removed from " + out + " 2 document folders of an earlier run that this run "
                + "did not write: one, two");
        assertThat(names(out)).contains("three", "omegat", "index.json").doesNotContain("one", "two");
        assertThat(names(out.resolve("omegat/source"))).containsExactly("three.txt");
        assertThat(names(out.resolve("omegat/target"))).isEmpty();
        assertThat(out.resolve("omegat/glossary/glossary.txt")).hasContent("the translator's own\tterms");

        com.fasterxml.jackson.databind.JsonNode settings = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("index.json").toFile()).path("settings");
        assertThat(settings.path("grammar").isBoolean()).isTrue();
        assertThat(settings.path("grammar").asBoolean()).isFalse();
        assertThat(settings.path("glossaries").isArray()).isTrue();
        assertThat(settings.path("review-threshold").isNumber()).isTrue();
    }

    @Test
    void quietStillWarnsOfTheFoldersItRemoved() throws Exception {
        Path first = Files.createDirectories(dir.resolve("a"));
        Files.writeString(first.resolve("one.txt"), "این سند اول است.\n");
        Path second = Files.createDirectories(dir.resolve("b"));
        Files.writeString(second.resolve("two.txt"), "این سند دوم است.\n");
        Path out = dir.resolve("out");
        assertThat(hamgam("run", "--no-grammar", "-q", "--input", first.toString(), "--output", out.toString()).code())
                .isZero();

        MainTest.Result r = hamgam("run", "--no-grammar", "-q", "--input", second.toString(), "--output",
                out.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("hamgam: warning: removed from " + out + " 1 document folder of an earlier run "
                + "that this run did not write: one");
        assertThat(names(out)).doesNotContain("one");
    }

    private static java.util.List<String> names(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

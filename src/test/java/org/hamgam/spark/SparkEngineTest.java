package org.hamgam.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hamgam.cli.MainTest;
import org.hamgam.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine in local mode against the plain engine on one small batch: the same documents, files of the same
 * bytes, the same index entries. The batch has documents with and without English, an empty one, files that are
 * not read, and a frame line three documents share (boilerplate evidence that spans partitions).
 */
class SparkEngineTest {
    private static final String SEED = "000_197c25bd1892c35a";
    private static final String FRAME = "سرویس خبری نمونه";

    @TempDir
    Path tmp;

    @Test
    void localModeWritesWhatThePlainEngineWrites() throws Exception {
        // Characters a URI escapes, in the folders' names: Hadoop's paths must still name the same folders.
        Path input = batch(tmp.resolve("in [1]"));
        MainTest.Result plain = MainTest.hamgam("run", "--no-grammar", "--input", input.toString(),
                "--glossary", "glossary", "--output", tmp.resolve("plain").toString());
        MainTest.Result spark = MainTest.hamgam("run", "--no-grammar", "--engine", "spark", "--master", "local[2]",
                "--input", input.toString(), "--glossary", "glossary", "--output", tmp.resolve("spark [2]").toString());

        assertThat(spark.code()).as(spark.err()).isEqualTo(plain.code()).isZero();
        assertThat(spark.err()).contains("b.en.txt: English file without a Persian document",
                "d.txt is empty", "wrote 5 documents");
        Map<String, byte[]> expected = files(tmp.resolve("plain"));
        Map<String, byte[]> actual = files(tmp.resolve("spark [2]"));
        assertThat(actual.keySet()).isEqualTo(expected.keySet())
                .contains("a/a.xlf", "c/c.tmx", "d/d.jsonl", "batch.tmx", "batch.fa.txt", "batch.en.txt", "terms.tsv",
                        "omegat/source/a.txt");
        expected.forEach((file, bytes) -> assertThat(actual.get(file)).as(file).isEqualTo(bytes));
        JsonNode plainIndex = Json.mapper().readTree(tmp.resolve("plain/index.json").toFile());
        JsonNode sparkIndex = Json.mapper().readTree(tmp.resolve("spark [2]/index.json").toFile());
        assertThat(sparkIndex.path("documents")).hasSize(5).isEqualTo(plainIndex.path("documents"));
        assertThat(Files.readString(tmp.resolve("spark [2]/a/a.jsonl"))).contains("\"kind\":\"skipped\"");
    }

    @Test
    void anOutputThatCannotBeWrittenIsSaidBeforeTheJobAsThePlainEngineSaysIt() throws Exception {
        Path input = batch(tmp.resolve("in"));
        Path file = Files.writeString(tmp.resolve("a file"), "");
        String output = file.resolve("out").toString();
        MainTest.Result plain = MainTest.hamgam("run", "--no-grammar", "--input", input.toString(),
                "--output", output);
        MainTest.Result spark = MainTest.hamgam("run", "--no-grammar", "--engine", "spark", "--master", "local[1]",
                "--input", input.toString(), "--output", output);

        assertThat(plain.code()).isEqualTo(3);
        assertThat(spark.code()).as(spark.err()).isEqualTo(3);
        assertThat(spark.err()).isEqualTo(plain.err()).contains(output + ": cannot write: " + file + " is a file");
        // Nothing was loaded or listed: the job never started.
        assertThat(spark.err()).doesNotContain("glossary", "to process");
    }

    /** Every published file (not the lock) by its path in the folder. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString();
                if (!name.startsWith(".")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    /** Five documents cut from the seed pair, an English file alone and a file that is no document. */
    private static Path batch(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> fa = nonBlank(Files.readAllLines(Path.of("seeds", SEED + ".txt")));
        List<String> en = nonBlank(Files.readAllLines(Path.of("seeds", SEED + ".en.txt")));
        write(dir.resolve("a.txt"), FRAME, fa.subList(0, 6));
        write(dir.resolve("a.en.txt"), null, en.subList(0, 6));
        write(dir.resolve("c.fa.txt"), FRAME, fa.subList(6, 12));
        write(dir.resolve("c.en.txt"), null, en.subList(6, 12));
        write(dir.resolve("e.txt"), FRAME, fa.subList(12, fa.size()));
        write(dir.resolve("f.txt"), null, fa.subList(0, 3));
        Files.writeString(dir.resolve("d.txt"), "");
        Files.writeString(dir.resolve("b.en.txt"), en.get(0) + "\n");
        Files.writeString(dir.resolve("notes.md"), "not a document\n");
        return dir;
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }

    private static void write(Path file, String frame, List<String> lines) throws IOException {
        List<String> text = new ArrayList<>();
        if (frame != null) {
            text.add(frame);
        }
        text.addAll(lines);
        Files.writeString(file, String.join("\n", text) + "\n");
    }
}

package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Every command that writes a file refuses to write it over one of its own inputs, however the path is spelled. */
class InputsNeverOverwrittenTest {
    private static final String PERSIAN = "دولت برنامه را اعلام کرد. وزیر گفت که کار ادامه دارد.\n";
    private static final String ENGLISH = "The government announced the plan. The minister said the work goes on.\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    /** The same file written another way: relative to the working folder, through {@code ./} and {@code ..}. */
    private static Path spelledOtherwise(Path file) {
        Path relative = Path.of("").toAbsolutePath().relativize(file);
        return Path.of(".").resolve(relative.getParent()).resolve("..").resolve(relative.getParent().getFileName())
                .resolve(file.getFileName());
    }

    private static void assertRefused(MainTest.Result r, Path kept, String text) throws Exception {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("inputs are never overwritten");
        assertThat(Files.readString(kept)).isEqualTo(text);
    }

    @Test
    void alignRefusesToWriteOverEitherSideHoweverItIsNamed() throws Exception {
        Path fa = file("a.fa", PERSIAN);
        Path en = file("a.en", ENGLISH);
        assertRefused(hamgam("align", "--format", "tmx", fa.toString(), en.toString(), "--output", fa.toString()),
                fa, PERSIAN);
        assertRefused(hamgam("align", fa.toString(), en.toString(), "--output", spelledOtherwise(en).toString()),
                en, ENGLISH);
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), fa);
        assertRefused(hamgam("align", fa.toString(), en.toString(), "--output", link.toString()), fa, PERSIAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--glossary", "--dictionary"})
    void alignRefusesToWriteOverAListItReads(String option) throws Exception {
        Path fa = file("a.fa", PERSIAN);
        Path en = file("a.en", ENGLISH);
        Path list = file("list.tsv", "دولت\tgovernment\n");
        assertRefused(hamgam("align", option, list.toString(), fa.toString(), en.toString(), "--output",
                list.toString()), list, "دولت\tgovernment\n");
    }

    @Test
    void alignStillWritesANewFile() throws Exception {
        Path fa = file("a.fa", PERSIAN);
        Path en = file("a.en", ENGLISH);
        Path out = dir.resolve("a.tmx");
        MainTest.Result r = hamgam("align", "--format", "tmx", fa.toString(), en.toString(), "--output",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("<tmx");
    }

    @Test
    void convertRefusesItsInputThroughALink() throws Exception {
        String tsv = "دولت\tgovernment\n";
        Path terms = file("terms.tsv", tsv);
        Path link = Files.createSymbolicLink(dir.resolve("same.tsv"), terms);
        assertRefused(hamgam("glossary", "convert", terms.toString(), link.toString()), terms, tsv);
    }

    @Test
    void trainSegmenterRefusesToWriteTheModelOverItsData() throws Exception {
        Path data = file("sentences.txt", "دولت برنامه را اعلام کرد.\n");
        assertRefused(hamgam("train-segmenter", "--data", data.toString(), "--output", data.toString()), data,
                "دولت برنامه را اعلام کرد.\n");
    }

    @Test
    void importRefusesAMemoryThatIsTheReviewedFile() throws Exception {
        String tsv = "id\tsource\ttarget\n1\tدولت\tgovernment\n";
        Path reviewed = file("art.tsv", tsv);
        assertRefused(hamgam("import", "--tm", reviewed.toString(), reviewed.toString()), reviewed, tsv);
    }

    @Test
    void runRefusesAGlossaryInsideTheOutputFolder() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("art.txt"), PERSIAN);
        Path output = Files.createDirectories(dir.resolve("out"));
        String tsv = "دولت\tgovernment\n";
        Path terms = Files.writeString(output.resolve("terms.tsv"), tsv);
        assertRefused(hamgam("run", "--no-grammar", "--input", input.toString(), "--output", output.toString(),
                "--glossary", terms.toString()), terms, tsv);
        assertThat(output.resolve("art")).doesNotExist();
    }

    @Test
    void extractRefusesToWriteOverTheGlossaryItReadsOrEitherSide() throws Exception {
        Path fa = file("s.fa", PERSIAN);
        Path en = file("s.en", ENGLISH);
        String tsv = "دولت\tgovernment\n";
        Path terms = file("g.tsv", tsv);
        assertRefused(hamgam("glossary", "extract", "--source", fa.toString(), "--target", en.toString(),
                "--glossary", terms.toString(), "--output", terms.toString()), terms, tsv);
        assertRefused(hamgam("glossary", "extract", "--source", fa.toString(), "--target", fa.toString(),
                "--output", spelledOtherwise(fa).toString()), fa, PERSIAN);
        assertRefused(hamgam("glossary", "extract", "--monolingual", fa.toString(), "--output", fa.toString()),
                fa, PERSIAN);
    }

    @Test
    void extractRefusesAFileOfTheBitextFolderItReadsButNotOneBesideThem() throws Exception {
        Path run = Files.createDirectories(dir.resolve("out"));
        Path doc = Files.createDirectories(run.resolve("art"));
        String jsonl = "{\"kind\":\"bead\",\"id\":\"art:1\",\"source\":{\"original\":\"دولت ایران\"},"
                + "\"target\":{\"text\":\"the Iranian government\"}}\n";
        Path pairs = Files.writeString(doc.resolve("art.jsonl"), jsonl);
        assertRefused(hamgam("glossary", "extract", "--bitext", run.toString(), "--output", pairs.toString()),
                pairs, jsonl);
        Path candidates = run.resolve("candidates.tsv");
        for (int time = 0; time < 2; time++) {
            MainTest.Result again = hamgam("glossary", "extract", "--bitext", run.toString(), "--min-frequency", "1",
                    "--output", candidates.toString());
            assertThat(again.code()).as(again.err()).isZero();
        }
        assertThat(candidates).exists();
    }
}

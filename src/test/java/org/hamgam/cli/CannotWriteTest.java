package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output that cannot be written: one line with the path given and the reason, and exit 3, in every command. */
class CannotWriteTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void alignIntoAFolderNamesTheFolderNotATemporaryFile() throws Exception {
        Path fa = file("a.txt", "این یک جمله است.\n");
        Path en = file("a.en.txt", "This is a sentence.\n");
        Path folder = Files.createDirectories(dir.resolve("in2"));
        MainTest.Result r = hamgam("align", fa.toString(), en.toString(), "--output", folder.toString());
        assertThat(r.code()).isEqualTo(Main.CANNOT_WRITE);
        assertThat(r.err().strip()).isEqualTo("hamgam align: " + folder + ": cannot write: is a directory");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void glossaryConvertUnderAFileSaysTheFolderIsAFile() throws Exception {
        Path terms = file("terms.tsv", "تفاهم‌نامه\tmemorandum\n");
        Path blocker = file("blocker", "a file where a folder should be");
        Path target = blocker.resolve("x.tbx");
        MainTest.Result r = hamgam("glossary", "convert", terms.toString(), target.toString());
        assertThat(r.code()).isEqualTo(Main.CANNOT_WRITE);
        assertThat(r.err().strip()).isEqualTo("hamgam glossary convert: " + target + ": cannot write: " + blocker
                + " is a file, not a folder");
    }

    @Test
    void runIntoAnOutputItCannotMakeSaysSoBeforeAnythingElse() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        file("in/a.txt", "این یک جمله است.\n");
        Path output = file("blocker", "a file").resolve("out");
        MainTest.Result r = hamgam("run", "--no-grammar", "--input", input.toString(), "--output", output.toString());
        assertThat(r.code()).isEqualTo(Main.CANNOT_WRITE);
        assertThat(r.err().lines().toList()).containsExactly("hamgam run: " + output + ": cannot write: "
                + dir.resolve("blocker") + " is a file, not a folder");
    }

    @Test
    void anOutputThatIsAFileIsRefusedByEitherEngineBeforeTheRun() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        file("in/a.txt", "این یک جمله است.\n");
        Path output = file("afile", "keep me");
        for (String engine : new String[] {"plain", "spark"}) {
            MainTest.Result r = hamgam("run", "--no-grammar", "--engine", engine, "--input", input.toString(),
                    "--output", output.toString());
            assertThat(r.code()).as(engine).isEqualTo(Main.CANNOT_WRITE);
            assertThat(r.err().lines().toList()).as(engine).containsExactly("hamgam run: " + output
                    + ": cannot write: is a file, not a folder: --output names the folder for the review files");
            assertThat(output).hasContent("keep me");
        }
    }

    @Test
    void aTrainedModelGoesIntoAFolderMadeForItOrSaysWhyNot() throws Exception {
        Path data = org.hamgam.TestResources.udPersian().resolve("seraji-dev.txt");
        Path model = dir.resolve("output/fa-sent.bin");
        MainTest.Result r = hamgam("train-segmenter", "--lang", "fa", "--data", data.toString(), "--output",
                model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(model).isNotEmptyFile();

        Path folder = Files.createDirectories(dir.resolve("model"));
        r = hamgam("train-segmenter", "--lang", "fa", "--data", data.toString(), "--output", folder.toString());
        assertThat(r.code()).isEqualTo(Main.CANNOT_WRITE);
        assertThat(r.err().strip()).isEqualTo("hamgam train-segmenter: " + folder + ": cannot write: is a directory");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theExitCodeIsInTheHelp() {
        assertThat(hamgam("--help").out()).contains("3   cannot write the output");
    }

    private java.util.List<String> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }
}

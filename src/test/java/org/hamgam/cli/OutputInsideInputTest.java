package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} refuses an output folder its next run would read as input (the input folder or one inside it), and an
 * input folder inside the output, where a document's folder of the same name would overwrite it.
 */
class OutputInsideInputTest {
    @TempDir
    Path dir;

    private Path input() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in7"));
        Files.writeString(input.resolve("art.fa.txt"), "این یک جمله است.\n");
        Files.writeString(input.resolve("art.en.txt"), "This is a sentence.\n");
        return input;
    }

    private static long files(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.count();
        }
    }

    @Test
    void theInputFolderAsOutputIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path input = input();
        long before = files(input);
        for (String engine : new String[] {"plain", "spark"}) {
            MainTest.Result r = hamgam("run", "--no-grammar", "--engine", engine, "--input", input.toString(),
                    "--output", input.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err().lines().findFirst().orElse("")).isEqualTo("hamgam run: --output " + input
                    + " is the input folder: the next run would read the files this one writes as documents; give "
                    + "an output folder outside " + input);
        }
        assertThat(files(input)).isEqualTo(before);
    }

    @Test
    void anOutputInsideTheInputIsRefusedAndOneBesideItIsNot() throws Exception {
        Path input = input();
        Path inside = input.resolve("out");
        MainTest.Result r = hamgam("run", "--no-grammar", "--input", input.toString(), "--output", inside.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--output " + inside + " is inside the input folder " + input);
        assertThat(inside).doesNotExist();
        // a name that only begins as the input's does is no folder inside it
        Path beside = dir.resolve("in7-out");
        assertThat(hamgam("run", "--no-grammar", "--input", input.toString(), "--output", beside.toString()).code())
                .isZero();
    }

    @Test
    void anInputInsideTheOutputIsRefusedAndLeftAsItWas() throws Exception {
        Path output = Files.createDirectories(dir.resolve("par2"));
        Path input = Files.createDirectories(output.resolve("in"));
        // a document named as its folder: its output folder would be the input folder itself
        Files.writeString(input.resolve("in.fa.txt"), "این یک جمله است.\nاین جمله دوم است.\n");
        Files.writeString(input.resolve("in.en.txt"), "This is a sentence.\nThis is the second sentence.\n");
        String persian = Files.readString(input.resolve("in.fa.txt"));
        long before = files(output);

        MainTest.Result r = hamgam("run", "--no-grammar", "--input", input.toString(), "--output", output.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--input " + input + " is inside the output folder " + output);
        assertThat(files(output)).isEqualTo(before);
        assertThat(input.resolve("in.fa.txt")).hasContent(persian);
    }
}

package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files given on the wrong side, or named so that English is read as Persian, are said to be so. */
class MislabelledFilesTest {
    private static final String PERSIAN = "قرارداد همکاری میان دو کشور در تهران امضا شد و هر دو طرف از آن استقبال کردند.\n";
    private static final String ENGLISH = "The cooperation agreement between the two countries was signed in Tehran "
            + "and both sides welcomed it.\n";

    @TempDir
    Path dir;

    @Test
    void swappedSidesAreRefusedWithTheCommandTheUserMeant() throws Exception {
        Path fa = Files.writeString(dir.resolve("news.txt"), PERSIAN);
        Path en = Files.writeString(dir.resolve("news.en.txt"), ENGLISH);
        MainTest.Result r = hamgam("align", en.toString(), fa.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("hamgam align: " + en + ": holds Latin text and " + fa
                + " holds Persian: the sides look swapped; give the Persian file first: hamgam align " + fa + " " + en);
    }

    @Test
    void englishGivenAsTheOnlyPersianSideIsNamed() throws Exception {
        Path en = Files.writeString(dir.resolve("news.en.txt"), ENGLISH);
        Path other = Files.writeString(dir.resolve("other.en.txt"), ENGLISH);
        MainTest.Result r = hamgam("align", en.toString(), other.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(en + ": the Persian file (the first) holds Latin text, not Persian");
    }

    @Test
    void anEnglishFileNamedAsPersianInTheInputFolderGetsTheNamingRule() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("eng.txt"), ENGLISH);
        MainTest.Result r = hamgam("run", "--no-grammar", "--input", input.toString(), "--output",
                dir.resolve("out").toString());
        assertThat(r.err()).contains("eng: the Persian document does not look Persian")
                .contains("NAME.en.txt as the English of NAME.txt");
    }
}

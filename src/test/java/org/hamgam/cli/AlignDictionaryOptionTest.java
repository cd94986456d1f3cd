package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code align --dictionary FILE} and {@code --no-dictionary}: a user's word list, or none, for the aligner. */
class AlignDictionaryOptionTest {
    @TempDir
    Path dir;

    private Path persian() throws Exception {
        return Files.writeString(dir.resolve("a.fa.txt"), "پزشکان در بیمارستان کار کردند.\n");
    }

    private Path english() throws Exception {
        return Files.writeString(dir.resolve("a.en.txt"), "The doctors worked at the hospital.\n");
    }

    @Test
    void aUsersWordListIsReadAndAMalformedLineIsNamed() throws Exception {
        // Two Persian sentences of one length and one English sentence: only the word list tells which is missing.
        Path fa = Files.writeString(dir.resolve("two.fa.txt"), "کودکان در مدرسه درس خواندند و بازی کردند. "
                + "پزشکان در بیمارستان کار کردند و خسته شدند.\n");
        Path en = english();
        Path right = Files.writeString(dir.resolve("right.tsv"), "# mine\nپزشک\tdoctor|physician\nبیمارستان\thospital\n");
        Path wrong = Files.writeString(dir.resolve("wrong.tsv"), "hospital @ مدرسه\ndoctors @ کودکان\n");
        MainTest.Result r = hamgam("align", "--dictionary", right.toString(), fa.toString(), en.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().map(l -> l.split("\t")[0]).toList()).containsExactly("[0]:[]", "[1]:[0]");
        MainTest.Result misled = hamgam("align", "--dictionary", wrong.toString(), fa.toString(), en.toString());
        assertThat(misled.out().lines().map(l -> l.split("\t")[0]).toList()).containsExactly("[0]:[0]", "[1]:[]");

        Path bad = Files.writeString(dir.resolve("bad.tsv"), "پزشک\tdoctor\nبیمارستان hospital\n");
        MainTest.Result refused = hamgam("align", "--dictionary", bad.toString(), fa.toString(), en.toString());
        assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains(bad + ": line 2: expected a Persian word, a tab and its English");
        assertThat(refused.out()).isEmpty();
    }

    @Test
    void aListWithoutSingleWordEntriesAndBothOptionsAtOnceAreRefused() throws Exception {
        Path fa = persian();
        Path en = english();
        Path phrases = Files.writeString(dir.resolve("phrases.tsv"), "سازمان ملل\tUnited Nations\n");
        MainTest.Result r = hamgam("align", "--dictionary", phrases.toString(), fa.toString(), en.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(phrases + ": no entry with one Persian word and one English word");

        MainTest.Result both = hamgam("align", "--dictionary", phrases.toString(), "--no-dictionary", fa.toString(),
                en.toString());
        assertThat(both.code()).isNotZero();
        assertThat(both.err()).contains("--dictionary and --no-dictionary exclude each other");
        assertThat(hamgam("align", "--no-dictionary", fa.toString(), en.toString()).out().strip())
                .isEqualTo("[0]:[0]");
    }
}

package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small things a command says when it is given something it cannot use: each is said once, and plainly. */
class SmallMessagesTest {
    @TempDir
    Path dir;

    @Test
    void helpOfASubcommandIsThatSubcommandsHelp() {
        MainTest.Result help = hamgam("help", "glossary", "match");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: hamgam glossary match").isEqualTo(
                hamgam("glossary", "match", "--help").out());
        MainTest.Result unknown = hamgam("help", "glossary", "nope");
        assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("'nope'", "match, convert, extract");
    }

    @Test
    void aCsvGlossaryWithoutItsHeaderIsBadInputNamingTheFileAndLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("g.csv"), "foo,bar\nنفت,oil\n");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "نفت\n");
        MainTest.Result r = hamgam("glossary", "match", "--glossary", csv.toString(), notes.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(csv + ":1: ", "source,target");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void convertSaysWhatAnEmptyGlossaryMeansToItAndCountsInGoodEnglish() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "");
        Path tbx = dir.resolve("e.tbx");
        MainTest.Result r = hamgam("glossary", "convert", empty.toString(), tbx.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains(empty + " holds no terms: " + tbx + " will hold none", "wrote 0 terms to ")
                .doesNotContain("matched");
        Path one = Files.writeString(dir.resolve("one.tsv"), "نفت\toil\n");
        r = hamgam("glossary", "convert", one.toString(), dir.resolve("one.tbx").toString());
        assertThat(r.err()).contains("wrote 1 term to ").doesNotContain("1 terms");
    }

    @Test
    void howDraftsAreMadeIsSaidOnlyWhenSomeDocumentHasNoEnglish() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("art.txt"), "دولت برنامه را اعلام کرد.\n");
        Files.writeString(input.resolve("art.en.txt"), "The government announced the plan.\n");
        MainTest.Result aligned = hamgam("run", "--no-grammar", "--input", input.toString(), "--output",
                dir.resolve("out1").toString());
        assertThat(aligned.code()).as(aligned.err()).isZero();
        assertThat(aligned.err()).contains("glossary: ").doesNotContain("without English")
                .doesNotContain("machine-translation");
        Files.writeString(input.resolve("fuel.txt"), "سخنگوی دولت سخن گفت.\n");
        MainTest.Result drafted = hamgam("run", "--no-grammar", "--input", input.toString(), "--output",
                dir.resolve("out2").toString());
        assertThat(drafted.code()).as(drafted.err()).isZero();
        assertThat(drafted.err()).contains("drafts for documents without English: ",
                "No machine-translation engine is configured", "the terms column of NAME.tsv")
                .doesNotContain("as hints");
    }

    @Test
    void aFileThatOnlyStartsLikeUtf16IsRefusedNamingIt() throws Exception {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD, 0x20, 'g', 'a', 'r', 'b', (byte) 0x80, (byte) 0x81};
        Path garbage = Files.write(dir.resolve("garb.txt"), bytes);
        MainTest.Result r = hamgam("normalize", garbage.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(garbage.toString(), "UTF-16LE");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aGlossaryWithNoTermsIsSaidToHoldNone() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "دو کشور یک تفاهم‌نامه امضا کردند.\n");
        MainTest.Result r = hamgam("glossary", "match", "--glossary", empty.toString(), notes.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err().strip()).isEqualTo("hamgam glossary match: warning: " + empty
                + " holds no terms: nothing will be matched");
    }

    @Test
    void aGlossaryThatIsNotUtf8SaysWhereByOffset() throws Exception {
        Path bad = Files.write(dir.resolve("bad.tsv"), new byte[] {'a', '\t', 'b', '\n', (byte) 0xff, '\n'});
        MainTest.Result r = hamgam("glossary", "match", "--glossary", bad.toString(), "-");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(bad.toString(), "byte offset 4");
    }

    @Test
    void aMissingWordListStopsQaWithoutLanguageToolToo() throws Exception {
        Path pairs = Files.writeString(dir.resolve("pairs.tsv"), "id\tsource\ttarget\n1\tسلام\tHello.\n");
        Path missing = dir.resolve("medical.dic");
        MainTest.Result r = hamgam("qa", "--no-grammar", "--words", missing.toString(), pairs.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(missing.toString()).doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void reviewOfAFileSaysItIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("news.txt"), "خبر.\n");
        MainTest.Result r = hamgam("review", file.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("hamgam review: " + file + ": is a file, not a folder: give the "
                + "output folder of 'hamgam run' (by default output/)");
    }
}

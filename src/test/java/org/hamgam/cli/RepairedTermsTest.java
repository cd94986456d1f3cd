package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terms a run hands on are written as its repaired segments are, so that OmegaT's glossary matches them. */
class RepairedTermsTest {
    private static final String AS_WRITTEN = "تفاهم نامه";
    private static final String REPAIRED = "تفاهم\u200cنامه";

    @TempDir
    Path dir;

    @Test
    void aTermWrittenWithASpaceIsHandedOnWithTheTextsZwnj() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("news.txt"), "دو کشور یک " + AS_WRITTEN + " امضا کردند.\n");
        Files.writeString(input.resolve("news.en.txt"), "The two countries signed a memorandum of understanding.\n");
        Path glossary = Files.writeString(dir.resolve("terms.tsv"), AS_WRITTEN + "\tmemorandum of understanding\n");
        Path out = dir.resolve("out");

        MainTest.Result r = hamgam("run", "--no-grammar", "--input", input.toString(), "--output", out.toString(),
                "--glossary", glossary.toString());

        assertThat(r.code()).as(r.err()).isZero();
        String xliff = Files.readString(out.resolve("news/news.xlf"));
        // the text as written stays in the metadata; the segment and the term read repaired
        assertThat(xliff).contains(REPAIRED + " امضا").contains(">" + REPAIRED + "</gls:term>")
                .doesNotContain(">" + AS_WRITTEN + "</gls:term>");
        assertThat(Files.readString(out.resolve("omegat/glossary/hamgam.txt")))
                .startsWith(REPAIRED + "\tmemorandum of understanding").doesNotContain(AS_WRITTEN);
        assertThat(Files.readString(out.resolve("omegat/source/news.txt"))).contains(REPAIRED);
    }

    @Test
    void glossaryConvertWritesTheTermsAsARunHandsThemOn() throws Exception {
        Path glossary = Files.writeString(dir.resolve("terms.tsv"), AS_WRITTEN + "\tmemorandum of understanding\n");
        Path tbx = dir.resolve("terms.tbx");
        Path tsv = dir.resolve("omegat.tsv");

        assertThat(hamgam("glossary", "convert", glossary.toString(), tbx.toString()).code()).isZero();
        assertThat(hamgam("glossary", "convert", glossary.toString(), tsv.toString()).code()).isZero();

        // the repaired spelling first, for memoQ and Trados; the spelling as written as the entry's second term
        String written = Files.readString(tbx);
        assertThat(written).containsSubsequence("<term>" + REPAIRED + "</term>", "<term>" + AS_WRITTEN + "</term>",
                "<term>memorandum of understanding</term>");
        assertThat(Files.readString(tsv)).isEqualTo(REPAIRED + "\tmemorandum of understanding\n");
    }
}

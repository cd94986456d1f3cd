package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GlossaryExtractCommandTest {
    @TempDir
    Path tmp;

    private record Result(int code, String out, String err) {
    }

    private static Result extract(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new GlossaryExtractCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path[] parallel() throws Exception {
        StringBuilder fa = new StringBuilder();
        StringBuilder en = new StringBuilder();
        String[][] frames = {{"بیمار %s دارد", "the patient has %s"}, {"آیا %s دارید؟", "do you have %s?"},
            {"پزشک درباره %s پرسید", "the doctor asked about %s"}};
        String[][] terms = {{"تب", "fever"}, {"سرفه خشک", "dry cough"}, {"سردرد", "headache"}};
        for (String[] f : frames) {
            for (String[] t : terms) {
                fa.append(String.format(f[0], t[0])).append('\n');
                en.append(String.format(f[1], t[1])).append('\n');
            }
        }
        Path s = tmp.resolve("corpus.fa.txt");
        Path t = tmp.resolve("corpus.en.txt");
        Files.writeString(s, fa);
        Files.writeString(t, en);
        return new Path[] {s, t};
    }

    @Test
    void writesTsvForParallelFiles() throws Exception {
        Path[] p = parallel();
        Result r = extract("--source", p[0].toString(), "--target", p[1].toString(), "--top", "3");
        assertThat(r.code()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("source\ttarget\tscore\tfrequency\texamples");
        assertThat(lines).hasSize(4);
        assertThat(r.out()).contains("سرفه خشک\tdry cough\t");
    }

    @Test
    void leavesOutKnownTermsAndWritesTbxAtomically() throws Exception {
        Path[] p = parallel();
        Path glossary = tmp.resolve("terms.tsv");
        Files.writeString(glossary, "تب\tfever\n");
        Path out = tmp.resolve("out/candidates.tbx");
        Result r = extract("--source", p[0].toString(), "--target", p[1].toString(), "--glossary",
                glossary.toString(), "--format", "tbx", "--output", out.toString());
        assertThat(r.code()).isZero();
        String tbx = Files.readString(out);
        assertThat(tbx).contains("<term>سردرد</term>", "status: proposed").doesNotContain("<term>تب</term>");
        assertThat(r.err()).contains("already in the glossary");
    }

    @Test
    void needsExactlyOneInput() throws Exception {
        Path[] p = parallel();
        assertThat(extract().code()).isNotZero();
        assertThat(extract("--source", p[0].toString()).code()).isNotZero();
        assertThat(extract("--bitext", p[0].toString(), "--monolingual", p[0].toString()).code()).isNotZero();
    }

    @Test
    void extractsFromPersianTextAlone() throws Exception {
        Path[] p = parallel();
        Result r = extract("--monolingual", p[0].toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("سرفه خشک\t\t").contains("corpus.fa.txt:");
    }
}

package org.hamgam.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hamgam.cli.MainTest.Result;
import org.hamgam.io.TmxMemory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault: files that are deeply nested, binary, in other languages or tampered with, given to {@code import},
 * {@code qa} and {@code run}. Each is refused in one line naming the file with exit 2, or its foreign segments
 * are refused and listed; nothing of them reaches the translation memory.
 */
class HostileFilesTest {
    static final int DEPTH = 10_000;

    @TempDir
    Path tmp;
    Path out;
    Path memory;
    String xliff;
    String xliff12;

    @BeforeEach
    void runOnce() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("x.txt"), "پهپادها در سال ۲۰۲۲ رسید.\nلوکاشنکو رفت.\n");
        Files.writeString(input.resolve("x.en.txt"), "The drones arrived in 2022.\nLukashenko left.\n");
        out = tmp.resolve("out");
        memory = tmp.resolve("memory.tmx");
        assertThat(hamgam("run", "--quiet", "--no-grammar", "--glossary", HamgamProcess.GLOSSARY.toString(),
                "--input", input.toString(), "--output", out.toString()).code()).isZero();
        xliff = Files.readString(out.resolve("x/x.xlf")).replace("state=\"initial\"", "state=\"reviewed\"");
        xliff12 = Files.readString(out.resolve("x/x.xliff12.xlf"))
                .replace("state=\"needs-review-translation\"", "state=\"translated\"");
    }

    private Result importFile(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return hamgam("import", "--output", out.toString(), "--tm", memory.toString(), file.toString());
    }

    private static void assertOneLineNaming(Result r, String file) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains(file).doesNotContain("Exception")
                .doesNotContain("StackOverflow");
    }

    private List<String> memoryTargets() throws Exception {
        return TmxMemory.read(memory).stream().map(TmxMemory.Pair::target).toList();
    }

    @Test
    void tenThousandNestedElementsAreOneLineAndExitTwoInEveryReader() throws Exception {
        String deep = "<pc id=\"p\">".repeat(DEPTH) + "x" + "</pc>".repeat(DEPTH);
        assertOneLineNaming(importFile("deep.xlf",
                xliff.replace("The drones arrived in 2022.", deep)), "deep.xlf");
        String tmx = "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header srclang=\"fa\"/><body><tu>"
                + "<tuv xml:lang=\"fa\"><seg>" + "<bpt i=\"1\">".repeat(DEPTH) + "x" + "</bpt>".repeat(DEPTH)
                + "</seg></tuv><tuv xml:lang=\"en\"><seg>y</seg></tuv></tu></body></tmx>";
        Path deepTmx = tmp.resolve("deep.tmx");
        Files.writeString(deepTmx, tmx);
        assertOneLineNaming(hamgam("qa", "--no-grammar", deepTmx.toString()), "deep.tmx");
        assertOneLineNaming(hamgam("run", "--quiet", "--no-grammar", "--tm", deepTmx.toString(), "--input",
                tmp.resolve("in").toString(), "--output", tmp.resolve("out2").toString()), "deep.tmx");
        Path deepTbx = tmp.resolve("deep.tbx");
        Files.writeString(deepTbx, "<?xml version=\"1.0\"?><martif type=\"TBX\"><text><body>"
                + "<termEntry>".repeat(DEPTH) + "</termEntry>".repeat(DEPTH) + "</body></text></martif>");
        assertOneLineNaming(hamgam("run", "--quiet", "--no-grammar", "--glossary", deepTbx.toString(), "--input",
                tmp.resolve("in").toString(), "--output", tmp.resolve("out3").toString()), "deep.tbx");
        assertThat(memory).doesNotExist();
    }

    @Test
    void aBinaryFileAndOtherLanguagesAreRefusedWhole() throws Exception {
        Path binary = tmp.resolve("photo.xlf");
        byte[] bytes = new byte[4096];
        new java.util.Random(1).nextBytes(bytes);
        bytes[10] = 0;
        Files.write(binary, bytes);
        assertOneLineNaming(hamgam("import", "--output", out.toString(), "--tm", memory.toString(),
                binary.toString()), "photo.xlf");
        Path binaryTsv = tmp.resolve("x.tsv");
        Files.write(binaryTsv, bytes);
        assertOneLineNaming(hamgam("import", "--output", out.toString(), "--tm", memory.toString(),
                binaryTsv.toString()), "x.tsv");
        assertOneLineNaming(importFile("de.xlf", xliff.replace("srcLang=\"fa\" trgLang=\"en\"",
                "srcLang=\"de\" trgLang=\"fr\"")), "de.xlf");
        assertOneLineNaming(importFile("de.xliff12.xlf", xliff12.replace("source-language=\"fa\"",
                "source-language=\"de\"")), "de.xliff12.xlf");
        assertThat(memory).doesNotExist();
    }

    @Test
    void tamperedSegmentsAreRefusedAndListedWhileTheRestIsImported() throws Exception {
        Path reviewed = tmp.resolve("x.xlf");
        // s99: a segment no run wrote, with Persian that is in no segment the run wrote.
        Files.writeString(reviewed, xliff.replace("<segment id=\"s2\"", "<segment id=\"s99\"")
                .replace("لوکاشنکو رفت.", "متنی از جای دیگر.")
                .replace("The drones arrived in 2022.", "The drones <script>alert(1)</script>arrived."));
        Result r = hamgam("import", "--output", out.toString(), "--tm", memory.toString(), reviewed.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("refused s1: element <script>").contains("refused s99: no segment s99")
                .contains("refused: 2");
        // Nothing was approved, so no memory is made.
        assertThat(memory).doesNotExist();
    }

    @Test
    void inlineCodesNeverBecomeText() throws Exception {
        Path reviewed = tmp.resolve("x.xliff12.xlf");
        Files.writeString(reviewed, xliff12.replace(">The drones arrived in 2022.<",
                ">The <g id=\"1\">drones</g><ph id=\"2\">&lt;b onclick=\"x()\"&gt;</ph> arrived in 2022.<"));
        Result r = hamgam("import", "--output", out.toString(), "--tm", memory.toString(), reviewed.toString());
        assertThat(r.code()).as(r.err() + r.out()).isZero();
        assertThat(memoryTargets()).contains("The drones arrived in 2022.").noneMatch(t -> t.contains("<"));
    }
}

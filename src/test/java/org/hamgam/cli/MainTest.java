package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class MainTest {
    @TempDir
    Path tmp;

    /** What a command printed and returned. */
    public record Result(int code, String out, String err) {
    }

    /** Runs {@code hamgam} in this JVM, as {@link Main#main} does, and keeps what it printed. */
    public static Result hamgam(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        Result r = hamgam("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("run", "normalize", "segment", "align", "glossary", "Exit codes:",
                "bad usage or unreadable input");
    }

    @Test
    void versionIsPrinted() {
        Result r = hamgam("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("hamgam ");
    }

    @Test
    void unknownOptionsAndMissingCommandsAreBadUsage() {
        assertThat(hamgam("run", "--no-such-option").code()).isEqualTo(2);
        assertThat(hamgam().code()).isEqualTo(2);
        assertThat(hamgam("normalize", "--digits", "roman", "-").code()).isEqualTo(2);
    }

    @Test
    void normalizeKeepsLinesAndRepairsText() throws Exception {
        Path in = file("in.txt", "كتاب\nشاهدــ۱۳۶\n");
        Result r = hamgam("normalize", "--digits", "latin", in.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("کتاب\nشاهد-136\n");
    }

    @Test
    void followWriterLeavesJoinedWordsOfALineThatMarksItsOwnBoundaries() throws Exception {
        String line = "این کتاب\u200Cها و دفترها را می خواهند و کتابهای دیگر را نه";
        Path in = file("marked.txt", line + "\n");
        Result repaired = hamgam("normalize", in.toString());
        Result followed = hamgam("normalize", "--follow-writer", in.toString());
        assertThat(repaired.out()).contains("می\u200Cخواهند", "کتاب\u200Cهای دیگر");
        assertThat(followed.out()).contains("می\u200Cخواهند", "کتابهای دیگر");
    }

    @Test
    void aMissingInputIsExit2WithTheFileNamedAndNoStackTrace() {
        Result r = hamgam("normalize", tmp.resolve("missing.txt").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("missing.txt").doesNotContain("\tat ");
    }

    @Test
    void segmentPrintsOneSentenceALineWithBlankLinesBetweenParagraphs() throws Exception {
        Path in = file("fa.txt", "این جمله اول است. آیا این دوم است؟\nعنوان\n");
        Result r = hamgam("segment", "--lang", "fa", in.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("این جمله اول است.\nآیا این دوم است؟\n\nعنوان\n");
    }

    @Test
    void glossaryMatchPrintsOneJsonObjectPerLine() throws Exception {
        Path glossary = file("g.tsv", "شاهد-۱۳۶\tShahed-136\n");
        Path in = file("in.txt", "پهپاد شاهدــ۱۳۶ رسید\n\nچیزی نیست\n");
        Result r = hamgam("glossary", "match", "--glossary", glossary.toString(), in.toString());
        assertThat(r.code()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(3);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var first = mapper.readTree(lines[0]);
        assertThat(first.get("line").asInt()).isEqualTo(1);
        var hit = first.get("terms").get(0);
        assertThat(hit.get("source").asText()).isEqualTo("شاهد-۱۳۶");
        assertThat(hit.get("target").asText()).isEqualTo("Shahed-136");
        assertThat(hit.get("start").asInt()).isEqualTo(6);
        assertThat(hit.get("end").asInt()).isEqualTo(15);
        assertThat(hit.get("surface").asText()).isEqualTo("شاهدــ۱۳۶");
        assertThat(mapper.readTree(lines[1]).get("line").asInt()).isEqualTo(2);
        assertThat(mapper.readTree(lines[1]).get("terms")).isEmpty();
        assertThat(mapper.readTree(lines[2]).get("terms")).isEmpty();
    }

    @Test
    void alignPrintsBeadsCoveringEverySentence() throws Exception {
        Path fa = file("a.fa.txt", "سال ۲۰۲۲ آغاز شد.\nلوکاشنکو به تهران رفت. او با رئیسی دیدار کرد.\n");
        Path en = file("a.en.txt", "It began in 2022.\nLukashenko went to Tehran and met Raisi.\n");
        Result r = hamgam("align", fa.toString(), en.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("[0]:[0]\n[1, 2]:[1]\n");
    }

    @Test
    void alignSentencePerLineFormatsTsv() throws Exception {
        Path fa = file("s.txt", "یک.\nدو.\n");
        Path en = file("t.txt", "One.\nTwo.\n");
        Result r = hamgam("align", "--sentence-per-line", "--format", "tsv", fa.toString(), en.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().split("\n")).hasSize(3);
        assertThat(r.out()).contains("یک.\tOne.", "دو.\tTwo.");
    }

    @Test
    void runWritesTheReviewFilesOfEveryDocument() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("x.txt"), "پهپادهای شاهد-۱۳۶ در سال ۲۰۲۲ رسید.\n");
        Files.writeString(input.resolve("x.en.txt"), "Shahed-136 drones arrived in 2022.\n");
        Path glossary = file("g.tsv", "شاهد-۱۳۶\tShahed-136\n");
        Path out = tmp.resolve("out");
        Result r = hamgam("run", "--quiet", "--no-grammar", "--input", input.toString(), "--glossary",
                glossary.toString(), "--output", out.toString(), "--threads", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("x")).isDirectoryContaining(p -> p.getFileName().toString().equals("x.tsv"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("x.xlf"));
        assertThat(Files.readString(out.resolve("x/x.tsv"))).contains("Shahed-136 drones arrived in 2022.");
        assertThat(out.resolve("index.json")).exists();
        assertThat(Files.readString(out.resolve("terms.tsv"))).startsWith("source\ttarget\tscore\tfrequency\texamples\n");
        assertThat(out.resolve("terms.html")).exists();
    }

    @Test
    void languageTagsReachEveryFormatAndABadTagIsBadUsage() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("x.txt"), "پهپادها در سال ۲۰۲۲ رسید.\n");
        Files.writeString(input.resolve("x.en.txt"), "The drones arrived in 2022.\n");
        Path out = tmp.resolve("out");
        Result r = hamgam("run", "--quiet", "--no-grammar", "--input", input.toString(), "--output", out.toString(),
                "--source-lang", "fa-IR", "--target-lang", "en-GB");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("x/x.xlf"))).contains("srcLang=\"fa-IR\" trgLang=\"en-GB\"");
        assertThat(Files.readString(out.resolve("x/x.xliff12.xlf")))
                .contains("source-language=\"fa-IR\" target-language=\"en-GB\"").doesNotContain("\"fa\"");
        assertThat(Files.readString(out.resolve("x/x.tmx"))).contains("xml:lang=\"fa-IR\"", "xml:lang=\"en-GB\"")
                .doesNotContain("en-US");

        Result bad = hamgam("run", "--quiet", "--input", input.toString(), "--output", out.toString(),
                "--source-lang", "fa IR");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--source-lang").contains("'fa IR'").doesNotContain("\tat ");
    }

    @Test
    void runOnAMissingInputFolderIsExit2() {
        Result r = hamgam("run", "--quiet", "--input", tmp.resolve("nope").toString(), "--output",
                tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope").contains("no such folder");
    }

    @Test
    void importAppendsApprovedPairsToTheTranslationMemoryOnce() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("x.txt"), "پهپادها در سال ۲۰۲۲ رسید.\nلوکاشنکو رفت.\n");
        Files.writeString(input.resolve("x.en.txt"), "The drones arrived in 2022.\nLukashenko left.\n");
        Path out = tmp.resolve("out");
        assertThat(hamgam("run", "--quiet", "--no-grammar", "--input", input.toString(), "--output", out.toString(),
                "--glossary", file("g.tsv", "پهپاد\tdrone\n").toString()).code()).isZero();
        String xliff = Files.readString(out.resolve("x/x.xlf"));
        assertThat(xliff).contains("state=\"initial\"");
        Path reviewed = tmp.resolve("x.xlf");
        Files.writeString(reviewed, xliff.replaceFirst("state=\"initial\"", "state=\"reviewed\""));

        Result first = hamgam("import", "--output", out.toString(), reviewed.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("added to").contains(": 1 ");
        assertThat(Files.readString(out.resolve("tm.tmx"))).contains("The drones arrived in 2022.")
                .doesNotContain("Lukashenko left.");
        Result again = hamgam("import", "--output", out.toString(), reviewed.toString());
        assertThat(again.out()).contains(": 0 ");
    }

    @Test
    void importOfMalformedXmlNamesLineAndColumn() throws Exception {
        Path bad = file("bad.xlf", "<xliff>\n  <file>\n</xliff>\n");
        Result r = hamgam("import", "--output", tmp.resolve("out").toString(), bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.xlf").containsPattern("line 3|:3:");
    }

    @Test
    void qaFindsAWrongNumberAndFailsOnErrorsWhenAsked() throws Exception {
        Path pairs = file("pairs.tsv", "id\tsource\ttarget\n"
                + "1\tپهپادهای شاهد-۱۳۶ در سال ۲۰۲۲ رسید.\tShahed-136 drones arrived in 2021.\n"
                + "2\tلوکاشنکو رفت.\tLukashenko left.\n");
        Path glossary = file("g.tsv", "شاهد-۱۳۶\tShahed-136\n");
        Result json = hamgam("qa", "--no-grammar", "--json", "--glossary", glossary.toString(), pairs.toString());
        assertThat(json.code()).as(json.err()).isZero();
        var findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("code").asText()).isEqualTo("number");
            assertThat(f.get("segment").asText()).isEqualTo("1");
        });
        assertThat(findings).noneSatisfy(f -> assertThat(f.get("segment").asText()).isEqualTo("2"));
        Result failing = hamgam("qa", "--no-grammar", "--fail-on", "error", pairs.toString());
        assertThat(failing.code()).isEqualTo(1);
        assertThat(failing.out()).contains("number");
        assertThat(hamgam("qa", "--no-grammar", tmp.resolve("none.tsv").toString()).code()).isEqualTo(2);
    }

    @Test
    void qaWeighsEveryTranslationTheGlossaryListsForATerm() throws Exception {
        Path pairs = file("alt-pairs.tsv", "id\tsource\ttarget\n"
                + "1\tبیماری گسترش یافت.\tThe illness spread.\n"
                + "2\tبیماری گسترش یافت.\tThe flu spread.\n");
        Path glossary = file("alt.tsv", "بیماری\tdisease\nبیماری\tillness\n");
        Result json = hamgam("qa", "--no-grammar", "--json", "--glossary", glossary.toString(), pairs.toString());
        assertThat(json.code()).as(json.err()).isZero();
        var findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(findings).noneSatisfy(f -> {
            assertThat(f.get("code").asText()).isEqualTo("terminology");
            assertThat(f.get("segment").asText()).isEqualTo("1");
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("code").asText()).isEqualTo("terminology");
            assertThat(f.get("segment").asText()).isEqualTo("2");
            assertThat(f.get("severity").asText()).isEqualTo("warning");
            assertThat(f.get("message").asText()).contains("\"disease\"").contains("\"illness\"");
        });
    }

    @Test
    void aMissingWordListIsExit2WithTheFileNamed() throws Exception {
        Path pairs = file("words-pairs.tsv", "id\tsource\ttarget\n1\tلوکاشنکو رفت.\tLukashenko left.\n");
        Result r = hamgam("qa", "--words", tmp.resolve("medical.dic").toString(), pairs.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("medical.dic").doesNotContain("\tat ");
    }

    @Test
    void wordListFilesReadPlainListsAndHunspellDictionaries() throws Exception {
        Path plain = file("words.txt", "# clinic words\nTachipirina\n\n");
        Path dic = file("med.dic", "2\nmyalgia/S\nrhinorrhea\n");
        assertThat(org.hamgam.io.WordListFiles.load(java.util.List.of(plain, dic)))
                .containsExactly("Tachipirina", "myalgia", "rhinorrhea");
    }
}

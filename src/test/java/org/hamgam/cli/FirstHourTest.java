package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hamgam.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user meets first, typed as a user types it: help, mistakes, and commands that agree on defaults. */
class FirstHourTest {
    private static final List<List<String>> COMMANDS = List.of(List.of("run"), List.of("normalize"),
            List.of("segment"), List.of("train-segmenter"), List.of("align"), List.of("glossary"),
            List.of("glossary", "match"), List.of("glossary", "convert"), List.of("glossary", "extract"),
            List.of("qa"), List.of("import"));

    @Test
    void everyCommandsHelpEndsWithExamplesOfThatCommand() {
        for (List<String> command : COMMANDS) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            MainTest.Result r = hamgam(args.toArray(String[]::new));
            assertThat(r.code()).as("%s --help", command).isZero();
            String examples = r.out().substring(Math.max(0, r.out().indexOf("Examples:")));
            assertThat(examples).as("%s --help", command).startsWith("Examples:")
                    .contains("./hamgam " + String.join(" ", command));
        }
    }

    @Test
    void aMistypedOptionIsOneLineWithTheFixAndWhereTheHelpIs() {
        MainTest.Result r = hamgam("run", "--glosary", "terms.tsv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .startsWith("hamgam run: Unknown option")
                .contains("'--glosary'", "did you mean --glossary?", "see 'hamgam run --help'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMistypedOptionsValueIsNotReportedAsAnotherUnknownOption() {
        MainTest.Result r = hamgam("run", "--outptu", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("hamgam run: Unknown option: '--outptu' (did you mean --output?); "
                + "see 'hamgam run --help'");
        // a stray word that follows no unknown option is still named
        r = hamgam("run", "--quiet", "stray");
        assertThat(r.err()).contains("'stray'");
    }

    @Test
    void theFileAfterAMistypedOptionsValueIsNotBlamedEither() {
        MainTest.Result r = hamgam("segment", "--lang", "fa", "--foramt", "x", "in/w.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("hamgam segment: Unknown option: '--foramt'; "
                + "see 'hamgam segment --help'");
    }

    @Test
    void onlyCloseNamesAreSuggested() {
        assertThat(hamgam("frobnicate").err()).contains("'frobnicate'").doesNotContain("did you mean");
        assertThat(hamgam("ru").err()).contains("did you mean run?");
        assertThat(hamgam("align", "--foramt", "tsv", "a", "b").err()).contains("did you mean --format?");
        assertThat(hamgam("run", "--zzz").err()).doesNotContain("did you mean");
    }

    @Test
    void missingParametersAreOneLineToo() {
        MainTest.Result r = hamgam("align", "only-one.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .startsWith("hamgam align: Missing required parameter").contains("see 'hamgam align --help'");
    }

    @Test
    void glossaryMatchUsesTheProjectGlossaryLikeRunDoes() throws Exception {
        // The tests run in the repository, whose glossary/ holds the seed article's terms.
        Path seed = TestResources.seeds().resolve(TestResources.SEED + ".txt");
        MainTest.Result r = hamgam("glossary", "match", seed.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"target\": \"Shahed-136\"");
    }

    @Test
    void withoutAGlossaryFolderMatchSaysWhatToGive(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "پهپاد شاهد ۱۳۶\n");
        Process p = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "glossary", "match", "notes.txt").directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("hamgam glossary match: no term base to match: give --glossary PATH "
                + "(there is no glossary/ folder here to use by default)");
    }

    @Test
    void anEmptyInputFolderIsBadInputThatSaysHowToNameDocuments(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(input.resolve("notes.md"), "not a document");
        MainTest.Result r = hamgam("run", "--no-grammar", "--input", input.toString(),
                "--output", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        // Only the file that is not read and the error: no settings before them.
        assertThat(r.err().lines().toList()).hasSize(2);
        assertThat(r.err()).contains("notes.md: not a document").contains("hamgam run: " + input
                + ": no Persian document to process: name each NAME.txt or NAME.fa.txt");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anOutputThatIsAFileIsRefusedByName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("afile");
        Files.writeString(file, "keep me");
        MainTest.Result r = hamgam("run", "--no-grammar", "--input", TestResources.seeds().toString(),
                "--output", file.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().lines().filter(l -> l.startsWith("hamgam run:")).toList()).containsExactly(
                "hamgam run: " + file + ": cannot write: is a file, not a folder: --output names the folder for the review files");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void anEmptyDocumentIsNamedInAWarning(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("blank.txt"), "\n\n");
        MainTest.Result r = hamgam("run", "--no-grammar", "--input", input.toString(),
                "--output", dir.resolve("out").toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("warning: blank: " + input.resolve("blank.txt")
                + " is empty: there is nothing to translate or align");
    }

    @Test
    void importSaysWhatMakesAPairApprovedAndTakesEditedTargetsWhenAsked(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertThat(hamgam("run", "--no-grammar", "--input", TestResources.seeds().toString(),
                "--output", out.toString()).code()).isZero();
        String name = TestResources.SEED + ".xlf";
        Path reviewed = Files.createDirectories(dir.resolve("reviewed")).resolve(name);
        String xliff = Files.readString(out.resolve(TestResources.SEED).resolve(name));
        String edited = xliff.replaceFirst("Belarus and the Islamic Republic of Iran have", "Belarus and Iran have");
        assertThat(edited).isNotEqualTo(xliff);
        Files.writeString(reviewed, edited);

        MainTest.Result plain = hamgam("import", "--output", out.toString(), reviewed.toString());
        assertThat(plain.code()).isZero();
        assertThat(plain.err()).contains("warning: no pair is approved, so nothing was added to")
                .contains("--accept-edited");
        assertThat(out.resolve("tm.tmx")).doesNotExist();

        MainTest.Result accepted = hamgam("import", "--accept-edited", "--output", out.toString(), reviewed.toString());
        assertThat(accepted.code()).isZero();
        assertThat(accepted.out()).contains("approved pairs: 1; added to " + out.resolve("tm.tmx") + ": 1");
        // the one change is the edited English; taking it as approved is no change of state the reviewer made
        assertThat(accepted.out()).contains("1 approved, 1 changes").contains("target edited")
                .doesNotContain("state changed");
        assertThat(Files.readString(out.resolve("tm.tmx"))).contains("Belarus and Iran have");
    }

    @Test
    void importRefusesWhatIsNoReviewedFileByNameAndReason(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("review"));
        Path empty = Files.writeString(dir.resolve("empty.xlf"), "");
        Path foreign = Files.writeString(dir.resolve("pairs.tsv"), "id\tpersian\tenglish\nx\tسلام\thello\n");
        String output = dir.resolve("out").toString();
        MainTest.Result r = hamgam("import", "--output", output, folder.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("hamgam import: " + folder + ": is a folder: give the reviewed files "
                + "themselves (NAME.xlf, NAME.xliff12.xlf or NAME.tsv)");
        r = hamgam("import", "--output", output, empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("hamgam import: " + empty + ": is empty: there is nothing to import");
        r = hamgam("import", "--output", output, foreign.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("hamgam import: " + foreign + ": a review table has no approval of "
                + "its own");
    }

    @Test
    void aDocumentWithoutEnglishIsADocumentToTranslate(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.copy(TestResources.seeds().resolve(TestResources.SEED + ".txt"), input.resolve("article.txt"));
        Path out = dir.resolve("out");
        MainTest.Result r = hamgam("run", "--no-grammar", "--input", input.toString(), "--output", out.toString());
        assertThat(r.code()).isZero();
        Path doc = out.resolve("article");

        // The translator gets the repaired Persian, one segment a line, and an English line for each.
        List<String> persian = Files.readAllLines(doc.resolve("article.fa.txt"));
        assertThat(persian).hasSizeGreaterThan(30);
        assertThat(String.join("\n", persian)).contains("کرده‌اند").doesNotContain("کردهاند");
        assertThat(Files.readAllLines(doc.resolve("article.en.txt"))).hasSameSizeAs(persian);

        String index = Files.readString(out.resolve("index.json"));
        assertThat(index).contains("\"mode\" : \"draft\"").contains("\"quality\" : null")
                .contains("\"drafts\" : {");
        assertThat(Files.readString(out.resolve("index.html"))).contains("to translate; drafts: TM 0, MT 0, none ");
        assertThat(Files.readString(doc.resolve("article.html"))).contains("segments to translate (drafts: TM 0, MT 0")
                .doesNotContain("<span class=\"type\">1-0</span>");
        // The review table says in words what each finding is, and flags only what the index counts as flagged.
        List<String> table = Files.readAllLines(doc.resolve("article.tsv"));
        assertThat(table.get(0).split("\t")).contains("flags", "hints", "messages");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

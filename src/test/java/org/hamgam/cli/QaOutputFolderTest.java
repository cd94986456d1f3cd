package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qa} over the folder a run wrote, as a gate in a batch: documents named, drafts not failed. */
class QaOutputFolderTest {
    @TempDir
    Path dir;

    private Path out;
    private String said;

    @BeforeEach
    void run() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("news.txt"), "در سال ۲۰۲۲ سه نفر به تهران آمدند.\n");
        Files.writeString(input.resolve("news.en.txt"), "In 2021 three people came to Tehran.\n");
        Files.writeString(input.resolve("draft.txt"), "این سند هنوز ترجمه نشده است.\nجمله دوم آن است.\n");
        out = dir.resolve("out");
        MainTest.Result run = hamgam("run", "--no-grammar", "--input", input.toString(), "--output", out.toString());
        assertThat(run.code()).isZero();
        said = run.err();
    }

    @Test
    void theRunsFiguresSayWhatTheyMeasureAndCountTheFindings() throws Exception {
        // the aligner is sure of its one bead, and the number in it is wrong: both are said, neither hides the other
        assertThat(said).containsPattern("news: 1 bead, alignment confidence \\d\\.\\d\\d; QA: 1 error, 0 warnings")
                .contains("draft: 2 segments to draft, drafts: TM 0, MT 0, none 2; QA: 0 errors, 0 warnings").doesNotContain("quality")
                .doesNotContain(" 0 s left");
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("<th scope=\"col\">QA findings</th>", "<th scope=\"col\">Alignment confidence</th>",
                "<td class=\"qa-errors\">1 error, 0 warnings</td>");
    }

    @Test
    void findingsNameTheirDocumentAndEmptyDraftsAreCountedNotFailed() throws Exception {
        MainTest.Result r = hamgam("qa", "--no-grammar", "--json", out.toString());
        assertThat(r.code()).isZero();
        JsonNode findings = new ObjectMapper().readTree(r.out());
        assertThat(findings).isNotEmpty();
        assertThat(findings).allSatisfy(f -> assertThat(f.path("document").asText()).isIn("news", "draft"));
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.path("document").asText()).isEqualTo("news");
            assertThat(f.path("code").asText()).isEqualTo("number");
        });
        assertThat(findings).noneSatisfy(f -> assertThat(f.path("code").asText()).isEqualTo("untranslated"));
        assertThat(r.err()).contains("qa: 2 segments of documents without English still to translate");
        // the pairs counted are the pairs checked: the two empty drafts are not among them
        assertThat(r.err()).containsPattern("qa: \\d+ errors?, .* in 1 pair\\R");
    }

    @Test
    void aBatchWhoseOnlyProblemIsWorkStillToDoPassesTheGate() throws Exception {
        Files.delete(out.resolve("news/news.xlf"));
        MainTest.Result r = hamgam("qa", "--no-grammar", "--fail-on", "error", out.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
    }

    @Test
    void theRunsOwnReviewTableIsChecked() throws Exception {
        MainTest.Result r = hamgam("qa", "--no-grammar", "--json", out.resolve("news/news.tsv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"code\" : \"number\"");
    }

    @Test
    void oneFileOfADocumentWithoutEnglishCountsItsEmptyTargetsAsWorkToo() throws Exception {
        for (String name : new String[] {"draft.xlf", "draft.xliff12.xlf", "draft.tsv"}) {
            MainTest.Result r = hamgam("qa", "--no-grammar", "--json", out.resolve("draft").resolve(name).toString());
            assertThat(r.code()).as(name + r.err()).isZero();
            assertThat(r.out()).as(name).doesNotContain("untranslated");
            assertThat(r.err()).as(name).contains("qa: 2 segments of documents without English still to translate");
        }
        // a file of a document that had English is checked in full as before
        assertThat(hamgam("qa", "--no-grammar", "--json", out.resolve("news/news.xlf").toString()).err())
                .doesNotContain("still to translate");
    }

    @Test
    void theXliff12NamesAPairAsEveryOtherFileDoes() throws Exception {
        MainTest.Result xliff2 = hamgam("qa", "--no-grammar", "--json", out.resolve("news/news.xlf").toString());
        MainTest.Result xliff12 = hamgam("qa", "--no-grammar", "--json",
                out.resolve("news/news.xliff12.xlf").toString());
        assertThat(xliff12.code()).as(xliff12.err()).isZero();
        assertThat(xliff12.out()).contains("\"segment\" : \"news:1\"").isEqualTo(xliff2.out());
    }
}

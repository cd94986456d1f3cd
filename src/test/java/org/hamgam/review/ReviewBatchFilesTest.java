package org.hamgam.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.review.ReviewFixture.edit;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamgam.model.Bead;
import org.hamgam.model.Bitext;
import org.hamgam.model.Lang;
import org.hamgam.model.Row;
import org.hamgam.pipeline.RunOutput;
import org.hamgam.pipeline.Stages;
import org.hamgam.review.ReviewFixture.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After an edit the batch-wide files follow the document (batch memory, OmegaT project, index), reshaped beads are
 * scored by the aligner again, and every reshaped bead is checked again.
 */
class ReviewBatchFilesTest {
    private static final String SEED = ReviewFixture.SEED;
    /** Every file of the batch that comes from the documents' beads, relative to the output folder. */
    private static final List<String> BATCH_FILES = List.of("batch.tmx", "batch.fa.txt", "batch.en.txt",
            "index.json", "index.html", "omegat/tm/auto/hamgam-aligned.tmx", "omegat/tm/hamgam-matches.tmx",
            "omegat/tm/penalty-30/hamgam-machine-drafts.tmx", "omegat/source/" + SEED + ".txt",
            "omegat/glossary/hamgam.txt");

    @TempDir
    Path tmp;

    private Path output;
    private ReviewServer server;
    private Client api;

    @BeforeEach
    void start() throws Exception {
        output = ReviewFixture.output(tmp);
        server = ReviewServer.start(new ReviewServer.Options(output, "Parisa", ReviewFixture.glossary(), false, 0),
                m -> { });
        api = new Client(server.address(), server.token());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private Map<String, String> batchFiles() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : BATCH_FILES) {
            files.put(name, Files.readString(output.resolve(name)));
        }
        return files;
    }

    @Test
    void anEditUndoneLeavesEveryBatchFileAsTheRunWroteIt() throws Exception {
        Map<String, String> run = batchFiles();
        api.edit(edit(0, "merge", "bead", 0));
        Map<String, String> merged = batchFiles();
        for (String changed : List.of("batch.tmx", "batch.fa.txt", "index.json", "index.html",
                "omegat/source/" + SEED + ".txt")) {
            assertThat(merged.get(changed)).as(changed).isNotEqualTo(run.get(changed));
        }
        // the run's term base stays as the run wrote it
        assertThat(merged.get("omegat/glossary/hamgam.txt")).isEqualTo(run.get("omegat/glossary/hamgam.txt"));
        api.edit(edit(1, "undo"));
        Map<String, String> undone = batchFiles();
        for (String name : BATCH_FILES) {
            assertThat(undone.get(name)).as(name).isEqualTo(run.get(name));
        }
        assertThat(output.resolve(".review")).isDirectoryNotContaining(p -> p.getFileName().toString()
                .startsWith(".parts"));
    }

    @Test
    void aServerKilledBeforeTheBatchFilesWereWrittenWritesThemWhenItComesBack() throws Exception {
        Map<String, String> run = batchFiles();
        Path jsonl = output.resolve(SEED).resolve(SEED + ".jsonl");
        String runJsonl = Files.readString(jsonl);
        api.edit(edit(0, "merge", "bead", 0));
        Map<String, String> merged = batchFiles();
        server.close();
        // the edit was journaled, then the server died before its files were written: they are the run's
        Files.writeString(jsonl, runJsonl);
        for (Map.Entry<String, String> f : run.entrySet()) {
            Files.writeString(output.resolve(f.getKey()), f.getValue());
        }
        server = ReviewServer.start(new ReviewServer.Options(output, "Parisa", ReviewFixture.glossary(), false, 0),
                m -> { });
        api = new Client(server.address(), server.token());
        assertThat(api.document().path("beads")).hasSize(43);
        assertThat(batchFiles()).isEqualTo(merged);
    }

    @Test
    void theBatchFilesCarryTheEditedBeads() throws Exception {
        JsonNode doc = api.document();
        int bead = -1;
        for (JsonNode b : doc.path("beads")) {
            if (b.path("type").asText().equals("1-1") && b.path("score").asDouble() < 0.9) {
                bead = b.path("index").asInt();
                break;
            }
        }
        if (bead < 0) {
            bead = 3;
        }
        Path source = output.resolve("omegat/source/" + SEED + ".txt");
        long lines = Files.readAllLines(source).stream().filter(l -> !l.isBlank()).count();
        String edited = "A sentence the reviewer wrote for bead " + bead + ".";
        api.edit(edit(0, "edit", "bead", bead, "target", edited));
        api.edit(edit(1, "merge", "bead", 0));

        // OmegaT inserts a person's English as the translation of its segment; the batch memory carries it too
        assertThat(Files.readString(output.resolve("batch.tmx"))).contains(edited);
        assertThat(Files.readString(output.resolve("omegat/tm/auto/hamgam-aligned.tmx"))).contains(edited);
        // one source line a bead, as the run writes it: a merge leaves one line less
        assertThat(Files.readAllLines(source).stream().filter(l -> !l.isBlank()).count()).isEqualTo(lines - 1);
        assertThat(Files.readString(output.resolve("batch.tmx")).split("<tu ").length - 1)
                .isEqualTo(Files.readString(output.resolve(SEED).resolve(SEED + ".tmx")).split("<tu ").length - 1);

        JsonNode index = new ObjectMapper().readTree(output.resolve("index.json").toFile()).path("documents").get(0);
        Bitext now = RunOutput.open(output).load(SEED);
        assertThat(index.path("beads").path("2-2").asInt() + index.path("beads").path("3-2").asInt()
                + index.path("beads").path("2-3").asInt()).isPositive();
        int total = 0;
        for (JsonNode n : index.path("beads")) {
            total += n.asInt();
        }
        assertThat(total).isEqualTo(43);
        long flagged = now.rows().stream().filter(r -> r.flagged(0.5)).count();
        assertThat(index.path("flagged").asLong()).isEqualTo(flagged);
        assertThat(index.path("quality").asDouble()).isEqualTo(Math.round(now.quality() * 1000) / 1000.0);
        String html = Files.readString(output.resolve("index.html"));
        assertThat(html).contains("43 beads, " + flagged + " flagged").contains("<td>" + flagged + " <small>");
    }

    @Test
    void reshapedBeadsAreScoredByTheAlignerAndWrittenWithThatScore() throws Exception {
        JsonNode doc = api.document();
        int k = -1;
        for (JsonNode b : doc.path("beads")) {
            int i = b.path("index").asInt();
            JsonNode next = doc.path("beads").get(i + 1);
            if (next != null && b.path("type").asText().equals("1-1") && next.path("type").asText().equals("1-1")
                    && b.path("score").asDouble() > 0.9 && next.path("score").asDouble() > 0.9) {
                k = i;
                break;
            }
        }
        assertThat(k).isNotNegative();
        // the next bead's English joins this bead: a wrong 1-2 and a 1-0 the aligner would not have drawn
        doc = api.edit(edit(0, "move", "bead", k + 1, "side", "target", "to", "previous"));
        JsonNode wrong = doc.path("beads").get(k);
        JsonNode alone = doc.path("beads").get(k + 1);
        assertThat(wrong.path("type").asText()).isEqualTo("1-2");
        assertThat(alone.path("type").asText()).isEqualTo("1-0");

        Bitext written = RunOutput.open(output).load(SEED);
        List<Bead> beads = written.rows().stream().map(Row::bead).toList();
        List<Double> expected = Stages.forPair(Lang.FA, Lang.EN, false, ReviewFixture.glossary(), 0.5)
                .beadModel(written).confidences(beads);
        assertThat(written.rows().get(k).bead().score()).isCloseTo(expected.get(k), within(1e-3));
        assertThat(written.rows().get(k + 1).bead().score()).isCloseTo(expected.get(k + 1), within(1e-3));
        assertThat(wrong.path("score").asDouble()).isCloseTo(expected.get(k), within(1e-3)).isLessThan(0.5);
        assertThat(wrong.path("flagged").asBoolean()).isTrue();
        // a bead left as the run drew it keeps the run's confidence
        assertThat(doc.path("beads").get(k + 2).path("score").asDouble())
                .isEqualTo(api.document().path("beads").get(k + 2).path("score").asDouble());
        assertThat(Files.readString(output.resolve(SEED).resolve(SEED + ".xlf"))).contains("low-confidence");
    }

    @Test
    void persianAcceptedAsHavingNoCounterpartIsNoLongerAnError() throws Exception {
        JsonNode doc = api.document();
        int k = -1;
        for (JsonNode b : doc.path("beads")) {
            if (b.path("type").asText().equals("1-1") && !b.path("flagged").asBoolean()) {
                k = b.path("index").asInt();
                break;
            }
        }
        doc = api.edit(edit(0, "no-counterpart", "bead", k, "side", "source"));
        JsonNode persian = doc.path("beads").get(k);
        assertThat(persian.path("type").asText()).isEqualTo("1-0");
        assertThat(persian.path("flagged").asBoolean()).isTrue();
        assertThat(errorsAndWarnings(persian)).contains("untranslated");

        doc = api.edit(edit(1, "accept", "bead", k));
        persian = doc.path("beads").get(k);
        assertThat(errorsAndWarnings(persian)).isEmpty();
        assertThat(persian.path("issues").findValuesAsText("code")).containsExactly("no-counterpart");
        assertThat(persian.path("flagged").asBoolean()).isFalse();
        JsonNode index = new ObjectMapper().readTree(output.resolve("index.json").toFile()).path("documents").get(0);
        assertThat(index.path("issues").path("no-counterpart").asInt()).isEqualTo(1);
        assertThat(Files.readString(output.resolve(SEED).resolve(SEED + ".tsv"))).contains("as having no counterpart");

        // rejected again, it is an error again
        doc = api.edit(edit(2, "reject", "bead", k));
        assertThat(errorsAndWarnings(doc.path("beads").get(k))).contains("untranslated");
    }

    private static List<String> errorsAndWarnings(JsonNode bead) {
        List<String> codes = new ArrayList<>();
        for (JsonNode issue : bead.path("issues")) {
            if (!issue.path("severity").asText().equals("info")) {
                codes.add(issue.path("code").asText());
            }
        }
        return codes;
    }
}

package org.hamgam.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.review.ReviewFixture.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer corrects an alignment that put a missing English sentence's gap at the wrong Persian sentence: moving
 * the English into the right beads and accepting them must leave the document looking better, not worse, and a
 * later run that keeps the review must give the figures the review left. A run's own note on the beads below the
 * review threshold counts the beads its flags call low-confidence. The corrections follow wherever the aligner put
 * the gap, so the test holds for any aligner that leaves one gap misplaced.
 */
class ReviewCorrectionTest {
    private static final String DOC = "art";
    private static final String PERSIAN = """
            افزایش قیمت نان در تهران
            قیمت نان در تهران از روز شنبه ۲۰ درصد افزایش یافت. نانوایان می‌گویند هزینه آرد و سوخت دو برابر شده است. بسیاری از خانواده‌ها از این تصمیم ناراضی هستند.
            وزارت اقتصاد اعلام کرد که این افزایش موقت است. سخنگوی وزارت گفت که دولت با نانوایان گفتگو می‌کند. او افزود که دولت با نانوایان گفتگو می‌کند.
            کارشناسان هشدار می‌دهند که تورم ممکن است بیشتر شود. نرخ تورم سالانه اکنون حدود ۴۰ درصد است.
            """;
    /**
     * The English lacks the spokesman's sentence (the second of the third paragraph), which the next one repeats
     * almost word for word: nothing but the order tells which of the two the English keeps.
     */
    private static final String ENGLISH = """
            Bread prices rise in Tehran
            The price of bread in Tehran rose by 20 percent on Saturday. Bakers say the cost of flour and fuel has doubled. Many families are unhappy with the decision.
            The Ministry of Economy announced that the increase is temporary. He added that the government is in talks with bakers.
            Experts warn that inflation may rise further. The annual inflation rate is now about 40 percent.
            """;

    /** The bead of the untranslated Persian sentence in the gold: the headline, three sentences, then the fifth. */
    private static final int GOLD_GAP = 5;

    @TempDir
    Path tmp;

    @Test
    void acceptedCorrectionsRaiseTheQualityAndLeaveNothingFlagged() throws Exception {
        Path input = input();
        Path output = run(input);
        JsonNode ran = index(output);
        assertThat(ran.path("flagged").asInt()).as("the run flags the misplaced gap").isPositive();

        JsonNode reviewed = correct(output).document();

        assertThat(reviewed.path("beads").get(GOLD_GAP - 1).path("targetText").asText())
                .startsWith("The Ministry of Economy");
        assertThat(reviewed.path("beads").get(GOLD_GAP).path("type").asText()).isEqualTo("1-0");
        assertThat(reviewed.path("flagged").asInt()).isZero();
        JsonNode after = index(output);
        assertThat(after.path("flagged").asInt()).isZero();
        assertThat(after.path("quality").asDouble()).isGreaterThan(ran.path("quality").asDouble());
    }

    @Test
    void acceptingABeadAndLeavingItsNeighboursNeverLowersTheQuality() throws Exception {
        Path output = run(input());
        try (ReviewServer server = ReviewServer.start(new ReviewServer.Options(output, "Parisa",
                ReviewFixture.glossary(), false, 0), message -> { })) {
            ReviewFixture.Client api = new ReviewFixture.Client(server.address(), server.token());
            JsonNode beads = api.get("/api/documents/" + DOC).json().path("beads");
            // The surest bead short of certain, whose acceptance adds least, then the least sure.
            int surest = -1;
            int least = -1;
            for (int b = 0; b < beads.size(); b++) {
                double score = beads.get(b).path("score").asDouble();
                if (score < 1 && (surest < 0 || score > beads.get(surest).path("score").asDouble())) {
                    surest = b;
                }
                if (least < 0 || score < beads.get(least).path("score").asDouble()) {
                    least = b;
                }
            }
            double before = index(output).path("quality").asDouble();
            post(api, edit(0, "accept", "bead", surest));
            double afterOne = index(output).path("quality").asDouble();
            assertThat(afterOne).isGreaterThanOrEqualTo(before);
            post(api, edit(1, "accept", "bead", least));
            assertThat(index(output).path("quality").asDouble()).isGreaterThanOrEqualTo(afterOne);
        }
    }

    @Test
    void aRunKeepingTheReviewGivesTheFiguresTheReviewLeft() throws Exception {
        Path input = input();
        Path output = run(input);
        double ranQuality = index(output).path("quality").asDouble();
        Correction correction = correct(output);
        double reviewedQuality = index(output).path("quality").asDouble();

        String said = ReviewFixture.said(input, output);

        // The run's progress line gives its own confidence; the line on the kept review gives both, named.
        assertThat(said).contains(DOC + ": 9 beads, alignment confidence "
                + String.format(Locale.ROOT, "%.2f", ranQuality));
        assertThat(said).contains(DOC + ": review kept: " + correction.edits() + " edits, " + correction.accepted()
                + " beads accepted; 0 of 9 beads need review; alignment confidence "
                + String.format(Locale.ROOT, "%.2f with the kept decisions (%.2f before them)", reviewedQuality,
                ranQuality));
        JsonNode again = index(output);
        assertThat(again.path("flagged").asInt()).isZero();
        assertThat(again.path("quality").asDouble()).isEqualTo(reviewedQuality);
        assertThat(again.path("notes").toString()).doesNotContain("need review");
        assertThat(Files.readString(output.resolve("index.html"))).doesNotContain("need review");
    }

    @Test
    void theRunsNoteCountsThePairsItFlagsLowConfidence() throws Exception {
        Path output = run(input());

        List<String[]> rows = Files.readAllLines(output.resolve(DOC).resolve(DOC + ".tsv")).stream().skip(1)
                .map(line -> line.split("\t", -1)).toList();
        long low = rows.stream().filter(r -> r[7].contains("low-confidence")).count();
        assertThat(rows).as("Persian without English below the threshold, flagged by its error alone")
                .anySatisfy(r -> {
                    assertThat(r[4]).isEqualTo("1-0");
                    assertThat(Double.parseDouble(r[5])).isLessThan(0.5);
                    assertThat(r[7]).isEqualTo("untranslated");
                });
        String notes = index(output).path("notes").toString();
        if (low > 0) {
            assertThat(notes).contains(low + " of " + rows.size() + " beads " + (low == 1 ? "has" : "have")
                    + " a confidence below");
        } else {
            assertThat(notes).as("the bead without English is no pair to review").doesNotContain("confidence below");
        }
    }

    /** What {@link #correct} did: the edits it sent, how many accepted a bead, and the document they left. */
    private record Correction(int edits, int accepted, JsonNode document) {
    }

    /**
     * Moves the English sentences between the gap the aligner chose and the untranslated Persian sentence one bead
     * towards the gap, which leaves the gap at that sentence, and accepts the beads the moves made.
     */
    private static Correction correct(Path output) throws Exception {
        try (ReviewServer server = ReviewServer.start(new ReviewServer.Options(output, "Parisa",
                ReviewFixture.glossary(), false, 0), message -> { })) {
            ReviewFixture.Client api = new ReviewFixture.Client(server.address(), server.token());
            JsonNode doc = api.get("/api/documents/" + DOC).json();
            int gap = -1;
            for (int b = 0; b < doc.path("beads").size(); b++) {
                if (doc.path("beads").get(b).path("type").asText().equals("1-0")) {
                    gap = b;
                }
            }
            assertThat(gap).as("the aligner leaves the missing English as a gap").isNotNegative();
            assertThat(gap).as("and puts it at another Persian sentence").isNotEqualTo(GOLD_GAP);
            int version = 0;
            int step = gap < GOLD_GAP ? 1 : -1;
            for (int bead = gap + step; bead != GOLD_GAP + step; bead += step) {
                doc = post(api, edit(version++, "move", "bead", bead, "side", "target", "to",
                        step > 0 ? "previous" : "next"));
            }
            int moves = version;
            for (int bead = Math.min(gap, GOLD_GAP); bead <= Math.max(gap, GOLD_GAP); bead++) {
                doc = post(api, edit(version++, "accept", "bead", bead));
            }
            return new Correction(version, version - moves, doc);
        }
    }

    private static JsonNode post(ReviewFixture.Client api, Map<String, Object> edit) throws Exception {
        ReviewFixture.Answer answer = api.post("/api/documents/" + DOC + "/edits", edit);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** Runs {@code input} into a fresh output folder, which the run must finish without failure. */
    private Path run(Path input) {
        Path output = tmp.resolve("output");
        assertThat(ReviewFixture.said(input, output)).startsWith("0");
        return output;
    }

    private Path input() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Files.writeString(input.resolve(DOC + ".fa.txt"), PERSIAN);
        Files.writeString(input.resolve(DOC + ".en.txt"), ENGLISH);
        return input;
    }

    private static JsonNode index(Path output) throws Exception {
        return new ObjectMapper().readTree(output.resolve("index.json").toFile()).path("documents").get(0);
    }
}

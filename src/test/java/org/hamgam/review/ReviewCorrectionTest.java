package org.hamgam.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.review.ReviewFixture.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer corrects an alignment that put a missing English sentence's gap in the wrong paragraph: moving the
 * English into the right beads and accepting them must leave the document looking better, not worse, and a later
 * run that keeps the review must give the figures the review left. A run's own note on the beads below the review
 * threshold counts the beads its flags call low-confidence.
 */
class ReviewCorrectionTest {
    private static final String DOC = "art";
    private static final String PERSIAN = """
            افزایش قیمت نان در تهران
            قیمت نان در تهران از روز شنبه ۲۰ درصد افزایش یافت. نانوایان می‌گویند هزینه آرد و سوخت دو برابر شده است. بسیاری از خانواده‌ها از این تصمیم ناراضی هستند.
            وزارت اقتصاد اعلام کرد که این افزایش موقت است. سخنگوی وزارت گفت یارانه جدیدی تا سه ماه آینده پرداخت خواهد شد. او افزود که دولت با نانوایان گفتگو می‌کند.
            کارشناسان هشدار می‌دهند که تورم ممکن است بیشتر شود. نرخ تورم سالانه اکنون حدود ۴۰ درصد است.
            """;
    /** The English lacks the spokesman's sentence about the subsidy (the second of the third paragraph). */
    private static final String ENGLISH = """
            Bread prices rise in Tehran
            The price of bread in Tehran rose by 20 percent on Saturday. Bakers say the cost of flour and fuel has doubled. Many families are unhappy with the decision.
            The Ministry of Economy announced that the increase is temporary. He added that the government is in talks with bakers.
            Experts warn that inflation may rise further. The annual inflation rate is now about 40 percent.
            """;

    @TempDir
    Path tmp;

    @Test
    void acceptedCorrectionsRaiseTheQualityAndLeaveNothingFlagged() throws Exception {
        Path input = input();
        Path output = tmp.resolve("output");
        assertThat(ReviewFixture.said(input, output)).startsWith("0");
        JsonNode ran = index(output);
        assertThat(ran.path("flagged").asInt()).as("the run flags the misplaced gap").isPositive();

        JsonNode reviewed = correct(output);

        assertThat(reviewed.path("beads").get(4).path("targetText").asText()).startsWith("The Ministry of Economy");
        assertThat(reviewed.path("beads").get(5).path("type").asText()).isEqualTo("1-0");
        assertThat(reviewed.path("flagged").asInt()).isZero();
        JsonNode after = index(output);
        assertThat(after.path("flagged").asInt()).isZero();
        assertThat(after.path("quality").asDouble()).isGreaterThan(ran.path("quality").asDouble());
    }

    @Test
    void aRunKeepingTheReviewGivesTheFiguresTheReviewLeft() throws Exception {
        Path input = input();
        Path output = tmp.resolve("output");
        assertThat(ReviewFixture.said(input, output)).startsWith("0");
        correct(output);
        double reviewedQuality = index(output).path("quality").asDouble();

        String said = ReviewFixture.said(input, output);

        assertThat(said).contains(DOC + ": review kept: 7 edits, 4 beads accepted; 0 of 9 beads need review");
        JsonNode again = index(output);
        assertThat(again.path("flagged").asInt()).isZero();
        assertThat(again.path("quality").asDouble()).isEqualTo(reviewedQuality);
        assertThat(again.path("notes").toString()).doesNotContain("need review");
        assertThat(Files.readString(output.resolve("index.html"))).doesNotContain("need review");
    }

    @Test
    void theRunsNoteCountsThePairsItFlagsLowConfidence() throws Exception {
        Path output = tmp.resolve("output");

        assertThat(ReviewFixture.said(input(), output)).startsWith("0");

        List<String[]> rows = Files.readAllLines(output.resolve(DOC).resolve(DOC + ".tsv")).stream().skip(1)
                .map(line -> line.split("\t", -1)).toList();
        long low = rows.stream().filter(r -> r[7].contains("low-confidence")).count();
        assertThat(rows).as("Persian without English below the threshold, flagged by its error alone")
                .anySatisfy(r -> {
                    assertThat(r[4]).isEqualTo("1-0");
                    assertThat(Double.parseDouble(r[5])).isLessThan(0.5);
                    assertThat(r[7]).isEqualTo("untranslated");
                });
        assertThat(low).isPositive();
        assertThat(index(output).path("notes").toString())
                .contains(low + " of " + rows.size() + " beads " + (low == 1 ? "has" : "have") + " a confidence below");
    }

    /**
     * Moves each English sentence from the bead after the gap the aligner chose into the bead of its Persian,
     * which leaves the gap at the untranslated sentence, and accepts the four beads the moves made.
     */
    private static JsonNode correct(Path output) throws Exception {
        try (ReviewServer server = ReviewServer.start(new ReviewServer.Options(output, "Parisa",
                ReviewFixture.glossary(), false, 0), message -> { })) {
            ReviewFixture.Client api = new ReviewFixture.Client(server.address(), server.token());
            int version = 0;
            JsonNode doc = null;
            for (int bead = 3; bead <= 5; bead++) {
                doc = post(api, edit(version++, "move", "bead", bead, "side", "target", "to", "previous"));
            }
            for (int bead = 2; bead <= 5; bead++) {
                doc = post(api, edit(version++, "accept", "bead", bead));
            }
            return doc;
        }
    }

    private static JsonNode post(ReviewFixture.Client api, Map<String, Object> edit) throws Exception {
        ReviewFixture.Answer answer = api.post("/api/documents/" + DOC + "/edits", edit);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
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

package org.hamgam.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review of a document that had no English: the reviewer writes the English bead by bead. */
class ReviewDraftTest {
    @TempDir
    Path tmp;

    @Test
    void theReviewersEnglishIsWrittenAcceptedAndRemembered() throws Exception {
        Path output = ReviewFixture.draftOutput(tmp);
        try (ReviewServer server = ReviewServer.start(new ReviewServer.Options(output, "Parisa",
                ReviewFixture.glossary(), false, 0), m -> { })) {
            ReviewFixture.Client api = new ReviewFixture.Client(server.address(), server.token());
            String path = "/api/documents/draft/edits";
            JsonNode doc = api.get("/api/documents/draft").json();
            assertThat(doc.path("aligned").asBoolean()).isFalse();
            int beads = doc.path("beads").size();
            assertThat(doc.path("beads").get(0).path("targetText").asText()).isEmpty();

            assertThat(api.post(path, Map.of("version", 0, "op", "merge", "bead", 0)).status()).isEqualTo(200);
            JsonNode merged = api.post(path, Map.of("version", 1, "op", "edit", "bead", 0,
                    "target", "Belarus and Iran, and a growing partnership.")).json();
            assertThat(merged.path("beads")).hasSize(beads - 1);
            assertThat(merged.path("beads").get(0).path("origin").asText()).isEqualTo("human");
            assertThat(api.post(path, Map.of("version", 2, "op", "accept", "bead", 0)).status()).isEqualTo(200);
            // a split keeps the English with the first part
            assertThat(api.post(path, Map.of("version", 3, "op", "split", "bead", 0, "side", "source", "at", 1))
                    .json().path("beads").get(0).path("targetText").asText())
                    .isEqualTo("Belarus and Iran, and a growing partnership.");

            String xlf = Files.readString(output.resolve("draft/draft.xlf"));
            assertThat(xlf).contains("Belarus and Iran, and a growing partnership.");
            assertThat(Files.readString(output.resolve("tm.tmx"))).contains("Belarus and Iran, and a growing partnership.");
            String english = api.get("/api/documents/draft/export?format=txt").body();
            assertThat(english).isEqualTo("Belarus and Iran, and a growing partnership.\n");
        }
    }

    @Test
    void englishAReviewerWroteAndAcceptedIsNotReportedAsLowConfidence() throws Exception {
        Path output = ReviewFixture.draftOutput(tmp);
        try (ReviewServer server = ReviewServer.start(new ReviewServer.Options(output, "Parisa",
                ReviewFixture.glossary(), false, 0), m -> { })) {
            ReviewFixture.Client api = new ReviewFixture.Client(server.address(), server.token());
            String path = "/api/documents/draft/edits";
            assertThat(api.post(path, Map.of("version", 0, "op", "edit", "bead", 0, "target", "Belarus and Iran."))
                    .status()).isEqualTo(200);
            // written but not yet accepted: the low score still speaks
            assertThat(Files.readAllLines(output.resolve("draft/draft.tsv")).get(1)).contains("low-confidence");
            assertThat(api.post(path, Map.of("version", 1, "op", "accept", "bead", 0)).status()).isEqualTo(200);
        }
        String row = Files.readAllLines(output.resolve("draft/draft.tsv")).get(1);
        assertThat(row).contains("Belarus and Iran.").doesNotContain("low-confidence");
        assertThat(Files.readString(output.resolve("draft/draft.xlf"))).doesNotContain("hamgam:low-confidence");
    }
}

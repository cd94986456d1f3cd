package org.hamgam.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.review.ReviewFixture.edit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hamgam run} over an output folder with a saved review: the decisions come back, or are set aside. */
class SavedReviewsTest {
    private static final String SEED = ReviewFixture.SEED;

    @TempDir
    Path tmp;

    @Test
    void aRunOnTheSameInputsKeepsTheReviewAndSaysSo() throws Exception {
        Path input = input("");
        Path output = tmp.resolve("output");
        assertThat(ReviewFixture.said(input, output)).startsWith("0");
        review(output);
        assertThat(Files.readString(tsv(output))).contains("Checked by a reviewer.");

        String said = ReviewFixture.said(input, output);

        assertThat(said).startsWith("0").contains(SEED + ": review kept: 2 edits, 1 bead accepted");
        assertThat(Files.readString(tsv(output))).contains("Checked by a reviewer.");
        assertThat(Files.readString(output.resolve(SEED).resolve(SEED + ".xlf"))).contains("state=\"reviewed\"");
        assertThat(output.resolve(".review").resolve(SEED).resolve("journal.jsonl")).isRegularFile();
    }

    @Test
    void aSecondReviewAfterARunThatKeptTheFirstCarriesOnAcrossTheNextRun() throws Exception {
        Path input = input("");
        Path output = tmp.resolve("output");
        assertThat(ReviewFixture.said(input, output)).startsWith("0");
        // what 'hamgam review' checks edited English against when not told
        assertThat(org.hamgam.pipeline.RunOutput.open(output).glossaries()).containsExactly(Path.of("glossary"));
        // English without the bead's glossary terms: the run checks it against the glossary, the server against none
        session(output, message -> { }, api -> api.edit(edit(0, "edit", "bead", firstWithTerms(api.document()),
                "target", "Checked by a reviewer.")));
        assertThat(ReviewFixture.said(input, output)).contains(SEED + ": review kept: 1 edit");
        List<String> setAside = new java.util.ArrayList<>();
        session(output, setAside::add, api -> api.edit(edit(1, "accept", "bead", 0)));
        assertThat(setAside).isEmpty();

        String said = ReviewFixture.said(input, output);

        assertThat(said).contains(SEED + ": review kept: 2 edits, 1 bead accepted").doesNotContain("input changed");
        assertThat(Files.readString(tsv(output))).contains("Checked by a reviewer.");
    }

    @Test
    void aRunOnChangedInputsSetsTheReviewAsideUnderAReadableName() throws Exception {
        Path output = tmp.resolve("output");
        assertThat(ReviewFixture.said(input(""), output)).startsWith("0");
        review(output);

        String said = ReviewFixture.said(input("\nA paragraph added since the review.\n"), output);

        assertThat(said).contains(SEED + ": its input changed since it was reviewed")
                .doesNotContain("review kept");
        assertThat(Files.readString(tsv(output))).doesNotContain("Checked by a reviewer.");
        try (Stream<Path> kept = Files.list(output.resolve(".review"))) {
            assertThat(kept.map(p -> p.getFileName().toString()).toList()).singleElement().asString()
                    .matches(SEED + "\\.set-aside-\\d{4}-\\d\\d-\\d\\dT\\d{6}Z");
        }
        assertThat(said).contains(".set-aside-");
    }

    /** The seed pair, the English with {@code addedEnglish} at its end. */
    private Path input(String addedEnglish) throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Files.copy(Path.of("seeds", SEED + ".txt"), input.resolve(SEED + ".txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(input.resolve(SEED + ".en.txt"),
                Files.readString(Path.of("seeds", SEED + ".en.txt")) + addedEnglish);
        return input;
    }

    /** Accepts the first bead and writes new English for the second, through the review server. */
    private static void review(Path output) throws Exception {
        try (ReviewServer server = ReviewServer.start(new ReviewServer.Options(output, "Parisa",
                ReviewFixture.glossary(), false, 0), message -> { })) {
            ReviewFixture.Client api = new ReviewFixture.Client(server.address(), server.token());
            api.edit(edit(0, "accept", "bead", 0));
            api.edit(edit(1, "edit", "bead", 1, "target", "Checked by a reviewer."));
        }
    }

    /** What a reviewer does through the API in one session. */
    private interface Session<T> {
        T on(ReviewFixture.Client api) throws Exception;
    }

    /**
     * One review session on {@code output}; {@code warn} hears what the server says on opening. The server is given
     * no glossary, unlike the runs, so that the files it writes differ from those a run writes with the same
     * decisions, as they do when a reviewer starts the server with other options than the run's.
     */
    private static <T> T session(Path output, java.util.function.Consumer<String> warn, Session<T> session)
            throws Exception {
        try (ReviewServer server = ReviewServer.start(new ReviewServer.Options(output, "Parisa",
                org.hamgam.glossary.Glossary.empty(), false, 0), warn)) {
            return session.on(new ReviewFixture.Client(server.address(), server.token()));
        }
    }

    private static int firstWithTerms(com.fasterxml.jackson.databind.JsonNode doc) {
        com.fasterxml.jackson.databind.JsonNode beads = doc.path("beads");
        for (int i = 0; i < beads.size(); i++) {
            if (!beads.get(i).path("terms").isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("no bead with glossary terms");
    }

    private static Path tsv(Path output) {
        return output.resolve(SEED).resolve(SEED + ".tsv");
    }

    @Test
    void aFolderWithoutReviewsHasNothingToApply() throws Exception {
        Path output = tmp.resolve("output");
        assertThat(ReviewFixture.said(input(""), output)).startsWith("0");
        assertThat(SavedReviews.reapply(output, ReviewFixture.glossary(), false)).isEqualTo(List.of());
    }
}

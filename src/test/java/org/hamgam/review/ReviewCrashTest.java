package org.hamgam.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hamgam review} as its own process, killed without warning (SIGKILL) right after an edit: started again,
 * the edit is there, and files the crash kept from being written are written.
 */
class ReviewCrashTest {
    private static final String SEED = ReviewFixture.SEED;
    private static final Pattern ADDRESS = Pattern.compile("Review at (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path tmp;

    private Process process;

    @AfterEach
    void stop() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Starts {@code hamgam review OUTPUT} in a new JVM and returns a client for the address it prints first. */
    private ReviewFixture.Client start(Path output) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.hamgam.cli.Main",
                "review", output.toString(), "--reviewer", "Parisa", "--glossary", "glossary")
                .redirectError(tmp.resolve("stderr.txt").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertThat(first).as("first line of standard output").isNotNull().matches(ADDRESS);
        Matcher m = ADDRESS.matcher(first);
        assertThat(m.matches()).isTrue();
        URI base = URI.create(m.group(1));
        String page = new ReviewFixture.Client(base, null).get("/").body();
        Matcher token = Pattern.compile("<meta name=\"hamgam-token\" content=\"([^\"]+)\">").matcher(page);
        assertThat(token.find()).isTrue();
        return new ReviewFixture.Client(base, token.group(1));
    }

    private void kill() throws Exception {
        process.destroyForcibly();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anEditSurvivesAKilledServer() throws Exception {
        Path output = ReviewFixture.output(tmp);
        Path dir = output.resolve(SEED);
        Path xlf = dir.resolve(SEED + ".xlf");
        Path jsonl = dir.resolve(SEED + ".jsonl");
        Files.copy(xlf, tmp.resolve("before.xlf"));
        Files.copy(jsonl, tmp.resolve("before.jsonl"));

        ReviewFixture.Client api = start(output);
        String english = "A translation the reviewer fixed before the power went.";
        JsonNode edited = api.edit(Map.of("version", 0, "op", "edit", "bead", 5, "target", english));
        assertThat(edited.path("version").asInt()).isEqualTo(1);
        kill();

        ReviewFixture.Client again = start(output);
        JsonNode doc = again.document();
        assertThat(doc.path("version").asInt()).isEqualTo(1);
        assertThat(doc.path("beads").get(5).path("targetText").asText()).isEqualTo(english);
        assertThat(Files.readString(xlf)).contains(english);
        JsonNode accepted = again.edit(Map.of("version", 1, "op", "accept", "bead", 5));
        assertThat(accepted.path("beads").get(5).path("state").asText()).isEqualTo("accepted");
        kill();

        // as if the crash came after the journal was written but before the files were: the old files, and a
        // last journal line cut short
        Files.copy(tmp.resolve("before.xlf"), xlf, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(tmp.resolve("before.jsonl"), jsonl, StandardCopyOption.REPLACE_EXISTING);
        Path journal = output.resolve(".review").resolve(SEED).resolve("journal.jsonl");
        Files.writeString(journal, "{\"op\":\"merge\",\"be", StandardOpenOption.APPEND);

        ReviewFixture.Client third = start(output);
        doc = third.document();
        assertThat(doc.path("version").asInt()).isEqualTo(2);
        assertThat(doc.path("beads")).hasSize(44);
        assertThat(doc.path("beads").get(5).path("state").asText()).isEqualTo("accepted");
        assertThat(Files.readString(xlf)).contains(english).contains("state=\"reviewed\"");
        List<String> lines = Files.readAllLines(journal);
        assertThat(lines).hasSize(2);
        third.edit(Map.of("version", 2, "op", "merge", "bead", 0));
        assertThat(Files.readAllLines(journal)).hasSize(3).allMatch(l -> l.startsWith("{") && l.endsWith("}"));
    }
}

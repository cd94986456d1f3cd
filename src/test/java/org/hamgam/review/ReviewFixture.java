package org.hamgam.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hamgam.glossary.Glossary;
import org.hamgam.cli.Main;
import org.hamgam.pipeline.GlossaryFiles;

/**
 * The output of {@code hamgam run} on the repository's seed pair (made once, copied for each test), and a small
 * HTTP client for the review API.
 */
final class ReviewFixture {
    static final String SEED = "000_197c25bd1892c35a";
    private static final Path RUN = Path.of("target", "review-fixture", "output").toAbsolutePath();
    private static boolean made;

    private ReviewFixture() {
    }

    static Glossary glossary() throws Exception {
        return GlossaryFiles.load(List.of(Path.of("glossary")));
    }

    /** Runs {@code hamgam run --no-grammar} on the seed pair into {@code output}: every file a run writes. */
    static void run(Path output) throws Exception {
        run(Path.of("seeds"), output);
    }

    private static void run(Path input, Path output) throws Exception {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", "--input", input.toString(), "--output", output.toString(),
                "--glossary", "glossary", "--no-grammar", "--quiet"}, new java.io.PrintStream(err, true),
                new java.io.PrintStream(err, true));
        if (code != 0) {
            throw new AssertionError("hamgam run ended with " + code + ": " + err);
        }
    }

    /** Runs {@code hamgam run --no-grammar} on {@code input}: the exit code, a newline, and what it printed. */
    static String said(Path input, Path output) {
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(said, true, StandardCharsets.UTF_8);
        int code = Main.execute(new String[] {"run", "--input", input.toString(), "--output", output.toString(),
                "--glossary", "glossary", "--no-grammar"}, out, out);
        return code + "\n" + said.toString(StandardCharsets.UTF_8);
    }

    /** A fresh copy of the seed pair's run output in {@code dir}. */
    static synchronized Path output(Path dir) throws Exception {
        if (!made) {
            deleteTree(RUN);
            run(RUN);
            made = true;
        }
        Path out = dir.resolve("output");
        try (Stream<Path> files = Files.walk(RUN)) {
            for (Path p : files.toList()) {
                Path to = out.resolve(RUN.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return out;
    }

    /** The run output of the seed article alone, without its English: every bead is a draft to write. */
    static Path draftOutput(Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.copy(Path.of("seeds", SEED + ".txt"), input.resolve("draft.txt"));
        Path out = dir.resolve("output");
        run(input, out);
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** An edit's body: {@code version}, {@code op} and name–value pairs. */
    static Map<String, Object> edit(int version, String op, Object... more) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("version", version);
        body.put("op", op);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    /** An answer: status and body. */
    record Answer(int status, String body, HttpResponse<String> response) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(body);
        }
    }

    /** Speaks to one review server. */
    static final class Client {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final URI base;
        private final String token;

        Client(URI base, String token) {
            this.base = base;
            this.token = token;
        }

        Answer get(String path) throws Exception {
            return send(HttpRequest.newBuilder(base.resolve(path)).GET());
        }

        /** Posts with the session token. */
        Answer post(String path, Object body) throws Exception {
            return postWith(path, body, token);
        }

        Answer postWith(String path, Object body, String sentToken) throws Exception {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
            if (sentToken != null) {
                request.header(ReviewServer.TOKEN_HEADER, sentToken);
            }
            return send(request);
        }

        /** An edit on the seed document; fails the test unless the server took it. */
        JsonNode edit(Map<String, Object> edit) throws Exception {
            Answer answer = post("/api/documents/" + SEED + "/edits", edit);
            if (answer.status() != 200) {
                throw new AssertionError("edit " + edit + " answered " + answer.status() + ": " + answer.body());
            }
            return answer.json();
        }

        JsonNode document() throws Exception {
            return get("/api/documents/" + SEED).json();
        }

        private Answer send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response);
        }
    }
}

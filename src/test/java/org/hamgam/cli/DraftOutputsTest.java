package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document without English drafted by a memory and by an engine behind a real HTTP server, as a translator runs
 * it: drafts reach the review files and no corpus, the run says how many drafts it made, and an engine that cannot
 * be reached is a closing warning, in the index too.
 */
class DraftOutputsTest {
    private static final String FIRST = "در سال ۲۰۲۳ سه نفر از وزارت به تهران آمدند و گزارش دادند.";
    private static final String SECOND = "جمله دوم این سند است.";

    @TempDir
    Path tmp;

    private Path input() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("doc.txt"), FIRST + "\n" + SECOND + "\n");
        return input;
    }

    private Path config(String url) throws Exception {
        return Files.writeString(tmp.resolve("hamgam.json"), "{\"mt\": [{\"type\": \"openai\", \"url\": \"" + url
                + "\", \"model\": \"m\", \"timeoutMs\": 2000, \"retries\": 0}]}");
    }

    @Test
    void aFuzzyMatchIsADraftInTheReviewFilesAndInNoCorpus() throws Exception {
        // The memory's sentence differs in its number: a 9x % match whose English translates another year.
        Path memory = Files.writeString(tmp.resolve("memory.tmx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"
                  o-tmf="t" adminlang="en" srclang="fa" datatype="plaintext"/>
                <body><tu><tuv xml:lang="fa"><seg>در سال ۲۰۲۲ سه نفر از وزارت به تهران آمدند و گزارش دادند.</seg></tuv>
                <tuv xml:lang="en"><seg>In 2022 three people from the ministry came to Tehran and reported.</seg></tuv></tu>
                </body></tmx>
                """);
        Path out = tmp.resolve("out");
        Path noEngine = Files.writeString(tmp.resolve("no-engine.json"), "{}");
        MainTest.Result run = hamgam("run", "--no-grammar", "--config", noEngine.toString(), "--tm", memory.toString(), "--input", input().toString(), "--output", out.toString());
        assertThat(run.code()).as(run.err()).isZero();

        List<String[]> rows = Files.readAllLines(out.resolve("doc/doc.tsv")).stream().skip(1)
                .map(l -> l.split("\t", -1)).toList();
        assertThat(rows.get(0)[2]).startsWith("In 2022 three people");
        assertThat(rows.get(0)[4]).as("bead type of a drafted segment").isEqualTo("draft");
        assertThat(rows.get(1)[4]).as("no draft: Persian without English").isEqualTo("1-0");
        String xliff = Files.readString(out.resolve("doc/doc.xlf"));
        assertThat(xliff).contains("state=\"initial\"").contains("<target>In 2022 three people");
        assertThat(Files.readString(out.resolve("doc/doc.xliff12.xlf")))
                .contains("state=\"needs-review-translation\" state-qualifier=\"leveraged-tm\"");

        assertThat(Files.readString(out.resolve("batch.tmx"))).doesNotContain("<tu ").doesNotContain("In 2022");
        assertThat(Files.readString(out.resolve("doc/doc.tmx"))).doesNotContain("<tu ");
        assertThat(Files.readString(out.resolve("batch.fa.txt"))).isEmpty();
        assertThat(Files.readString(out.resolve("batch.en.txt"))).isEmpty();
        // The document's own Moses pair is the translator's working text: every segment beside its draft.
        assertThat(Files.readAllLines(out.resolve("doc/doc.en.txt")).get(0)).startsWith("In 2022 three people");
        // and the review page calls the row what the files call it
        try (org.hamgam.review.ReviewServer review = org.hamgam.review.ReviewServer.start(
                new org.hamgam.review.ReviewServer.Options(out, "t", org.hamgam.glossary.Glossary.empty(), false, 0),
                message -> { })) {
            java.net.http.HttpResponse<String> doc = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(review.address().resolve("/api/documents/doc")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            JsonNode beads = new ObjectMapper().readTree(doc.body()).path("beads");
            assertThat(beads.get(0).path("type").asText()).isEqualTo("draft");
            assertThat(beads.get(1).path("type").asText()).isEqualTo("1-0");
        }
    }

    @Test
    void machineDraftsAreCountedAsDraftsNotAsLowConfidenceBeads() throws Exception {
        List<String> bodies = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": \"A draft.\"}}]}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(answer);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/chat/completions";
            Path out = tmp.resolve("out");
            MainTest.Result run = hamgam("run", "--no-grammar", "--no-cache", "--config", config(url).toString(),
                    "--input", input().toString(), "--output", out.toString());
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(bodies).hasSize(2);
            assertThat(run.err()).contains("doc: 2 segments to draft, drafts: TM 0, MT 2, none 0")
                    .doesNotContain("confidence below").doesNotContain("hamgam: warning");
            JsonNode index = new ObjectMapper().readTree(out.resolve("index.json").toFile());
            assertThat(index.path("warnings")).isEmpty();
            assertThat(Files.readString(out.resolve("doc/doc.tsv"))).doesNotContain("low-confidence");
            assertThat(Files.readString(out.resolve("batch.en.txt"))).isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anEngineThatCannotBeReachedIsAClosingWarningInTheIndexToo() throws Exception {
        HttpServer closed = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int port = closed.getAddress().getPort();
        closed.stop(0);
        Path out = tmp.resolve("out");
        MainTest.Result run = hamgam("run", "--no-grammar", "--no-cache", "--config",
                config("http://127.0.0.1:" + port + "/v1/chat/completions").toString(),
                "--input", input().toString(), "--output", out.toString());
        // The outputs are whole (the segments wait for a translator): a warning, not a failed document.
        assertThat(run.code()).as(run.err()).isZero();
        String warning = "MT engine openai at http://127.0.0.1:" + port + "/v1/chat/completions left 2 segments"
                + " without a machine draft";
        List<String> lines = run.err().lines().toList();
        int document = lines.indexOf(lines.stream().filter(l -> l.contains("doc: 2 segments to draft")).findFirst()
                .orElseThrow());
        assertThat(lines.subList(document, lines.size())).anyMatch(l -> l.startsWith("hamgam: warning: " + warning));
        JsonNode index = new ObjectMapper().readTree(out.resolve("index.json").toFile());
        assertThat(index.path("warnings")).hasSize(1);
        assertThat(index.path("warnings").get(0).asText()).startsWith(warning);
    }

    @Test
    void anEngineWhoseKeyVariableIsNotSetIsAClosingWarningInTheIndexToo() throws Exception {
        Path config = Files.writeString(tmp.resolve("hamgam.json"), "{\"mt\": [{\"type\": \"openai\", \"url\":"
                + " \"http://127.0.0.1:1/v1/chat/completions\", \"model\": \"m\","
                + " \"apiKeyEnv\": \"HAMGAM_TEST_KEY_THAT_IS_NOT_SET\"}]}");
        Path out = tmp.resolve("out");
        MainTest.Result run = hamgam("run", "--no-grammar", "--quiet", "--config", config.toString(),
                "--input", input().toString(), "--output", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("hamgam: warning: MT engine openai: environment variable "
                + "HAMGAM_TEST_KEY_THAT_IS_NOT_SET is not set; engine skipped");
        JsonNode index = new ObjectMapper().readTree(out.resolve("index.json").toFile());
        assertThat(index.path("warnings").toString()).contains("HAMGAM_TEST_KEY_THAT_IS_NOT_SET is not set");
    }
}

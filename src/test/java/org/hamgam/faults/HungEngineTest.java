package org.hamgam.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hamgam.cli.MainTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault: a machine-translation engine that takes requests and never answers, configured with credentials in its
 * URL. The run gives the engine up after a few failed batches and says so once, finishes, keeps every input
 * character, and shows no credential in any message or file.
 */
class HungEngineTest {
    static final String PASSWORD = "pa55w0rd-secret";
    static final String KEY = "k3y-secret-value";

    @TempDir
    Path tmp;

    @Test
    void aHungEngineIsGivenUpOnceAndItsCredentialsAreNowhere() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        ExecutorService handlers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hung-engine");
            t.setDaemon(true);
            return t;
        });
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(handlers);
        server.start();
        try {
            String url = "http://reviewer:" + PASSWORD + "@127.0.0.1:" + server.getAddress().getPort()
                    + "/v1/chat/completions?api_key=" + KEY;
            Path config = tmp.resolve("hamgam.json");
            Files.writeString(config, "{\"mt\": [{\"type\": \"openai\", \"url\": \"" + url + "\", \"model\": \"m\","
                    + " \"timeoutMs\": 300, \"retries\": 1, \"backoffMs\": 10, \"concurrency\": 2,"
                    + " \"batchSize\": 2}]}");
            Path input = Files.createDirectories(tmp.resolve("in"));
            Files.copy(RepeatedStoriesTest.SEED_FA, input.resolve("story.txt"));
            Path out = tmp.resolve("out");

            Result r = hamgam("run", "--no-grammar", "--no-cache", "--config", config.toString(), "--glossary",
                    HamgamProcess.GLOSSARY.toString(), "--input", input.toString(), "--output", out.toString());

            assertThat(r.code()).as(r.err()).isZero();
            int attempts = 2;
            int batchesBeforeGivingUp = 3 + 2 - 1;
            // The seed has about 45 segments: 23 batches of 2, which without giving up would all be tried.
            assertThat(requests.get()).isBetween(3 * attempts, batchesBeforeGivingUp * attempts);
            assertThat(r.err().lines().filter(l -> l.contains("not asked again"))).hasSize(1);
            assertThat(r.err() + r.out()).doesNotContain(PASSWORD).doesNotContain(KEY);
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(file)).as(file.toString()).doesNotContain(PASSWORD).doesNotContain(KEY);
                }
            }
            assertThat(Files.readString(out.resolve("index.json"))).contains("***@127.0.0.1").contains("api_key=***");
            OutputAudit.assertNothingLost(input.resolve("story.txt"), out.resolve("story/story.jsonl"), "fa");
            System.out.printf("HungEngineTest: %d requests reached the hung engine%n", requests.get());
        } finally {
            server.stop(0);
            handlers.shutdownNow();
        }
    }
}

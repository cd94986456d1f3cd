package org.hamgam.draft;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hamgam.model.MtEngineConfig;

/**
 * Posts JSON to an engine with a timeout, retrying 429, 5xx and network failures with exponential backoff
 * (honouring {@code Retry-After} up to the configured maximum). Log lines and errors name the engine, status and
 * attempt, never a header, so that keys cannot leak.
 */
final class HttpPost {
    private final HttpClient client;
    private final MtEngineConfig config;
    private final Consumer<String> log;

    HttpPost(HttpClient client, MtEngineConfig config, Consumer<String> log) {
        this.client = client;
        this.config = config;
        this.log = log;
    }

    String post(URI uri, Map<String, String> headers, String json) throws MtException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMillis(config.timeoutMs()))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        int attempts = config.retries() + 1;
        String problem = "";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            long wait = backoff(attempt);
            try {
                HttpResponse<String> response = client.send(request,
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return response.body();
                }
                problem = "HTTP " + status;
                if (status != 429 && status / 100 != 5) {
                    throw new MtException(config.name() + ": " + problem + " (not retried)");
                }
                Optional<String> retryAfter = response.headers().firstValue("Retry-After");
                if (retryAfter.isPresent()) {
                    wait = Math.min(config.maxBackoffMs(), retryAfterMs(retryAfter.get(), wait));
                }
            } catch (HttpTimeoutException e) {
                problem = "no answer within " + config.timeoutMs() + " ms";
            } catch (IOException e) {
                problem = "network error (" + e.getClass().getSimpleName() + ")";
            }
            if (attempt < attempts) {
                log.accept(config.name() + ": " + problem + ", retry " + attempt + " of " + config.retries()
                        + " in " + wait + " ms");
                Thread.sleep(wait);
            }
        }
        throw new MtException(config.name() + ": " + problem + " after " + attempts + " attempt"
                + (attempts == 1 ? "" : "s"));
    }

    /** The wait before retry {@code attempt}: the base doubled each time, capped. */
    private long backoff(int attempt) {
        long wait = (long) config.backoffMs() << Math.min(attempt - 1, 20);
        return Math.min(wait, config.maxBackoffMs());
    }

    private static long retryAfterMs(String value, long fallback) {
        try {
            return Math.max(0, Long.parseLong(value.strip()) * 1000);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

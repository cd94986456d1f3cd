package org.hamgam.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One machine-translation engine as {@code hamgam.json} configures it. Missing numbers take the defaults below.
 * The API key is never part of the configuration: {@code apiKeyEnv} names the environment variable holding it.
 *
 * @param type           {@code openai} (any OpenAI-compatible chat-completions endpoint: Ollama, llama.cpp server,
 *                       vLLM, hosted APIs) or {@code libretranslate}
 * @param name           a label for the engine in drafts and messages (default: the type)
 * @param url            the endpoint, e.g. {@code http://localhost:11434/v1/chat/completions} or
 *                       {@code http://localhost:5000/translate}
 * @param model          the model name (chat engines)
 * @param apiKeyEnv      the environment variable with the API key, or empty for none
 * @param temperature    sampling temperature (default 0)
 * @param systemPrompt   replaces the built-in system prompt when not empty
 * @param context        how many earlier segments of the document go with each request (default 3)
 * @param timeoutMs      the time one request may take (default 60,000)
 * @param retries        further attempts after a 429, a 5xx or a network failure (default 3)
 * @param backoffMs      the first wait before a retry, doubled each time (default 500)
 * @param maxBackoffMs   the longest wait before a retry, also capping {@code Retry-After} (default 30,000)
 * @param concurrency    requests in flight at once (default 2)
 * @param batchSize      segments per task; LibreTranslate receives them in one request (default 16)
 * @param sourceLang     source language code sent to the engine (default {@code fa})
 * @param targetLang     target language code (default {@code en})
 */
public record MtEngineConfig(String type, String name, String url, String model, String apiKeyEnv,
                             Double temperature, String systemPrompt, Integer context, Integer timeoutMs,
                             Integer retries, Integer backoffMs, Integer maxBackoffMs, Integer concurrency,
                             Integer batchSize, String sourceLang, String targetLang) {
    public static final String OPENAI = "openai";
    public static final String LIBRETRANSLATE = "libretranslate";

    public MtEngineConfig {
        Objects.requireNonNull(type, "an MT engine needs a type (openai or libretranslate)");
        type = type.toLowerCase(Locale.ROOT);
        if (!type.equals(OPENAI) && !type.equals(LIBRETRANSLATE)) {
            throw new IllegalArgumentException("unknown MT engine type '" + type + "' (openai or libretranslate)");
        }
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("MT engine '" + type + "' needs a url");
        }
        if (type.equals(OPENAI) && (model == null || model.isBlank())) {
            throw new IllegalArgumentException("MT engine '" + type + "' needs a model");
        }
        name = name == null || name.isBlank() ? type : name;
        model = model == null ? "" : model;
        apiKeyEnv = apiKeyEnv == null ? "" : apiKeyEnv;
        temperature = temperature == null ? 0.0 : temperature;
        systemPrompt = systemPrompt == null ? "" : systemPrompt;
        context = positive(context, 3, "context", true);
        timeoutMs = positive(timeoutMs, 60_000, "timeoutMs", false);
        retries = positive(retries, 3, "retries", true);
        backoffMs = positive(backoffMs, 500, "backoffMs", true);
        maxBackoffMs = positive(maxBackoffMs, 30_000, "maxBackoffMs", true);
        concurrency = positive(concurrency, 2, "concurrency", false);
        batchSize = positive(batchSize, 16, "batchSize", false);
        sourceLang = sourceLang == null || sourceLang.isBlank() ? "fa" : sourceLang;
        targetLang = targetLang == null || targetLang.isBlank() ? "en" : targetLang;
    }

    /** An engine of {@code type} at {@code url} with every other setting at its default. */
    public static MtEngineConfig of(String type, String url, String model, String apiKeyEnv) {
        return new MtEngineConfig(type, null, url, model, apiKeyEnv, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** This configuration with other timing settings (tests use tiny ones). */
    public MtEngineConfig withTiming(int timeoutMs, int retries, int backoffMs, int maxBackoffMs) {
        return new MtEngineConfig(type, name, url, model, apiKeyEnv, temperature, systemPrompt, context, timeoutMs,
                retries, backoffMs, maxBackoffMs, concurrency, batchSize, sourceLang, targetLang);
    }

    /** This configuration with another concurrency limit and batch size. */
    public MtEngineConfig withBatching(int concurrency, int batchSize) {
        return new MtEngineConfig(type, name, url, model, apiKeyEnv, temperature, systemPrompt, context, timeoutMs,
                retries, backoffMs, maxBackoffMs, concurrency, batchSize, sourceLang, targetLang);
    }

    /** The label drafts carry, e.g. {@code openai:gpt-4o-mini} or {@code libretranslate}. */
    public String label() {
        return model.isEmpty() ? name : name + ":" + model;
    }

    private static int positive(Integer value, int fallback, String what, boolean zeroAllowed) {
        if (value == null) {
            return fallback;
        }
        if (value < 0 || (!zeroAllowed && value == 0)) {
            throw new IllegalArgumentException(what + " must be " + (zeroAllowed ? "0 or more" : "at least 1")
                    + ": " + value);
        }
        return value;
    }
}

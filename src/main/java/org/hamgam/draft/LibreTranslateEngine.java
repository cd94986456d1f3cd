package org.hamgam.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * LibreTranslate's {@code POST /translate}, a batch in one request ({@code q} as an array). LibreTranslate takes
 * no glossary and no context, so constraints are only checked on the output.
 */
final class LibreTranslateEngine implements MtEngine {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MtEngineConfig config;
    private final HttpPost http;
    private final String apiKey;

    LibreTranslateEngine(MtEngineConfig config, HttpPost http, String apiKey) {
        this.config = config;
        this.http = http;
        this.apiKey = apiKey;
    }

    @Override
    public MtEngineConfig config() {
        return config;
    }

    @Override
    public String identity() {
        return String.join("\n", config.type(), config.url(), config.sourceLang(), config.targetLang());
    }

    @Override
    public List<String> translate(List<MtRequest> batch) throws MtException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode q = body.putArray("q");
        batch.forEach(r -> q.add(r.text()));
        body.put("source", config.sourceLang());
        body.put("target", config.targetLang());
        body.put("format", "text");
        if (!apiKey.isEmpty()) {
            body.put("api_key", apiKey);
        }
        String answer = http.post(URI.create(config.url()), Map.of(), body.toString());
        JsonNode translated;
        try {
            translated = JSON.readTree(answer).path("translatedText");
        } catch (JsonProcessingException e) {
            throw new MtException(config.name() + ": the answer is not valid JSON");
        }
        List<String> out = new ArrayList<>(batch.size());
        if (translated.isArray() && translated.size() == batch.size()) {
            for (JsonNode t : translated) {
                out.add(t.asText().strip());
            }
        } else if (translated.isTextual() && batch.size() == 1) {
            out.add(translated.asText().strip());
        } else {
            throw new MtException(config.name() + ": the answer has no translatedText for each of the "
                    + batch.size() + " segments");
        }
        for (String text : out) {
            if (text.isEmpty()) {
                throw new MtException(config.name() + ": the answer has an empty translation");
            }
        }
        return out;
    }
}

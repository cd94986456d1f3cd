package org.hamgam.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamgam.model.MtEngineConfig;

/**
 * LibreTranslate's {@code POST /translate}, a batch in one request ({@code q} as an array). LibreTranslate takes
 * no glossary and no context, so constraints are only checked on the output.
 */
final class LibreTranslateEngine implements MtEngine {
    private final JsonEndpoint endpoint;
    private final String apiKey;

    LibreTranslateEngine(JsonEndpoint endpoint, String apiKey) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
    }

    @Override
    public MtEngineConfig config() {
        return endpoint.config();
    }

    @Override
    public String identity() {
        MtEngineConfig config = config();
        return String.join("\n", config.type(), config.url(), config.sourceLang(), config.targetLang());
    }

    @Override
    public List<String> translate(List<MtRequest> batch) throws MtException, InterruptedException {
        MtEngineConfig config = config();
        ObjectNode body = endpoint.newBody();
        ArrayNode q = body.putArray("q");
        batch.forEach(r -> q.add(r.text()));
        body.put("source", config.sourceLang());
        body.put("target", config.targetLang());
        body.put("format", "text");
        if (!apiKey.isEmpty()) {
            body.put("api_key", apiKey);
        }
        JsonNode translated = endpoint.post(Map.of(), body).path("translatedText");
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

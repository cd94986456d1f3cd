package org.hamgam.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;
import org.hamgam.model.MtEngineConfig;

/**
 * An engine's JSON service: its settings, and a request body posted to its URL whose answer is read back as
 * JSON. The engines differ in what they put in the body and take from the answer, not in how they talk.
 */
final class JsonEndpoint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MtEngineConfig config;
    private final HttpPost http;

    JsonEndpoint(MtEngineConfig config, HttpPost http) {
        this.config = config;
        this.http = http;
    }

    MtEngineConfig config() {
        return config;
    }

    /** An empty request body. */
    ObjectNode newBody() {
        return JSON.createObjectNode();
    }

    /** Posts {@code body} with the extra {@code headers} to the configured URL; the answer, parsed. */
    JsonNode post(Map<String, String> headers, ObjectNode body) throws MtException, InterruptedException {
        String answer = http.post(URI.create(config.url()), headers, body.toString());
        try {
            return JSON.readTree(answer);
        } catch (JsonProcessingException e) {
            throw new MtException(config.name() + ": the answer is not valid JSON");
        }
    }
}

package org.hamgam.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamgam.model.MtEngineConfig;
import org.hamgam.model.TermHit;

/**
 * An OpenAI-compatible {@code /chat/completions} endpoint (OpenAI, Ollama, llama.cpp server, vLLM, …). One
 * request a segment, so that each carries its own context and glossary constraints.
 */
final class OpenAiChatEngine implements MtEngine {
    static final String SYSTEM_PROMPT = """
            You are a professional translator of Persian (Farsi) news and political analysis into English.
            Translate only the sentence that follows "Translate:". Keep its meaning, register and sentence structure \
            where English allows; keep names, numbers, dates and quotations exact; write names in their usual English \
            spelling. When a glossary is given, use exactly its English term for each listed Persian term. Earlier \
            sentences of the document are given for context only: do not translate them. Answer with the English \
            translation alone, without notes, explanations or quotation marks.""";

    private final JsonEndpoint endpoint;
    private final String apiKey;

    OpenAiChatEngine(JsonEndpoint endpoint, String apiKey) {
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
        return String.join("\n", config.type(), config.url(), config.model(), Double.toString(config.temperature()),
                systemPrompt());
    }

    @Override
    public List<String> translate(List<MtRequest> batch) throws MtException, InterruptedException {
        List<String> out = new ArrayList<>(batch.size());
        for (MtRequest request : batch) {
            out.add(translate(request));
        }
        return out;
    }

    private String systemPrompt() {
        String prompt = config().systemPrompt();
        return prompt.isEmpty() ? SYSTEM_PROMPT : prompt;
    }

    private String translate(MtRequest request) throws MtException, InterruptedException {
        MtEngineConfig config = config();
        ObjectNode body = endpoint.newBody();
        body.put("model", config.model());
        body.put("temperature", config.temperature());
        body.put("stream", false);
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", systemPrompt());
        messages.addObject().put("role", "user").put("content", userMessage(request));
        Map<String, String> headers = apiKey.isEmpty() ? Map.of() : Map.of("Authorization", "Bearer " + apiKey);
        JsonNode content = endpoint.post(headers, body).path("choices").path(0).path("message").path("content");
        if (!content.isTextual() || content.asText().isBlank()) {
            throw new MtException(config.name() + ": the answer has no choices[0].message.content");
        }
        return content.asText().strip();
    }

    /** The user turn: context, glossary constraints, then the sentence. */
    static String userMessage(MtRequest request) {
        StringBuilder out = new StringBuilder();
        if (!request.context().isEmpty()) {
            out.append("Context (earlier sentences, do not translate):\n");
            for (String sentence : request.context()) {
                out.append(sentence).append('\n');
            }
            out.append('\n');
        }
        if (!request.constraints().isEmpty()) {
            out.append("Glossary (use these English terms):\n");
            List<String> seen = new ArrayList<>();
            for (TermHit hit : request.constraints()) {
                String line = hit.surface() + " = " + hit.target();
                if (!seen.contains(line)) {
                    seen.add(line);
                    out.append("- ").append(line).append('\n');
                }
            }
            out.append('\n');
        }
        out.append("Translate:\n").append(request.text());
        return out.toString();
    }
}

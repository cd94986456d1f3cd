package org.hamgam.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hamgam.model.DraftConfig;

/**
 * Reads the drafting settings ({@code tm} and {@code mt}) of a {@code hamgam.json}. A broken file, a wrong setting
 * or a setting of no known name ({@code "treshold"}) is reported with the file, line and column: a misspelt setting
 * left silently at its default would look like one that took effect. An API key written into the file is refused
 * rather than used.
 */
public final class DraftConfigFile {
    /** The file name looked for in the working folder. */
    public static final String NAME = "hamgam.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DraftConfigFile() {
    }

    /** The settings in {@code file}. */
    public static DraftConfig read(Path file) throws IOException, BadInputException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        if (json.isBlank()) {
            return DraftConfig.empty();
        }
        try {
            refuseInlineKeys(MAPPER.readTree(json), file);
            DraftConfig config = MAPPER.readValue(json, DraftConfig.class);
            return config == null ? DraftConfig.empty() : config;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new BadInputException(file, where + message(e), e);
        }
    }

    private static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String section = unknown.getPath().size() > 1 ? " in \"" + unknown.getPath().get(0).getFieldName() + "\""
                    : "";
            List<String> known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            return "unknown setting \"" + unknown.getPropertyName() + "\"" + section + " (known: "
                    + String.join(", ", known) + ")";
        }
        Throwable cause = e instanceof ValueInstantiationException && e.getCause() != null ? e.getCause() : e;
        return cause == e ? e.getOriginalMessage() : cause.getMessage();
    }

    /** A key written into the file would end up in backups and version control: only a variable name is allowed. */
    private static void refuseInlineKeys(JsonNode root, Path file) throws BadInputException {
        JsonNode engines = root == null ? null : root.path("mt");
        if (engines == null || !engines.isArray()) {
            return;
        }
        for (JsonNode engine : engines) {
            for (String field : List.of("apiKey", "api_key", "key", "token")) {
                if (engine.has(field)) {
                    throw new BadInputException(file, "\"" + field + "\" is not read: put the key in an environment"
                            + " variable and name the variable in \"apiKeyEnv\"");
                }
            }
        }
    }

    /** The settings in {@code folder/hamgam.json}, or the empty configuration when there is no such file. */
    public static DraftConfig readIfPresent(Path folder) throws IOException, BadInputException {
        Path file = folder.resolve(NAME);
        return Files.isRegularFile(file) ? read(file) : DraftConfig.empty();
    }
}

package org.hamgam.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks a run's outputs against its inputs the way a reviewer would: every non-space character of the Persian
 * and the English input is, in order, in a bead of the document's JSONL or in a skipped span listed there; and no
 * temporary or staging file is left in the output folder.
 */
final class OutputAudit {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OutputAudit() {
    }

    /** The text a document's JSONL carries for one side ({@code fa} or {@code en}), in document order. */
    static String sideText(Path jsonl, String side) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode node = MAPPER.readTree(line);
            if ("skipped".equals(node.path("kind").asText())) {
                if (side.equals(node.path("side").asText())) {
                    out.append(node.path("text").asText());
                }
            } else {
                out.append(node.path(side.equals("fa") ? "source" : "target").path("original").asText());
            }
        }
        return out.toString();
    }

    /** The reasons of the spans a document's JSONL lists as skipped on {@code side}. */
    static List<String> skippedReasons(Path jsonl, String side) throws IOException {
        List<String> reasons = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode node = MAPPER.readTree(line);
            if ("skipped".equals(node.path("kind").asText()) && side.equals(node.path("side").asText())) {
                reasons.add(node.path("reason").asText());
            }
        }
        return reasons;
    }

    /** Asserts that every non-space character of {@code input} is, in order, in the JSONL's {@code side}. */
    static void assertNothingLost(Path input, Path jsonl, String side) throws IOException {
        String expected = withoutSpaces(Files.readString(input, StandardCharsets.UTF_8));
        assertThat(withoutSpaces(sideText(jsonl, side)))
                .as("%s side of %s as listed in %s", side, input.getFileName(), jsonl)
                .isEqualTo(expected);
    }

    /** Files in the output folder that a finished run must not leave: temporary, staging or backup files. */
    static List<Path> leftovers(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(p -> !p.equals(output))
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".tmp") || name.startsWith(".staging") || name.startsWith(".replaced")
                                || name.startsWith(".publish");
                    })
                    .toList();
        }
    }

    static String withoutSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && cp != 0xFEFF).forEach(out::appendCodePoint);
        return out.toString();
    }
}

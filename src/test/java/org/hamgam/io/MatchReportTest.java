package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.hamgam.model.TermHit;
import org.junit.jupiter.api.Test;

class MatchReportTest {
    @Test
    void formatsOneLineAsDocumented() {
        TermHit hit = new TermHit("t:1", "پهپاد", "drone", 0, 9, "پهپادهای");
        assertThat(MatchReport.jsonLine(1, "پهپادهای \"x\"", List.of(hit))).isEqualTo(
                "{\"line\": 1, \"text\": \"پهپادهای \\\"x\\\"\", \"terms\": [{\"source\": \"پهپاد\", \"target\": \"drone\", "
                        + "\"start\": 0, \"end\": 9, \"surface\": \"پهپادهای\"}]}");
    }

    @Test
    void emptyTermsAndControlCharactersStayOnOneLine() throws Exception {
        String line = MatchReport.jsonLine(7, "a\tb\u2028", List.of());
        assertThat(line).doesNotContain("\n").endsWith("\"terms\": []}");
        JsonNode n = new ObjectMapper().readTree(line);
        assertThat(n.get("line").asInt()).isEqualTo(7);
        assertThat(n.get("text").asText()).isEqualTo("a\tb\u2028");
    }
}

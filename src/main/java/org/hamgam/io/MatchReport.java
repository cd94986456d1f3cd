package org.hamgam.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.hamgam.model.TermHit;

/**
 * The output of {@code hamgam glossary match}: one JSON object a line of input,
 * {@code {"line": 1, "text": "…", "terms": [{"source": …, "target": …, "start": 0, "end": 5, "surface": …}]}},
 * offsets in UTF-16 code units of that line, end exclusive. Pure: it formats, the caller writes.
 */
public final class MatchReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MatchReport() {
    }

    /** One JSON Lines record, without the line break. */
    public static String jsonLine(int lineNumber, String text, List<TermHit> hits) {
        ObjectNode o = JSON.createObjectNode();
        o.put("line", lineNumber);
        o.put("text", text);
        ArrayNode terms = o.putArray("terms");
        for (TermHit h : hits) {
            ObjectNode t = terms.addObject();
            t.put("source", h.source());
            t.put("target", h.target());
            if (!h.alternatives().isEmpty()) {
                h.alternatives().forEach(t.putArray("alternatives")::add);
            }
            t.put("start", h.start());
            t.put("end", h.end());
            t.put("surface", h.surface());
        }
        try {
            return JSON.writer(new SpacedPrinter()).writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line, with a space after each colon and comma, as the documentation shows it. */
    private static final class SpacedPrinter extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}

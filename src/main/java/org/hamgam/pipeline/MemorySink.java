package org.hamgam.pipeline;

import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link FileSink} that keeps the files in memory, for a document small enough to hold: a reviewed one. */
public final class MemorySink implements FileSink {
    private final Map<String, StringWriter> files = new LinkedHashMap<>();

    @Override
    public Writer open(String name) {
        StringWriter out = new StringWriter();
        files.put(name, out);
        return out;
    }

    /** The files opened so far, in the order they were opened: name → content. */
    public Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((name, text) -> out.put(name, text.toString()));
        return out;
    }
}

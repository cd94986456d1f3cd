package org.hamgam.qa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** The words of a word list on the class path: one a line, blank lines and {@code #} comments left out. */
final class ResourceLines {
    private ResourceLines() {
    }

    /**
     * The stripped lines of {@code resource} (resolved against this package), in file order.
     *
     * @param what what the list is, for the message when it is missing
     */
    static Set<String> read(String resource, String what) {
        Set<String> out = new LinkedHashSet<>();
        try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " is missing: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return out;
    }
}

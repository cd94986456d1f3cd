package org.hamgam.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hamgam.model.Bitext;

/** One document of a batch that was processed and written. */
public record DocumentResult(String name, Path persian, Optional<Path> english, Bitext bitext, List<String> files) {
    public DocumentResult {
        files = List.copyOf(files);
    }
}

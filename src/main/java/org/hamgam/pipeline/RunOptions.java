package org.hamgam.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.nio.charset.Charset;

/**
 * Settings of a batch run.
 *
 * @param glossaries      term bases (files or folders) in priority order; may be empty
 * @param threads         documents processed at once (at least 1)
 * @param reviewThreshold beads with a confidence below it are flagged for review
 * @param grammar         whether LanguageTool checks English spelling and grammar
 * @param encoding        forces the encoding of input files, or detects it when empty
 */
public record RunOptions(Path input, List<Path> glossaries, Path output, int threads, double reviewThreshold,
                         boolean grammar, Optional<Charset> encoding) {
    public RunOptions {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        glossaries = List.copyOf(glossaries);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Objects.requireNonNull(encoding, "encoding");
    }

    /** The same settings writing to {@code folder}. */
    public RunOptions withOutput(Path folder) {
        return new RunOptions(input, glossaries, folder, threads, reviewThreshold, grammar, encoding);
    }
}

package org.hamgam.cli;

import org.hamgam.io.BadInputException;
import org.hamgam.io.LineReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The text a command reads: one file or standard input, with an optional forced encoding. */
final class TextInput {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Text file, or - for standard input (default).")
    String file = "-";

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Input encoding (default: detected).")
    String encoding;

    /** Opens the input for reading a line at a time, so that memory stays bounded. */
    LineReader lines() throws BadInputException {
        return LineReader.open(file, Inputs.charset(encoding));
    }

    String read() throws BadInputException {
        return Inputs.read(file, Inputs.charset(encoding));
    }

    /** A name for the input in documents and messages. */
    String name() {
        return file.equals("-") ? "stdin" : java.nio.file.Path.of(file).getFileName().toString();
    }
}

package org.hamgam.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}; {@link Main} reads it before parsing, to set up logging and stack traces. */
final class VerboseOption {
    @Option(names = {"-v", "--verbose"}, description = "Print more, and stack traces of errors.")
    boolean verbose;
}

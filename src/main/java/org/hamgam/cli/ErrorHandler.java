package org.hamgam.cli;

import org.hamgam.model.Secrets;
import org.hamgam.io.BadInputException;
import picocli.CommandLine;

/**
 * Turns exceptions into one-line messages and exit codes: bad input is exit 2 without a stack trace, an output
 * that cannot be written exit 3; anything else is an internal error (exit 1), with the stack trace only under {@code --verbose}. Credentials in URLs are
 * hidden from every message.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final boolean verbose;

    ErrorHandler(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        var err = cmd.getErr();
        if (e instanceof CommandLine.ParameterException usage) {
            err.println("hamgam: " + usage.getMessage());
            usage.getCommandLine().usage(err);
            return Main.BAD_INPUT;
        }
        if (isBadInput(e)) {
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + Secrets.redact(e.getMessage()));
        } else if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + Secrets.redact(e.getMessage()));
        } else {
            err.println("hamgam " + cmd.getCommandName() + ": internal error: " + Secrets.redact(e.toString())
                    + (verbose ? "" : " (run with --verbose for details)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode(e);
    }

    static int exitCode(Throwable e) {
        if (e instanceof org.hamgam.io.OutputWriteException) {
            return Main.CANNOT_WRITE;
        }
        return isBadInput(e) ? Main.BAD_INPUT : Main.SOME_FAILED;
    }

    static boolean isBadInput(Throwable e) {
        return e instanceof BadInputException || e instanceof UsageException
                || e instanceof org.hamgam.glossary.GlossaryException
                || e instanceof org.hamgam.io.MalformedFileException
                || e instanceof java.nio.file.NoSuchFileException;
    }
}

package org.hamgam.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.GlossaryException;
import org.hamgam.io.GlossaryFiles;
import picocli.CommandLine.Option;

/**
 * {@code --glossary} for commands where term bases are optional, and the one way every command loads term bases:
 * none given is the empty glossary, and each warning about a bad row goes to standard error.
 */
final class GlossaryOption {
    @Option(names = "--glossary", paramLabel = "PATH", description = "Term base file or folder; repeatable.")
    List<Path> paths = new ArrayList<>();

    /** The term bases given, their warnings printed as {@code COMMAND: warning: …}. */
    Glossary load(PrintWriter err, String command) throws GlossaryException {
        return load(paths, err, command);
    }

    /** The term bases in {@code paths} (the empty glossary for none), their warnings printed to {@code err}. */
    static Glossary load(List<Path> paths, PrintWriter err, String command) throws GlossaryException {
        Glossary glossary = paths.isEmpty() ? Glossary.empty() : GlossaryFiles.load(paths);
        glossary.warnings().forEach(w -> err.println(command + ": warning: " + w));
        return glossary;
    }
}

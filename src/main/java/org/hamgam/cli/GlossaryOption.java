package org.hamgam.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.GlossaryException;
import org.hamgam.pipeline.GlossaryFiles;
import picocli.CommandLine.Option;

/**
 * {@code --glossary} for every command that reads term bases, and the one way they are loaded: the paths given,
 * or else the project's {@code glossary/} folder when it exists, so that {@code run}, {@code align}, {@code qa}
 * and {@code glossary match} see the same terms without being told.
 */
final class GlossaryOption {
    /** The folder every command reads when no {@code --glossary} is given, if it exists. */
    static final Path DEFAULT_FOLDER = Path.of("glossary");

    @Option(names = "--glossary", paramLabel = "PATH", description = "Term base file (TSV, CSV, TBX) or folder of "
            + "them; repeat for several, the first wins conflicts (default: glossary/, when it exists).")
    List<Path> paths = new ArrayList<>();

    /** The paths given, or the default folder when none was given and it exists; may be empty. */
    List<Path> effectivePaths() {
        return effectivePaths(paths);
    }

    static List<Path> effectivePaths(List<Path> given) {
        if (!given.isEmpty()) {
            return given;
        }
        return Files.isDirectory(DEFAULT_FOLDER) ? List.of(DEFAULT_FOLDER) : List.of();
    }

    /**
     * The term bases in effect, their warnings printed as {@code COMMAND: warning: …}; {@code ifEmpty} says what
     * term bases that hold no terms mean to this command.
     */
    Glossary load(PrintWriter err, String command, String ifEmpty) throws GlossaryException {
        return load(effectivePaths(), err, command, ifEmpty);
    }

    /**
     * The term bases in {@code paths} (the empty glossary for none), their warnings printed to {@code err}, and
     * {@code ifEmpty} when paths were given that hold no terms.
     */
    static Glossary load(List<Path> paths, PrintWriter err, String command, String ifEmpty)
            throws GlossaryException {
        Glossary glossary = GlossaryFiles.load(paths);
        glossary.warnings().forEach(w -> err.println(command + ": warning: " + w));
        if (!paths.isEmpty() && glossary.size() == 0) {
            err.println(command + ": warning: " + String.join(", ", paths.stream().map(Path::toString).toList())
                    + (paths.size() == 1 ? " holds" : " hold") + " no terms: " + ifEmpty);
        }
        return glossary;
    }
}

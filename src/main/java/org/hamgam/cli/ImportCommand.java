package org.hamgam.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hamgam.io.BadInputException;
import org.hamgam.io.ReviewImporter;
import org.hamgam.io.TmxMemory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hamgam import}: brings reviewed files back into the translation memory. */
@Command(name = "import", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
                "  # a reviewed file into output/tm.tmx",
                "  ./hamgam import output/000_197c25bd1892c35a/000_197c25bd1892c35a.xlf",
        },
        description = {"Read files a reviewer edited (XLIFF 2.1, XLIFF 1.2 or the TSV), report what changed against "
                + "the generated file, and append the approved pairs to the translation memory without duplicates.",
                "A pair counts as approved when its XLIFF 2 state is translated, reviewed or final (XLIFF 1.2: "
                        + "translated, signed-off, final or approved=\"yes\"); in the TSV, when the reviewer changed "
                        + "the English against the TSV that run wrote. --accept-edited also takes every edited XLIFF "
                        + "target as approved, whatever its state."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Reviewed files.")
    List<Path> files;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Where run wrote the generated files, to compare against (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Option(names = "--tm", paramLabel = "FILE", description = "Translation memory to append to (default: OUTPUT/tm.tmx).")
    Path tm;

    @Option(names = "--accept-edited", description = "Take every target a reviewer edited as approved, whatever "
            + "its state (for tools that do not set states).")
    boolean acceptEdited;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        Path memory = tm == null ? output.resolve("tm.tmx") : tm;
        InputGuard.requireNotInput("--tm", memory, files);
        PrintWriter out = spec.commandLine().getOut();
        ReviewImporter importer = new ReviewImporter(acceptEdited);
        List<ReviewImporter.ApprovedPair> approved = new ArrayList<>();
        int refused = 0;
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                throw new BadInputException(file, "is a folder: give the reviewed files themselves (NAME.xlf, "
                        + "NAME.xliff12.xlf or NAME.tsv)");
            }
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(file, "no such file");
            }
            if (Files.size(file) == 0) {
                throw new BadInputException(file, "is empty: there is nothing to import");
            }
            Path generated = generatedFor(file);
            if (generated == null && isTsv(file) && Files.exists(expected(file))) {
                throw new BadInputException(file, "is the review table run wrote, with nothing to compare it with: "
                        + "edit a copy elsewhere and import the copy");
            }
            if (generated == null && isTsv(file)) {
                throw new BadInputException(file, "a review table has no approval of its own: its edited English "
                        + "counts only against the table run wrote, and there is none at " + expected(file)
                        + " (give --output DIR, the folder run wrote)");
            }
            ReviewImporter.Result result = importer.read(file, generated);
            out.println(file + (generated == null ? "" : " (compared with " + generated + ")") + ":");
            out.print(result.table());
            approved.addAll(result.approved());
            refused += result.refused().size();
            if (generated == null) {
                spec.commandLine().getErr().println("hamgam import: " + file + ": no file of the run under " + output
                        + " to compare with: segment ids not checked");
            }
        }
        if (approved.isEmpty()) {
            spec.commandLine().getErr().println("hamgam import: warning: no pair is approved, so nothing was added to "
                    + memory + ". A pair is approved when its XLIFF state is reviewed or final (1.2: signed-off or "
                    + "final) or, in the review table, when its English was edited; --accept-edited takes every "
                    + "edited target.");
            out.println("approved pairs: 0" + (refused == 0 ? "" : "; refused: " + refused + " (listed above)"));
            out.flush();
            return refused == 0 ? Main.OK : Main.SOME_FAILED;
        }
        int added = TmxMemory.append(memory, approved);
        out.println("approved pairs: " + approved.size() + "; added to " + memory + ": " + added
                + (added < approved.size() ? " (the others were already there)" : "")
                + (refused == 0 ? "" : "; refused: " + refused + " (listed above)"));
        out.flush();
        return refused == 0 ? Main.OK : Main.SOME_FAILED;
    }

    private static boolean isTsv(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv");
    }

    /** Where {@code run} would have written a file of this name. */
    private Path expected(Path reviewed) {
        String name = reviewed.getFileName().toString();
        String doc = name.replaceFirst("(\\.xliff12)?\\.(xlf|xliff|tsv)$", "");
        return output.resolve(doc).resolve(name);
    }

    /** The file {@code run} wrote under the same name, if it exists and is not the reviewed file itself. */
    private Path generatedFor(Path reviewed) throws java.io.IOException {
        Path candidate = expected(reviewed);
        if (Files.isRegularFile(candidate) && !Files.isSameFile(candidate, reviewed)) {
            return candidate;
        }
        return null;
    }
}

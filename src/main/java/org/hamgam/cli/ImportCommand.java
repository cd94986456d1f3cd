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
                "XLIFF targets count as approved when their state is translated, reviewed or final; TSV rows when "
                        + "the reviewer changed the English."})
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

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ReviewImporter importer = new ReviewImporter();
        List<ReviewImporter.ApprovedPair> approved = new ArrayList<>();
        int refused = 0;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(file, "no such file");
            }
            Path generated = generatedFor(file);
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
        Path memory = tm == null ? output.resolve("tm.tmx") : tm;
        int added = TmxMemory.append(memory, approved);
        out.println("approved pairs: " + approved.size() + "; added to " + memory + ": " + added
                + " (the others were already there)" + (refused == 0 ? "" : "; refused: " + refused + " (listed above)"));
        out.flush();
        return refused == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** The file {@code run} wrote under the same name, if it exists and is not the reviewed file itself. */
    private Path generatedFor(Path reviewed) throws java.io.IOException {
        String name = reviewed.getFileName().toString();
        String doc = name.replaceFirst("(\\.xliff12)?\\.(xlf|xliff|tsv)$", "");
        Path candidate = output.resolve(doc).resolve(name);
        if (Files.isRegularFile(candidate) && !Files.isSameFile(candidate, reviewed)) {
            return candidate;
        }
        return null;
    }
}

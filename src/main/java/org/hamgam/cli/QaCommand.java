package org.hamgam.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hamgam.glossary.Glossary;
import org.hamgam.io.BadInputException;
import org.hamgam.io.IssueReport;
import org.hamgam.io.QaInputReader;
import org.hamgam.io.SeveritySummary;
import org.hamgam.io.WordListFiles;
import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.pipeline.PairChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hamgam qa}: checks Persian–English pairs. */
@Command(name = "qa", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
                "  # every document ./hamgam run wrote",
                "  ./hamgam qa output/",
                "  ./hamgam qa --no-grammar --fail-on error pairs.tsv",
        },
        description = {"Check Persian-English pairs: terminology, number, untranslated, same-as-source, length, "
                + "inconsistent, punctuation, whitespace, near-miss, spelling and grammar (LanguageTool; British and "
                + "American spellings both accepted unless --english is given), and "
                + "LanguageTool's Persian rules on the source (source-*, never counted as translation errors).",
                "FILE is a TSV with a header row id<TAB>source<TAB>target, a TMX, an XLIFF (1.2 or 2.x), or a "
                        + "folder 'hamgam run' wrote (its NAME/NAME.xlf files)."})
final class QaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Pairs to check.")
    Path file;

    @Mixin
    GlossaryOption glossaries;

    @Option(names = "--json", description = "Print a JSON array of findings instead of a table.")
    boolean json;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit with 1 when a finding of this severity or worse exists: error or warning.")
    String failOn;

    @Option(names = "--no-grammar", description = "Skip LanguageTool (spelling, grammar, source-*); much faster.")
    boolean noGrammar;

    @Option(names = "--words", paramLabel = "FILE", description = "Words the English speller must accept, one a "
            + "line (a Hunspell .dic works too); repeatable.")
    List<Path> wordLists = new ArrayList<>();

    @Option(names = "--english", paramLabel = "VARIANT", description = "The English the targets must be written in: "
            + "en-US or en-GB; the other variant's spellings are then warnings. Default: both accepted.")
    String english;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        Severity level = failOn == null ? null : switch (failOn) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> throw new UsageException("--fail-on must be error or warning, not " + failOn);
        };
        if (english != null && !english.equals("en-US") && !english.equals("en-GB")) {
            throw new UsageException("--english must be en-US or en-GB, not " + english);
        }
        Glossary glossary = glossaries.load(spec.commandLine().getErr(), "hamgam qa");
        List<QaPair> pairs = new ArrayList<>();
        for (Path input : inputs()) {
            pairs.addAll(QaInputReader.read(input));
        }
        Set<String> words = noGrammar ? Set.of() : WordListFiles.load(wordLists);
        List<Issue> issues = PairChecks.check(pairs, glossary, !noGrammar, words, english);
        var out = spec.commandLine().getOut();
        out.print(json ? IssueReport.toJson(issues) + "\n" : IssueReport.toTable(issues));
        out.flush();
        // on the error stream, so that the table and the JSON stay as tools read them
        spec.commandLine().getErr().println(SeveritySummary.line(issues, pairs.size()));
        spec.commandLine().getErr().flush();
        return level != null && IssueReport.failsAt(issues, level) ? Main.SOME_FAILED : Main.OK;
    }

    /** The file itself, or the XLIFF 2 files of a run's output folder. */
    private List<Path> inputs() throws Exception {
        if (!Files.exists(file)) {
            throw new BadInputException(file, "no such file or folder");
        }
        if (!Files.isDirectory(file)) {
            return List.of(file);
        }
        try (Stream<Path> walk = Files.walk(file, 2)) {
            List<Path> xliff = walk.filter(p -> p.getFileName().toString().endsWith(".xlf")
                    && !p.getFileName().toString().endsWith(".xliff12.xlf")).sorted().toList();
            if (xliff.isEmpty()) {
                throw new BadInputException(file, "no NAME/NAME.xlf files here; is this a folder 'hamgam run' wrote?");
            }
            return xliff;
        }
    }
}

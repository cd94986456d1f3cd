package org.hamgam.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hamgam.glossary.Glossary;
import org.hamgam.io.BadInputException;
import org.hamgam.io.IssueReport;
import org.hamgam.io.QaInput;
import org.hamgam.io.QaInputReader;
import org.hamgam.io.SeveritySummary;
import org.hamgam.io.WordListFiles;
import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.pipeline.PairChecks;
import org.hamgam.pipeline.RowChecker;
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
        description = {"Check Persian-English pairs: terminology, number, date, currency, placeholder, untranslated, "
                + "same-as-source, length, omission, inconsistent, punctuation, whitespace, space-before-period, near-miss, doubled-word, "
                + "spelling and grammar (LanguageTool; British and "
                + "American spellings both accepted unless --english is given), and "
                + "LanguageTool's Persian rules on the source (source-*, never counted as translation errors).",
                "FILE is a TSV with a header row id<TAB>source<TAB>target (or the review table NAME.tsv that run "
                        + "writes; further columns such as notes are ignored, but a row with another number of cells "
                        + "than the header, or an id used twice, is an error naming the line; \\t, \\n, \\r and "
                        + "\\\\ in a cell stand for a tab, a line break, a carriage return and a backslash, as "
                        + "in the review table and for import), a TMX, an XLIFF (1.2 or 2.x), or a folder 'hamgam run' wrote (its NAME/NAME.xlf "
                        + "files; each finding then names its document, and its pair by the row id the run's TSV "
                        + "uses, e.g. art:6). "
                        + "Persian a reviewer accepted as having no English gives one no-counterpart information "
                        + "instead of findings on the missing English. In such a folder, or in one file of it, the empty "
                        + "targets of a document that had no English are work still to do, not findings: one line "
                        + "counts them.",
                "One summary line on standard error counts the findings by severity, saying apart those on the "
                        + "Persian source that --fail-on does not count."})
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
            description = "Exit with 1 when a finding on the translation of this severity or worse exists: error "
                    + "or warning (findings on the Persian source, source-*, are not counted; the summary line says "
                    + "them apart).")
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
        Glossary glossary = glossaries.load(spec.commandLine().getErr(), "hamgam qa",
                "terminology is not checked");
        // Read even when LanguageTool does not run, so that a word list that is not there is said as run says it.
        Set<String> userWords = WordListFiles.load(wordLists);
        Set<String> words = noGrammar ? Set.of() : userWords;
        Path run = Files.isDirectory(file) ? file : runFolderOf(file);
        Set<String> drafts = run == null ? Set.of() : QaInputReader.draftDocuments(run);
        Map<String, List<QaPair>> documents = new LinkedHashMap<>();
        Map<String, Map<String, String>> decisions = new LinkedHashMap<>();
        int pairs = 0;
        int untranslated = 0;
        for (Path input : inputs()) {
            String document = Files.isDirectory(file) ? documentOf(input) : "";
            QaInput given = QaInputReader.readInput(input);
            decisions.computeIfAbsent(document, d -> new LinkedHashMap<>()).putAll(given.noCounterpart());
            List<QaPair> read = given.pairs();
            pairs += read.size();
            if (drafts.contains(Files.isDirectory(file) ? document : documentFolder(input))) {
                // A document that had no English is still to translate: its empty targets are work, not errors.
                List<QaPair> translated = read.stream().filter(p -> !p.target().isBlank()).toList();
                untranslated += read.size() - translated.size();
                read = translated;
            }
            documents.computeIfAbsent(document, d -> new ArrayList<>()).addAll(read);
        }
        Map<String, List<Issue>> found = new LinkedHashMap<>(
                PairChecks.checkEach(documents, glossary, !noGrammar, words, english));
        // A reviewer's word that Persian has no English stands, as in the run's own files.
        decisions.forEach((document, accepted) -> accepted.forEach((id, reviewer) ->
                found.computeIfPresent(document, (d, issues) -> RowChecker.withoutCounterpart(issues, id, reviewer))));
        List<Issue> issues = found.values().stream().flatMap(List::stream).toList();
        var out = spec.commandLine().getOut();
        out.print(json ? IssueReport.toJson(found) : IssueReport.toTable(found));
        out.flush();
        // on the error stream, so that the table and the JSON stay as tools read them
        var err = spec.commandLine().getErr();
        err.println(SeveritySummary.line(issues, pairs - untranslated));
        if (untranslated > 0) {
            err.println("qa: " + Counted.of(untranslated, "segment") + " of documents "
                    + "without English still to translate (not checked, and not findings)");
        }
        err.flush();
        return level != null && IssueReport.failsAt(issues, level) ? Main.SOME_FAILED : Main.OK;
    }

    /** The document a file of a run's output folder belongs to: its folder's name. */
    private String documentOf(Path input) {
        Path parent = file.relativize(input).getParent();
        return parent == null ? input.getFileName().toString().replaceFirst("\\.xlf$", "") : parent.toString();
    }

    /**
     * The run's output folder a single file lies in as {@code OUTPUT/NAME/NAME.*}, whose index says whether its
     * document had English; {@code null} for a file elsewhere.
     */
    private static Path runFolderOf(Path single) {
        Path folder = single.toAbsolutePath().normalize().getParent();
        Path run = folder == null ? null : folder.getParent();
        boolean ownFile = folder != null && single.getFileName().toString().startsWith(folder.getFileName() + ".");
        return ownFile && run != null && Files.isRegularFile(run.resolve("index.json")) ? run : null;
    }

    /** The name of the folder a single file lies in: its document's, in a run's output. */
    private static String documentFolder(Path single) {
        Path folder = single.toAbsolutePath().normalize().getParent();
        return folder == null || folder.getFileName() == null ? "" : folder.getFileName().toString();
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

package org.hamgam.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hamgam.draft.Translator;
import org.hamgam.draft.Translators;
import org.hamgam.glossary.Glossary;
import org.hamgam.io.GlossaryFiles;
import org.hamgam.pipeline.BatchResult;
import org.hamgam.pipeline.BatchRunner;
import org.hamgam.pipeline.IndexFiles;
import org.hamgam.pipeline.OutputFormats;
import org.hamgam.pipeline.RunOptions;
import org.hamgam.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hamgam run}: the main job, every document of a folder into review files. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Process every Persian document of the input folder (NAME.txt or NAME.fa.txt, with its "
                + "English counterpart NAME.en.txt when there is one): normalize, segment, find glossary terms, "
                + "align with the English or prepare drafts, check, and write the review files to OUTPUT/NAME/.",
                "Runs with no options on seeds/ and glossary/ into output/."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "DIR", description = "Folder of documents (default: ${DEFAULT-VALUE}).")
    Path input = Path.of("seeds");

    @Option(names = "--glossary", paramLabel = "PATH",
            description = "Term base file (TSV, CSV, TBX) or folder of them; repeat for several, first wins "
                    + "conflicts (default: glossary, when it exists).")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", description = "Folder for the review files (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed at once (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--review-threshold", paramLabel = "X",
            description = "Beads with a confidence below X are flagged for review (default: ${DEFAULT-VALUE}).")
    double reviewThreshold = 0.5;

    @Option(names = "--no-grammar", description = "Skip LanguageTool's English spelling and grammar checks (faster).")
    boolean noGrammar;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of the input files (default: detected).")
    String encoding;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and failures.")
    boolean quiet;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        if (!(reviewThreshold >= 0 && reviewThreshold <= 1)) {
            throw new UsageException("--review-threshold must be between 0 and 1");
        }
        List<Path> glossaryPaths = glossaries.isEmpty() && java.nio.file.Files.exists(Path.of("glossary"))
                ? List.of(Path.of("glossary")) : glossaries;
        RunOptions options = new RunOptions(input, glossaryPaths, output, threads, reviewThreshold, !noGrammar,
                Inputs.charset(encoding));
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), quiet, verbose.verbose);
        Glossary glossary = GlossaryFiles.load(glossaryPaths);
        glossary.warnings().forEach(progress::warning);
        Translator translator = Translators.none();
        if (!quiet) {
            progress.info("glossary: " + glossary.size() + " terms; drafts for documents without English: "
                    + translator.describe());
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("input", input.toString());
        settings.put("glossaries", glossaryPaths.toString());
        settings.put("glossary-terms", String.valueOf(glossary.size()));
        settings.put("review-threshold", String.valueOf(reviewThreshold));
        settings.put("grammar", String.valueOf(!noGrammar));
        settings.put("drafts", translator.describe());
        BatchRunner runner = new BatchRunner(options,
                Stages.standard(glossary, translator, reviewThreshold, !noGrammar), progress);
        BatchResult result;
        try {
            result = runner.run(OutputFormats.standard(reviewThreshold), new IndexFiles(settings));
        } finally {
            progress.finish();
        }
        if (!quiet) {
            progress.info("wrote " + result.documents().size() + " document(s) to " + output
                    + (result.ok() ? "" : "; " + result.failures().size() + " failed"));
        }
        return result.ok() ? Main.OK : Main.SOME_FAILED;
    }
}

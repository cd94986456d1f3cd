package org.hamgam.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.nio.file.Files;
import java.util.Optional;
import java.util.stream.Stream;
import org.hamgam.draft.DraftChain;
import org.hamgam.draft.Secrets;
import org.hamgam.model.DraftConfig;
import org.hamgam.model.MtCache;
import org.hamgam.draft.TranslationMemory;
import org.hamgam.draft.Translators;
import org.hamgam.io.BadInputException;
import org.hamgam.io.DiskMtCache;
import org.hamgam.io.DraftConfigFile;
import org.hamgam.io.TmxReader;
import org.hamgam.glossary.Glossary;
import org.hamgam.pipeline.GlossaryFiles;
import org.hamgam.io.InputFolder;
import org.hamgam.io.OmegatProject;
import org.hamgam.model.LanguageTags;
import java.time.Instant;
import org.hamgam.io.WordListFiles;
import org.hamgam.pipeline.BatchMemoryFile;
import org.hamgam.pipeline.BatchResult;
import org.hamgam.pipeline.BatchRunner;
import org.hamgam.pipeline.IndexFiles;
import org.hamgam.pipeline.OmegatFiles;
import org.hamgam.pipeline.OutputFormats;
import org.hamgam.pipeline.RunOptions;
import org.hamgam.pipeline.Stages;
import org.hamgam.pipeline.TermsFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hamgam run}: the main job, every document of a folder into review files. */
@Command(name = "run", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
                "  # seeds/ and glossary/ into output/",
                "  ./hamgam run",
                "  ./hamgam run --input articles --output review --no-grammar",
                "  # drafts from a memory and an MT engine",
                "  ./hamgam run --tm memories/ --config hamgam.json",
        },
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

    @Option(names = "--words", paramLabel = "FILE", description = "Words the English speller must accept, one a "
            + "line (a Hunspell .dic works too); repeatable.")
    List<Path> wordLists = new ArrayList<>();

    @Option(names = "--tm", paramLabel = "PATH",
            description = "Translation memory (TMX file or folder of them) for documents without English; repeatable "
                    + "(default: tm/ if it exists, and OUTPUT/tm.tmx that 'hamgam import' builds).")
    List<Path> memories = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings for drafts: memory options and machine-translation engines (default: hamgam.json "
                    + "in the working folder, if present).")
    Path config;

    @Option(names = "--no-cache", description = "Ask the machine-translation engines again instead of reusing "
            + "cached answers (the cache is refreshed).")
    boolean noCache;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of the input files (default: detected).")
    String encoding;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and failures.")
    boolean quiet;

    @Mixin
    LanguageOptions languages;

    @Mixin
    LexiconOption lexicon;

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
        List<Path> glossaryPaths = GlossaryOption.effectivePaths(glossaries);
        if (!Files.isDirectory(input)) {
            throw new BadInputException(input, Files.exists(input) ? "not a folder" : "no such folder");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new BadInputException(output, "is a file, not a folder: --output names the folder for the "
                    + "review files");
        }
        LanguageTags tags = languages.tags();
        InputFolder.Listing listing = InputFolder.scan(input);
        if (listing.documents().isEmpty()) {
            // Said before the settings are, so that a run of nothing ends in the one line that matters.
            listing.warnings().forEach(w -> spec.commandLine().getErr().println("hamgam: warning: " + w));
            listing.requireDocuments(input);
        }
        Instant created = InputFolder.lastModified(listing);
        RunOptions options = new RunOptions(input, glossaryPaths, output, threads, reviewThreshold, !noGrammar,
                Inputs.charset(encoding));
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), quiet, verbose.verbose);
        Glossary glossary = GlossaryFiles.load(glossaryPaths);
        glossary.warnings().forEach(progress::warning);
        DraftChain drafter = drafter(progress);
        if (!quiet) {
            progress.info("glossary: " + glossary.size() + " terms; drafts for documents without English: "
                    + drafter.describe());
        }
        drafter.notices().forEach(progress::info);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("input", input.toString());
        settings.put("glossaries", glossaryPaths.toString());
        settings.put("glossary-terms", String.valueOf(glossary.size()));
        settings.put("review-threshold", String.valueOf(reviewThreshold));
        settings.put("grammar", String.valueOf(!noGrammar));
        settings.put("drafts", drafter.describe());
        settings.put("languages", tags.source() + " -> " + tags.target());
        lexicon.check();
        settings.put("zwnj-lexicon", lexicon.describe());
        if (!quiet) {
            progress.info("ZWNJ repair: " + lexicon.describe());
        }
        settings.replaceAll((name, value) -> Secrets.redact(value));
        BatchRunner runner = new BatchRunner(options,
                Stages.standard(glossary, drafter, reviewThreshold, !noGrammar, WordListFiles.load(wordLists),
                        lexicon.later()),
                progress);
        BatchResult result;
        try {
            IndexFiles index = new IndexFiles(settings);
            TermsFiles terms = new TermsFiles(glossary);
            BatchMemoryFile memory = new BatchMemoryFile(tags, created);
            OmegatFiles omegat = new OmegatFiles(glossary, tags, created, output);
            result = runner.run(OutputFormats.standard(reviewThreshold, tags, created), List.of(memory, omegat),
                    (o, batch) -> {
                        index.write(o, batch);
                        terms.write(o, batch);
                    });
        } finally {
            progress.finish();
        }
        if (!quiet) {
            progress.info("wrote " + result.documents().size() + " document(s) to " + output
                    + (result.ok() ? "" : "; " + result.failures().size() + " failed"));
            progress.info("for OmegaT, open the project " + output.resolve(OmegatProject.FOLDER)
                    + "; for other CAT tools, NAME/NAME.xlf (XLIFF 2.1), NAME/NAME.xliff12.xlf and "
                    + output.resolve(BatchMemoryFile.NAME));
        }
        return result.ok() ? Main.OK : Main.SOME_FAILED;
    }

    /** Translation memory first, then the configured machine-translation engines. */
    private DraftChain drafter(ConsoleProgress progress) throws Exception {
        DraftConfig settings = config != null ? DraftConfigFile.read(config) : DraftConfigFile.readIfPresent(Path.of("."));
        List<Path> tmPaths = new ArrayList<>(memories);
        if (tmPaths.isEmpty()) {
            settings.tm().paths().forEach(p -> tmPaths.add(Path.of(p)));
            Stream.of(Path.of("tm"), output.resolve("tm.tmx")).filter(Files::exists).forEach(tmPaths::add);
        }
        Optional<TranslationMemory> memory = Optional.empty();
        if (!tmPaths.isEmpty()) {
            memory = Optional.of(TranslationMemory.of(tmPaths.toString(), new TmxReader().readAll(tmPaths)));
        }
        DiskMtCache disk = new DiskMtCache(output.resolve(".mt-cache"));
        MtCache cache = noCache ? MtCache.writeOnly(disk) : disk;
        return Translators.fromConfig(settings, memory, cache, System::getenv, progress::info);
    }
}

package org.hamgam.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.nio.file.Files;
import java.util.Optional;
import java.util.stream.Stream;
import org.hamgam.draft.DraftChain;
import org.hamgam.model.Secrets;
import org.hamgam.model.DraftConfig;
import org.hamgam.model.MtCache;
import org.hamgam.model.TmUnit;
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.BadInputException;
import org.hamgam.io.OutputWriteException;
import org.hamgam.io.DiskMtCache;
import org.hamgam.io.DraftConfigFile;
import org.hamgam.io.TmFiles;
import org.hamgam.glossary.Glossary;
import org.hamgam.pipeline.GlossaryFiles;
import org.hamgam.io.InputFolder;
import org.hamgam.io.OmegatProject;
import org.hamgam.model.LanguageTags;
import java.time.Instant;
import org.hamgam.io.WordListFiles;
import org.hamgam.pipeline.BatchMemoryFile;
import org.hamgam.pipeline.BatchMosesFile;
import org.hamgam.pipeline.BatchPlan;
import org.hamgam.pipeline.BatchResult;
import org.hamgam.pipeline.BatchRunner;
import org.hamgam.pipeline.IndexFiles;
import org.hamgam.pipeline.OmegatFiles;
import org.hamgam.pipeline.OutputFormats;
import org.hamgam.pipeline.RunOptions;
import org.hamgam.pipeline.Stages;
import org.hamgam.pipeline.TermsFiles;
import org.hamgam.review.SavedReviews;
import org.hamgam.text.PersianNormalizer;
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
                "Review decisions saved in OUTPUT/.review/ ('hamgam review') are applied again to each document "
                        + "whose input is unchanged; a review whose input changed is set aside as "
                        + "OUTPUT/.review/NAME.set-aside-TIME.",
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

    @Option(names = "--output", paramLabel = "DIR", description = "Folder for the review files, outside the input "
            + "folder and not holding it (default: ${DEFAULT-VALUE}).")
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
                    + "(default: tm/ if it exists, and OUTPUT/tm.tmx that 'hamgam import' builds). Its drafts go to "
                    + "the review files, never to the TMX or Moses corpora.")
    List<Path> memories = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings for drafts: memory options and machine-translation engines (default: hamgam.json "
                    + "in the working folder, if present); a setting of no known name is an error. An engine that "
                    + "cannot be reached, or whose key variable is not set, is a warning at the end of the run and in "
                    + "index.json; the run still exits 0.")
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

    @Option(names = "--engine", paramLabel = "plain|spark", description = "Runs the batch on this machine's threads "
            + "(plain, the default) or as an Apache Spark job (spark: embedded in local mode, or on a cluster through "
            + "spark-submit; input and output may then be hdfs:// or s3a:// paths).")
    String engine = "plain";

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: Spark's master, e.g. local[2] "
            + "(default: the one spark-submit gives, else local[*]).")
    String master;

    /** The term base {@link #plan} loaded, which the saved reviews are checked against too. */
    private Glossary glossary;

    /**
     * Whether some document has no English and gets drafts, so that how drafts are made is worth saying; a Spark
     * run lists its input on the executors and says it always.
     */
    private boolean drafting = true;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        if (!(reviewThreshold >= 0 && reviewThreshold <= 1)) {
            throw new UsageException("--review-threshold must be between 0 and 1");
        }
        if (!engine.equals("plain") && !engine.equals("spark")) {
            throw new UsageException("--engine is plain or spark, not " + engine);
        }
        if (master != null && !engine.equals("spark")) {
            throw new UsageException("--master goes with --engine spark");
        }
        requireApart(input, output);
        InputGuard.requireOutside("output", output, readFiles());
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), quiet, verbose.verbose);
        BatchResult result;
        if (engine.equals("spark")) {
            result = SparkRun.run(this, spec, progress);
        } else {
            if (!Files.isDirectory(input)) {
                throw new BadInputException(input, Files.exists(input) ? "not a folder" : "no such folder");
            }
            requireOutputFolder(output);
            InputFolder.Listing listing = InputFolder.scan(input);
            if (listing.documents().isEmpty()) {
                // Said before the settings are, so that a run of nothing ends in the one line that matters.
                listing.warnings().forEach(w -> spec.commandLine().getErr().println("hamgam: warning: " + w));
                listing.requireDocuments(input);
            }
            requireWritable(output);
            drafting = listing.documents().stream().anyMatch(d -> d.english().isEmpty());
            BatchPlan plan = plan(progress, InputFolder.lastModified(listing));
            try {
                result = new BatchRunner(plan.options(), plan.factory(), progress)
                        .run(plan.formats(), plan.batchFiles(), plan.index());
            } finally {
                progress.finish();
            }
        }
        if (glossary != null && Files.isDirectory(output)) {
            reapplyReviews(progress);
        }
        if (!quiet) {
            int written = result.documents().size();
            progress.info("wrote " + Counted.of(written, "document") + " to " + output
                    + (result.ok() ? "" : "; " + result.failures().size() + " failed"));
            progress.info("for OmegaT, open the project " + output.resolve(OmegatProject.FOLDER)
                    + "; for other CAT tools, NAME/NAME.xlf (XLIFF 2.1), NAME/NAME.xliff12.xlf and "
                    + output.resolve(BatchMemoryFile.NAME));
        }
        return result.ok() ? Main.OK : Main.SOME_FAILED;
    }

    /**
     * Said before any work, by either engine: an output folder that is the input folder or inside it would be read
     * as input by the next run (its {@code batch.fa.txt}, {@code art/art.tsv} …), and an input folder inside the
     * output is where the run writes a document's folder of the same name or removes a document no longer there,
     * so both are refused.
     */
    static void requireApart(Path input, Path output) {
        Path in = InputGuard.resolved(input);
        Path out = InputGuard.resolved(output);
        if (out.startsWith(in)) {
            throw new UsageException("--output " + output + (out.equals(in) ? " is the input folder" : " is inside the "
                    + "input folder " + input) + ": the next run would read the files this one writes as documents; "
                    + "give an output folder outside " + input);
        }
        if (in.startsWith(out)) {
            throw new UsageException("--input " + input + " is inside the output folder " + output + ": the run "
                    + "writes and removes folders there (one a document, omegat/), and could overwrite the input; "
                    + "keep the input outside " + output);
        }
    }

    /** The files the run reads besides its documents and memories, which it must not write over. */
    private List<Path> readFiles() {
        List<Path> read = new ArrayList<>(GlossaryOption.effectivePaths(glossaries));
        read.addAll(wordLists);
        Stream.of(config, lexicon.file).filter(java.util.Objects::nonNull).forEach(read::add);
        return read;
    }

    /** Said before any work, by either engine: an output that is a file ends the run at once. */
    static void requireOutputFolder(Path output) throws java.io.IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new OutputWriteException(output, "is a file, not a folder: --output names the folder for the "
                    + "review files", null);
        }
    }

    /** Said before the settings are, by either engine: a folder the run cannot make or write ends the run at once. */
    static void requireWritable(Path output) throws java.io.IOException {
        AtomicFiles.createFolder(output, output);
        if (!Files.isWritable(output)) {
            throw new OutputWriteException(output, "permission denied", null);
        }
    }

    /** Puts back the review decisions saved in OUTPUT/.review/ into the documents the run wrote again. */
    private void reapplyReviews(ConsoleProgress progress) throws Exception {
        for (SavedReviews.Outcome review : SavedReviews.reapply(output, glossary, !noGrammar)) {
            String name = review.document();
            if (review.failure().isPresent()) {
                progress.warning(name + ": the saved review could not be applied again: " + review.failure().get());
            } else if (review.setAside().isPresent()) {
                progress.warning(name + ": its input changed since it was reviewed, so the review's edits no longer "
                        + "apply; they are kept in " + review.setAside().get());
            } else {
                progress.info(name + ": review kept: " + Counted.of(review.edits(), "edit")
                        + ", " + Counted.of(review.accepted(), "bead") + " accepted; "
                        + review.flagged() + " of " + Counted.of(review.beads(), "bead")
                        + (review.flagged() == 1 ? " needs" : " need") + " review" + confidence(review));
            }
        }
    }

    /**
     * The document's alignment confidence with the kept decisions, and the run's own before them, which its progress
     * line gave: the two differ, and the line alone would not say which it is.
     */
    private static String confidence(SavedReviews.Outcome review) {
        if (review.after().isEmpty()) {
            return "";
        }
        String before = review.before().isPresent()
                ? String.format(Locale.ROOT, " (%.2f before them)", review.before().getAsDouble()) : "";
        return String.format(Locale.ROOT, "; alignment confidence %.2f with the kept decisions%s",
                review.after().getAsDouble(), before);
    }

    /**
     * What this command's options make of a batch: the glossary, drafts, checks, formats, batch files and index;
     * {@code created} is the date the batch's memories give (that of its newest input).
     */
    BatchPlan plan(ConsoleProgress progress, Instant created) throws Exception {
        List<Path> glossaryPaths = GlossaryOption.effectivePaths(glossaries);
        LanguageTags tags = languages.tags();
        RunOptions options = new RunOptions(input, glossaryPaths, output, threads, reviewThreshold, !noGrammar,
                Inputs.charset(encoding));
        Glossary glossary = GlossaryFiles.load(glossaryPaths);
        this.glossary = glossary;
        glossary.warnings().forEach(progress::warning);
        DraftChain drafter = drafter(progress);
        if (!quiet) {
            progress.info("glossary: " + Counted.of(glossary.size(), "term")
                    + (drafting ? "; drafts for documents without English: " + drafter.describe() : ""));
        }
        if (drafting) {
            drafter.notices().forEach(progress::info);
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("input", input.toString());
        settings.put("glossaries", glossaryPaths.stream().map(Path::toString).toList());
        settings.put("glossary-terms", glossary.size());
        settings.put("review-threshold", reviewThreshold);
        settings.put("grammar", !noGrammar);
        settings.put("drafts", drafter.describe());
        settings.put("languages", tags.source() + " -> " + tags.target());
        lexicon.check();
        settings.put("zwnj-lexicon", lexicon.describe());
        if (!quiet) {
            progress.info("ZWNJ repair: " + lexicon.describe());
        }
        settings.replaceAll((name, value) -> value instanceof String text ? Secrets.redact(text)
                : value instanceof List<?> list ? list.stream().map(v -> Secrets.redact(v.toString())).toList() : value);
        IndexFiles index = new IndexFiles(settings);
        TermsFiles terms = new TermsFiles(glossary);
        Supplier<PersianNormalizer> persian = Stages.persianOnce(lexicon.later());
        Supplier<Glossary> repairedTerms = Stages.repairedTerms(glossary, persian);
        return new BatchPlan(options,
                Stages.standard(glossary, repairedTerms, drafter, reviewThreshold, !noGrammar,
                        WordListFiles.load(wordLists), persian),
                OutputFormats.standard(reviewThreshold, tags, created),
                List.of(new BatchMemoryFile(tags, created), new BatchMosesFile(),
                        new OmegatFiles(repairedTerms, tags, created, output)),
                (o, batch) -> {
                    index.write(o, batch);
                    terms.write(o, batch);
                });
    }

    /** Translation memory first, then the configured machine-translation engines. */
    private DraftChain drafter(ConsoleProgress progress) throws Exception {
        DraftConfig settings = config != null ? DraftConfigFile.read(config) : DraftConfigFile.readIfPresent(Path.of("."));
        List<Path> tmPaths = new ArrayList<>(memories);
        if (tmPaths.isEmpty()) {
            settings.tm().paths().forEach(p -> tmPaths.add(Path.of(p)));
            Stream.of(Path.of("tm"), output.resolve("tm.tmx")).filter(Files::exists).forEach(tmPaths::add);
        }
        Optional<List<TmUnit>> memory = tmPaths.isEmpty() ? Optional.empty() : Optional.of(TmFiles.readAll(tmPaths));
        DiskMtCache disk = new DiskMtCache(output.resolve(".mt-cache"));
        MtCache cache = noCache ? MtCache.writeOnly(disk) : disk;
        return Stages.drafter(settings, tmPaths.toString(), memory, cache, System::getenv, progress::info);
    }
}

package org.hamgam.cli;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hamgam.align.AlignerOptions;
import org.hamgam.io.BeadFormat;
import org.hamgam.glossary.Glossary;
import org.hamgam.io.BadInputException;
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.BitextWriter;
import org.hamgam.io.JsonlWriter;
import org.hamgam.io.TmxWriter;
import org.hamgam.io.TsvWriter;
import org.hamgam.model.Bitext;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.model.LanguageTags;
import org.hamgam.pipeline.ConfidenceNote;
import org.hamgam.pipeline.Pipeline;
import org.hamgam.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hamgam align}: aligns one document pair. */
@Command(name = "align", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
                "  ./hamgam align article.fa.txt article.en.txt",
                "  ./hamgam align --format tsv article.fa.txt article.en.txt > pairs.tsv",
                "  # one sentence a line on each side, another language pair",
                "  ./hamgam align --sentence-per-line --source-lang de --target-lang fr a.de b.fr",
        },
        description = {"Align the sentences of SOURCE (Persian, or any language with --source-lang) with those of "
                + "TARGET (English, or any language with --target-lang).",
                "--format beads prints one bead a line as [source indices]:[target indices] (0-based; [3]:[] and "
                        + "[]:[4] are deletions); a bead to review has, after a tab, the flags the tsv format's flags "
                        + "column gives it (QA warning and error codes, low-confidence below --review-threshold). "
                        + "tsv, jsonl and tmx carry the texts and scores.",
                "Running text is cut into sentences as segment cuts it, and also where a new sentence may start "
                        + "unmarked (after a colon, before a list item or a capitalised opener); a bead joins such pieces again "
                        + "when they have no counterparts of their own, so the indices count pieces."})
final class AlignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "Source text file.")
    Path source;

    @Parameters(index = "1", paramLabel = "TARGET", description = "Target text file.")
    Path target;

    @Option(names = "--sentence-per-line",
            description = "Each non-blank line is one sentence already; blank lines separate paragraphs.")
    boolean sentencePerLine;

    @Option(names = "--format", paramLabel = "FORMAT", description = "beads (default), tsv, jsonl or tmx.")
    String format = "beads";

    @Mixin
    GlossaryOption glossaries;

    @Mixin
    LanguageOptions languages;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Input encoding (default: detected).")
    String encoding;

    @Option(names = "--dictionary", paramLabel = "FILE", description = "Word pairs read as evidence of which "
            + "sentences translate each other (persian<TAB>english, | between "
            + "alternatives, # comments; or hunalign's english @ persian), instead of "
            + "the fa-en list built in for Persian-English documents of up to 1,000 sentences a side; the first column "
            + "is Persian, the second English.")
    Path dictionary;

    @Option(names = "--no-dictionary", description = "Align without any word list, the built-in one included.")
    boolean noDictionary;

    @Option(names = "--review-threshold", paramLabel = "X",
            description = "Beads below this confidence are flagged (default: ${DEFAULT-VALUE}).")
    double reviewThreshold = 0.5;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        if (output != null) {
            List<Path> read = new java.util.ArrayList<>(List.of(source, target));
            read.addAll(glossaries.effectivePaths());
            if (dictionary != null) {
                read.add(dictionary);
            }
            InputGuard.requireNotInput("--output", output, read);
        }
        LanguageTags tags = languages.tags();
        BitextWriter writer = switch (format) {
            case "beads" -> null;
            case "tsv" -> new TsvWriter(reviewThreshold);
            case "jsonl" -> new JsonlWriter(reviewThreshold);
            case "tmx" -> new TmxWriter(tags, newer(source, target));
            default -> throw new UsageException("--format must be beads, tsv, jsonl or tmx, not " + format);
        };
        Lang src = Lang.of(tags.source());
        Lang tgt = Lang.of(tags.target());
        var encodingName = Inputs.charset(encoding);
        String name = source.getFileName().toString().replaceFirst("(\\.fa)?\\.txt$", "");
        Document sourceDoc = new Document(name, src, Inputs.read(source.toString(), encodingName));
        Document targetDoc = new Document(name, tgt, Inputs.read(target.toString(), encodingName));
        requireScripts(sourceDoc, targetDoc, src, tgt);
        Glossary glossary = glossaries.load(spec.commandLine().getErr(), "hamgam align",
                "nothing will be matched");

        if (dictionary != null && noDictionary) {
            throw new UsageException("--dictionary and --no-dictionary exclude each other");
        }
        AlignerOptions alignment = Stages.alignerOptions(reviewThreshold, dictionary, noDictionary);
        Pipeline pipeline = Stages.forPair(src, tgt, sentencePerLine, glossary, alignment);
        // Counted as run counts it: the beads flagged low-confidence, not Persian left without English.
        Bitext bitext = ConfidenceNote.recounted(pipeline.process(sourceDoc, Optional.of(targetDoc)), reviewThreshold);
        bitext.notes().forEach(n -> spec.commandLine().getErr().println("hamgam align: " + n));

        String rendered;
        if (writer == null) {
            rendered = BeadFormat.render(bitext, reviewThreshold);
        } else {
            StringWriter out = new StringWriter();
            writer.write(bitext, out);
            rendered = out.toString();
        }
        if (output == null) {
            spec.commandLine().getOut().print(rendered);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.writeString(output, rendered);
        }
        return Main.OK;
    }

    /**
     * Refuses a Persian file that holds Latin text or an English file that holds Persian (for fa and en only):
     * aligned as given, such a pair makes an empty or meaningless alignment that looks like a result.
     */
    private void requireScripts(Document persian, Document english, Lang src, Lang tgt) throws BadInputException {
        if (src != Lang.FA || tgt != Lang.EN) {
            return;
        }
        boolean persianIsLatin = Pipeline.notPersian(persian);
        boolean englishIsPersian = Pipeline.looksPersian(english);
        if (persianIsLatin && englishIsPersian) {
            throw new BadInputException(source, "holds Latin text and " + target + " holds Persian: the sides look "
                    + "swapped; give the Persian file first: hamgam align " + target + " " + source);
        }
        if (persianIsLatin) {
            throw new BadInputException(source,
                    "the Persian file (the first) holds Latin text, not Persian: give the Persian file first");
        }
        if (englishIsPersian) {
            throw new BadInputException(target,
                    "the English file (the second) holds Persian text: give the English file second");
        }
    }

    /**
     * The later modification time of the two inputs: the memory's creation date, the same on every run. Standard
     * input has none; the epoch stands for it.
     */
    private static Instant newer(Path a, Path b) throws java.io.IOException {
        Instant newest = Instant.EPOCH;
        for (Path file : List.of(a, b)) {
            if (Files.isRegularFile(file)) {
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                newest = modified.isAfter(newest) ? modified : newest;
            }
        }
        return newest;
    }
}

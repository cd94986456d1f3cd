package org.hamgam.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hamgam.glossary.Glossary;
import org.hamgam.model.SentencePair;
import org.hamgam.model.TermCandidate;
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.BitextReader;
import org.hamgam.io.TextFiles;
import org.hamgam.pipeline.TermExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hamgam glossary extract}: proposes new glossary entries from Persian or aligned Persian–English text. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
                "  # after ./hamgam run",
                "  ./hamgam glossary extract --bitext output/ --top 50",
                "  ./hamgam glossary extract --source corpus.fa.txt --target corpus.en.txt \\",
                "      --format tbx --output new-terms.tbx",
        },
        description = "Propose glossary entries for review: Persian terms of 1-5 words ranked by termhood, with the "
                + "English that translates them when aligned text is given. Prints TSV (source, target, score, "
                + "frequency, examples), best first, or TBX with every entry noted as proposed.")
final class GlossaryExtractCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { tsv, tbx }

    @Spec
    CommandSpec spec;

    @Option(names = "--monolingual", arity = "1..*", paramLabel = "FILE",
            description = "Persian documents, one paragraph a line (monolingual extraction: no English).")
    List<Path> monolingual = new ArrayList<>();

    @Option(names = "--bitext", paramLabel = "FILE",
            description = "Aligned pairs: a TMX file, a TSV file 'id<TAB>source<TAB>target' with that header row, "
                    + "or the output folder of 'hamgam run'.")
    Path bitext;

    @Option(names = "--source", paramLabel = "FILE",
            description = "Persian sentences, one a line, parallel to --target.")
    Path source;

    @Option(names = "--target", paramLabel = "FILE",
            description = "English sentences, one a line, parallel to --source.")
    Path target;

    @Option(names = "--glossary", arity = "1..*", paramLabel = "PATH",
            description = "Term bases already made; their terms are marked known and not proposed again "
                    + "(default: glossary/, when it exists).")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", description = "Only the N best candidates (default: all).")
    Integer top;

    @Option(names = "--min-frequency", paramLabel = "N",
            description = "Only terms in at least N sentences or lines (default: ${DEFAULT-VALUE}).")
    int minFrequency = 2;

    @Option(names = "--format", paramLabel = "FORMAT", description = "tsv (default) or tbx.")
    Format format = Format.tsv;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here (atomically) instead of stdout.")
    Path output;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        int modes = (monolingual.isEmpty() ? 0 : 1) + (bitext == null ? 0 : 1)
                + (source == null && target == null ? 0 : 1);
        if (modes != 1) {
            throw new UsageException("give exactly one input: --monolingual FILE..., --bitext FILE, "
                    + "or --source FILE with --target FILE");
        }
        if ((source == null) != (target == null)) {
            throw new UsageException("--source and --target go together");
        }
        if (top != null && top < 0) {
            throw new UsageException("--top must be 0 or more: " + top);
        }
        if (minFrequency < 1) {
            throw new UsageException("--min-frequency must be at least 1: " + minFrequency);
        }
        if (output != null) {
            InputGuard.requireNotInput("--output", output, inputs());
        }
        PrintWriter err = spec.commandLine().getErr();
        Glossary known = GlossaryOption.load(GlossaryOption.effectivePaths(glossaries), err, "hamgam glossary extract",
                "no candidate is left out as known");
        List<TermCandidate> all;
        if (!monolingual.isEmpty()) {
            all = TermExtraction.monolingual(readTexts(monolingual), known, minFrequency);
        } else {
            List<SentencePair> pairs = bitext != null ? BitextReader.read(bitext)
                    : BitextReader.readParallel(source, target);
            if (pairs.isEmpty()) {
                err.println("hamgam glossary extract: warning: no aligned pairs with text on both sides");
            }
            all = TermExtraction.bilingual(pairs, known, minFrequency);
        }
        List<TermCandidate> proposed = TermExtraction.top(all, top == null ? Integer.MAX_VALUE : top);
        long knownCount = all.stream().filter(TermCandidate::known).count();
        String text = TermExtraction.render(proposed, format == Format.tbx);
        if (output != null) {
            AtomicFiles.writeString(output, text);
            err.println("hamgam glossary extract: wrote " + Counted.of(proposed.size(), "candidate") + " to "
                    + output + (knownCount > 0 ? " (" + knownCount + " already in the glossary left out)" : ""));
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            if (knownCount > 0) {
                err.println("hamgam glossary extract: " + Counted.of(knownCount, "candidate")
                        + " already in the glossary left out");
            }
        }
        return Main.OK;
    }

    /** Every file or folder this command reads. */
    private List<Path> inputs() throws java.io.IOException {
        List<Path> read = new ArrayList<>(monolingual);
        java.util.stream.Stream.of(source, target).filter(java.util.Objects::nonNull).forEach(read::add);
        if (bitext != null) {
            // Of a run's output folder only the documents' JSONL files are read: a file written beside them is no input.
            read.addAll(Files.isDirectory(bitext) ? BitextReader.runFolderFiles(bitext) : List.of(bitext));
        }
        read.addAll(GlossaryOption.effectivePaths(glossaries));
        return read;
    }

    private static List<SentencePair> readTexts(List<Path> files) throws Exception {
        List<SentencePair> out = new ArrayList<>();
        for (Path f : files) {
            String[] lines = TextFiles.read(f, Optional.empty()).text().split("\r\n|\r|\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    out.add(new SentencePair(f.getFileName() + ":" + (i + 1), lines[i], ""));
                }
            }
        }
        return out;
    }
}

package org.hamgam.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.TermMatcher;
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.LineReader;
import org.hamgam.io.MatchReport;
import org.hamgam.pipeline.GlossaryFiles;
import org.hamgam.pipeline.Stages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hamgam glossary}: term base commands. */
@Command(name = "glossary", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
                "  ./hamgam glossary match seeds/000_197c25bd1892c35a.txt",
                "  ./hamgam glossary convert glossary/terms.tsv output/terms.tbx",
        },
        description = "Work with term bases (OmegaT TSV, CSV, TBX).",
        subcommands = {GlossaryCommand.Match.class, GlossaryCommand.Convert.class, GlossaryExtractCommand.class})
final class GlossaryCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a glossary command is required");
    }

    /** {@code hamgam glossary match}. */
    @Command(name = "match", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
                "  # with the terms in glossary/",
                "  ./hamgam glossary match seeds/000_197c25bd1892c35a.txt",
                "  ./hamgam glossary match --glossary my-terms.tbx notes.txt",
        },
            description = "Find glossary terms in Persian text, in every written form. Prints JSON Lines: one object "
                    + "per input line, {\"line\", \"text\", \"terms\": [{\"source\", \"target\", \"start\", \"end\", "
                    + "\"surface\"}]}, offsets in UTF-16 code units of the line; an entry that allows further English "
                    + "(dam|reservoir) lists it in \"alternatives\" after its \"target\".")
    static final class Match implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        GlossaryOption glossaries;

        @Mixin
        TextInput input;

        @Mixin
        VerboseOption verbose;

        @Override
        public Integer call() throws Exception {
            if (glossaries.effectivePaths().isEmpty()) {
                throw new UsageException("no term base to match: give --glossary PATH (there is no glossary/ folder "
                        + "here to use by default)");
            }
            Glossary glossary = glossaries.load(spec.commandLine().getErr(), "hamgam glossary match",
                    "nothing will be matched");
            TermMatcher matcher = Stages.matcher(glossary);
            PrintWriter out = spec.commandLine().getOut();
            try (LineReader lines = input.lines()) {
                int number = 0;
                for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                    number++;
                    out.println(MatchReport.jsonLine(number, line.text(), matcher.find(line.text())));
                }
            }
            out.flush();
            return Main.OK;
        }
    }

    /** {@code hamgam glossary convert}. */
    @Command(name = "convert", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
                "  ./hamgam glossary convert glossary/terms.tsv output/terms.tbx",
                "  ./hamgam glossary convert --tbx-version 3 terms.csv output/terms.tbx",
        },
            description = {"Convert a term base between formats, chosen by the file extensions: .tsv (OmegaT), "
                    + ".csv (read only), .tbx (TBX v2 by default, the version OmegaT reads).",
                    "Persian terms are written repaired, as 'hamgam run' writes the segments and hands the terms on "
                            + "(XLIFF, OmegaT's glossary): e.g. a space for a ZWNJ mended (تفاهم نامه becomes "
                            + "تفاهم‌نامه), so that memoQ or Trados find them in the run's segments. A TBX keeps a "
                            + "spelling the repair changed as a second Persian term of the entry; a TSV has the "
                            + "repaired spelling alone."})
    static final class Convert implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "IN", description = "Term base to read (TSV, CSV or TBX).")
        Path in;

        @Parameters(index = "1", paramLabel = "OUT", description = "File to write (.tsv or .tbx).")
        Path out;

        @Option(names = "--tbx-version", paramLabel = "V", description = "2 (default) or 3.")
        int tbxVersion = 2;

        @Spec
        CommandSpec spec;

        @Mixin
        VerboseOption verbose;

        @Mixin
        LanguageOptions languages;

        @Mixin
        LexiconOption lexicon;

        @Override
        public Integer call() throws Exception {
            String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (tbxVersion != 2 && tbxVersion != 3) {
                throw new UsageException("--tbx-version must be 2 or 3");
            }
            if (!name.endsWith(".tsv") && !name.endsWith(".tbx")) {
                throw new UsageException("OUT must end in .tsv or .tbx: " + out);
            }
            InputGuard.requireNotInput("OUT", out, lexicon.file == null ? List.of(in) : List.of(in, lexicon.file));
            lexicon.check();
            Glossary given = GlossaryOption.load(List.of(in), spec.commandLine().getErr(),
                    "hamgam glossary convert", out + " will hold none");
            boolean tsv = name.endsWith(".tsv");
            // the terms as a run hands them on, so that they read as its repaired segments do
            Glossary glossary = Stages.handedOnTerms(given, lexicon.later(), !tsv);
            AtomicFiles.writeString(out, GlossaryFiles.render(glossary, tsv, tbxVersion, languages.tags()));
            spec.commandLine().getErr().println("hamgam glossary convert: wrote "
                    + Counted.of(glossary.size(), "term") + " to " + out);
            return Main.OK;
        }
    }
}

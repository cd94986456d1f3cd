package org.hamgam.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.hamgam.io.LineReader;
import org.hamgam.pipeline.Stages;
import org.hamgam.text.DigitPolicy;
import org.hamgam.text.NormalizerOptions;
import org.hamgam.text.PersianNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hamgam normalize}: prints Persian text normalized, line for line. */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
                "  # prints آن‌ها کتاب‌ها را می‌خوانند",
                "  echo 'آنها کتاب ها را میخوانند' | ./hamgam normalize",
                "  ./hamgam normalize --digits latin article.txt > repaired.txt",
        },
        description = "Normalize Persian text (letters, digits, kashida, spacing, lost ZWNJs) and print it with "
                + "the same line structure.")
final class NormalizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TextInput input;

    @Option(names = "--digits", paramLabel = "POLICY", description = "keep (default: Latin and Persian digits as written, Arabic-Indic ٠–٩ as Persian ۰–۹), "
            + "persian or latin.")
    String digits = "keep";

    @Option(names = "--remove-diacritics", description = "Drop short vowels and other diacritics (kept by default).")
    boolean removeDiacritics;

    @Option(names = "--simplify-hamza", description = "Write hamza forms plainly (أ→ا, ؤ→و, ئ→ی, ۀ→ه); kept by default.")
    boolean simplifyHamza;

    @Option(names = "--no-zwnj-repair", description = "Do not insert missing zero-width non-joiners.")
    boolean noZwnj;

    @Option(names = "--follow-writer", description = "On a line that already marks most ZWNJ boundaries itself, "
            + "leave words written joined (کتابها) as written and repair only spaced ones (off by default).")
    boolean followWriter;

    @Option(names = "--no-spacing", description = "Do not change spaces around punctuation.")
    boolean noSpacing;

    @Mixin
    LexiconOption lexicon;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        NormalizerOptions options = NormalizerOptions.defaults()
                .withDigits(digitPolicy(digits))
                .withRemoveDiacritics(removeDiacritics)
                .withSimplifyHamza(simplifyHamza)
                .withRepairZwnj(!noZwnj)
                .withFixSpacing(!noSpacing)
                .withFollowWriter(followWriter);
        PersianNormalizer normalizer = Stages.normalizer(options, noZwnj ? Stages.zwnjDictionary(Optional.empty())
                : lexicon.dictionary());
        var out = spec.commandLine().getOut();
        try (LineReader lines = input.lines()) {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                out.print(normalizer.normalize(line.text()).text());
                out.print(line.terminator());
            }
        }
        out.flush();
        return Main.OK;
    }

    static DigitPolicy digitPolicy(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "keep" -> DigitPolicy.KEEP;
            case "persian", "fa" -> DigitPolicy.PERSIAN;
            case "latin", "en" -> DigitPolicy.LATIN;
            default -> throw new UsageException("--digits must be keep, persian or latin, not " + name);
        };
    }
}

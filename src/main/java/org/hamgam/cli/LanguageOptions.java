package org.hamgam.cli;

import org.hamgam.model.LanguageTags;
import picocli.CommandLine.Option;

/** {@code --source-lang} and {@code --target-lang}: the language tags every output file carries. */
final class LanguageOptions {
    @Option(names = "--source-lang", paramLabel = "TAG",
            description = "Language tag of the source side in every output, e.g. fa-IR (default: ${DEFAULT-VALUE}).")
    String source = LanguageTags.DEFAULT.source();

    @Option(names = "--target-lang", paramLabel = "TAG",
            description = "Language tag of the target side in every output, e.g. en-GB (default: ${DEFAULT-VALUE}).")
    String target = LanguageTags.DEFAULT.target();

    /** The tags, or a usage error naming the malformed one. */
    LanguageTags tags() {
        try {
            return new LanguageTags(source, target);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--source-lang/--target-lang: " + e.getMessage());
        }
    }
}

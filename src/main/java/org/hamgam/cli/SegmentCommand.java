package org.hamgam.cli;

import java.util.concurrent.Callable;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.segment.Segmenters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code hamgam segment}: prints one sentence a line. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Split a text into sentences and print one sentence (as written) a line, with a blank line "
                + "between paragraphs (a paragraph is a line of the input). Boilerplate lines are left out.")
final class SegmentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lang", required = true, paramLabel = "LANG", description = "fa or en.")
    String lang;

    @Mixin
    TextInput input;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        Lang language = Lang.of(lang);
        if (language == Lang.OTHER && !lang.equalsIgnoreCase("other")) {
            throw new UsageException("--lang must be fa or en, not " + lang);
        }
        var segmented = Segmenters.forLanguage(language).segment(new Document(input.name(), language, input.read()));
        spec.commandLine().getOut().print(Segmenters.render(segmented));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}

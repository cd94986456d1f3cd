package org.hamgam.cli;

import java.util.concurrent.Callable;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.io.LineReader;
import org.hamgam.io.SentenceLines;
import org.hamgam.pipeline.Stages;
import org.hamgam.segment.SentenceSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code hamgam segment}: prints one sentence a line. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
                "  ./hamgam segment --lang fa seeds/000_197c25bd1892c35a.txt",
                "  ./hamgam segment --lang en seeds/000_197c25bd1892c35a.en.txt",
        },
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
        SentenceSegmenter segmenter = Stages.segmenter(language);
        var out = spec.commandLine().getOut();
        boolean first = true;
        // A paragraph at a time, so that a file of any size streams through in bounded memory.
        try (LineReader lines = input.lines()) {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                String sentences = SentenceLines.render(segmenter.segment(new Document(input.name(), language, line.text())));
                if (!sentences.isEmpty()) {
                    out.print(first ? sentences : "\n" + sentences);
                    first = false;
                }
            }
        }
        out.flush();
        return Main.OK;
    }
}

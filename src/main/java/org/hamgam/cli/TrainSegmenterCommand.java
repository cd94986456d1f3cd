package org.hamgam.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.sentdetect.SentenceModel;
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.BadInputException;
import org.hamgam.pipeline.SegmenterTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hamgam train-segmenter}: rebuilds the Persian sentence model. */
@Command(name = "train-segmenter", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
                "  # one sentence a line in ud/*.txt, and the Persian side of a TMX",
                "  ./hamgam train-segmenter --lang fa --data ud/ corpus.en-fa.tmx",
        },
        description = "Train the Persian OpenNLP sentence model from sentence-per-line files (UD '# text' files "
                + "or plain lines) and the Persian side of TMX files, and write it.")
final class TrainSegmenterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lang", defaultValue = "fa", paramLabel = "LANG", description = "Only fa is trained here.")
    String lang;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Training files or folders: one sentence a line (.txt) or TMX, e.g. the small cuts of UD "
                    + "Persian a clone carries in src/test/resources/fixtures/ud-persian.")
    List<Path> data;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("src/main/resources/org/hamgam/segment/fa-sent.bin");

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        if (!lang.equals("fa")) {
            throw new UsageException("only --lang fa is trained here; English uses OpenNLP's published model");
        }
        for (Path p : data) {
            if (!Files.exists(p)) {
                throw new BadInputException(p, "no such file or folder");
            }
        }
        InputGuard.requireNotInput("--output", output, data);
        List<String> sentences = SegmenterTraining.persianSentences(data);
        if (sentences.isEmpty()) {
            throw new UsageException("no training sentences found in " + data);
        }
        SentenceModel model = SegmenterTraining.train(sentences);
        AtomicFiles.writeBytes(output, model::serialize);
        spec.commandLine().getErr().println("hamgam: trained on " + sentences.size() + " sentences; wrote " + output);
        return Main.OK;
    }
}

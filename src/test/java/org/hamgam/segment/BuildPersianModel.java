package org.hamgam.segment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import org.hamgam.pipeline.SegmenterTraining;

/**
 * Rebuilds the shipped Persian sentence model: {@code BuildPersianModel OUT.bin DATA...}, e.g.
 * {@code src/main/resources/org/hamgam/segment/fa-sent.bin SHARED/data/ud-persian SHARED/data/tico19} (SHARED: the shared data folder beside the repository}.
 */
public final class BuildPersianModel {
    private BuildPersianModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BuildPersianModel OUT.bin DATA...");
            System.exit(2);
        }
        List<Path> data = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            data.add(Path.of(args[i]));
        }
        List<String> sentences = SegmenterTraining.persianSentences(data);
        SentenceModel model = PersianSentenceModelTrainer.train(sentences);
        Path out = Path.of(args[0]);
        try (OutputStream stream = Files.newOutputStream(out)) {
            model.serialize(stream);
        }
        System.out.println("sentences: " + sentences.size());
        System.out.println("model: " + out + " (" + Files.size(out) + " bytes)");
    }
}

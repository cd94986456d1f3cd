package org.hamgam.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import org.hamgam.io.TmxReader;
import org.hamgam.io.TrainingFiles;
import org.hamgam.segment.PersianSentenceModelTrainer;
import org.hamgam.segment.TrainingData;

/** Trains the Persian sentence model from files: {@link TrainingFiles} finds and reads, {@link TrainingData} chooses. */
public final class SegmenterTraining {
    private SegmenterTraining() {
    }

    /**
     * The Persian training sentences under {@code paths}, in order: the lines of sentence-per-line files and the
     * Persian side of TMX files, held-out parts left out.
     */
    public static List<String> persianSentences(List<Path> paths) throws IOException {
        List<String> sentences = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : TrainingFiles.list(path)) {
                sentences.addAll(TrainingFiles.isTmx(file)
                        ? TrainingData.persianSentences(TmxReader.units(file))
                        : TrainingData.lines(TrainingFiles.lines(file)));
            }
        }
        return sentences;
    }

    /** A sentence model trained on {@code sentences}. */
    public static SentenceModel train(List<String> sentences) {
        return PersianSentenceModelTrainer.train(sentences);
    }
}

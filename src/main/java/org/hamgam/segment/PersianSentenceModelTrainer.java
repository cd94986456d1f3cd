package org.hamgam.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;
import org.hamgam.text.Letters;
import org.hamgam.text.PersianNormalizer;

/**
 * Trains the Persian OpenNLP sentence model from sentences, one a string. The sentences are normalized with
 * {@link PersianNormalizer} (detection runs on normalized text too) and joined, in order, into paragraphs of one
 * to eight sentences, so that the model sees each sentence end followed by the next sentence's start; every eighth
 * sentence is repeated in guillemets so that an end mark before a closing quote is seen too. End marks
 * are {@code . ! ? ؟ …} (OpenNLP's defaults miss ؟), with the shipped Persian abbreviation list as dictionary.
 */
public final class PersianSentenceModelTrainer {
    private static final int[] PARAGRAPH_SIZES = {5, 1, 8, 3, 6, 2, 7, 4};

    private PersianSentenceModelTrainer() {
    }

    /** Trains with {@link #defaultParameters()}. */
    public static SentenceModel train(List<String> sentences) {
        return train(sentences, defaultParameters());
    }

    /** Trains a model; the same sentences and parameters give the same model. */
    public static SentenceModel train(List<String> sentences, TrainingParameters parameters) {
        List<SentenceSample> samples = samples(sentences);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no sentences to train on");
        }
        SentenceDetectorFactory factory = new SentenceDetectorFactory("fa", true, abbreviations(), Letters.EOS);
        try {
            return SentenceDetectorME.train("fa", ObjectStreamUtils.createObjectStream(samples), factory, parameters);
        } catch (IOException e) {
            throw new UncheckedIOException("training the Persian sentence model failed", e);
        }
    }

    /** Maximum entropy, 100 iterations, cutoff 3, one thread. */
    public static TrainingParameters defaultParameters() {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 3);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        return parameters;
    }

    static List<SentenceSample> samples(List<String> sentences) {
        PersianNormalizer normalizer = new PersianNormalizer();
        List<String> normalized = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            String text = normalizer.normalize(sentence.strip()).text().strip();
            if (!text.isEmpty()) {
                normalized.add(text);
                // Quoted sentences that end inside the quote («….») are rare in the corpora, so every eighth
                // sentence is also trained in quotes; otherwise the model has not seen an end mark before ».
                if (normalized.size() % 8 == 3 && Letters.isEos(text.charAt(text.length() - 1))
                        && text.indexOf('\u00AB') < 0 && text.indexOf('\u00BB') < 0) {
                    normalized.add("\u00AB" + text + "\u00BB");
                }
            }
        }
        List<SentenceSample> samples = new ArrayList<>();
        int next = 0;
        for (int k = 0; next < normalized.size(); k++) {
            int size = Math.min(PARAGRAPH_SIZES[k % PARAGRAPH_SIZES.length], normalized.size() - next);
            StringBuilder document = new StringBuilder();
            List<Span> spans = new ArrayList<>(size);
            for (String sentence : normalized.subList(next, next + size)) {
                if (document.length() > 0) {
                    document.append(' ');
                }
                spans.add(new Span(document.length(), document.length() + sentence.length()));
                document.append(sentence);
            }
            samples.add(new SentenceSample(document, spans.toArray(new Span[0])));
            next += size;
        }
        return samples;
    }

    static Dictionary abbreviations() {
        Dictionary dictionary = new Dictionary(true);
        for (String abbreviation : WordLists.load("abbreviations-fa.txt")) {
            dictionary.put(new StringList(abbreviation));
        }
        return dictionary;
    }
}

package org.hamgam.segment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import opennlp.tools.sentdetect.SentenceModel;
import org.hamgam.model.Lang;
import org.hamgam.text.NormalizedText;
import org.hamgam.text.PersianNormalizer;

/**
 * The sentence segmenters Hamgam ships: Persian with the trained OpenNLP model on normalized text, English with
 * OpenNLP's published model and the English end rules of {@link EnglishEndJudge}, and a rule-based one for any
 * other language; all share the same boundary rules and boilerplate detection.
 */
public final class Segmenters {
    /**
     * Split probability from which a Persian candidate breaks: the model's own decision. On seraji-dev, with a
     * model trained without it, every threshold from 0.0 to 0.9 gave the same boundaries.
     */
    static final double PERSIAN_THRESHOLD = 0.5;
    /** The English model's own decision. */
    static final double ENGLISH_THRESHOLD = 0.5;

    private Segmenters() {
    }

    /** The segmenter for {@code lang}, without batch evidence of repeated lines. */
    public static SentenceSegmenter forLanguage(Lang lang) {
        return forLanguage(lang, Set.of());
    }

    /**
     * The segmenter for {@code lang}.
     *
     * @param repeatedLines trimmed lines that occur in several documents of the batch (see {@link #repeatedLines});
     *                      such a line is skipped as boilerplate when it is short, not a sentence, and in the
     *                      document's frame (its first or last lines), unless that would take most of the document
     */
    public static SentenceSegmenter forLanguage(Lang lang, Set<String> repeatedLines) {
        return forLanguage(lang, repeatedLines, new PersianNormalizer());
    }

    /**
     * {@link #forLanguage(Lang, Set)} with the normalizer for Persian text given, e.g. one that weighs a spelling
     * dictionary; other languages are not normalized.
     */
    public static SentenceSegmenter forLanguage(Lang lang, Set<String> repeatedLines, PersianNormalizer persian) {
        Objects.requireNonNull(lang, "lang");
        BoilerplateDetector boilerplate = new BoilerplateDetector(lang, repeatedLines);
        return new DocumentSegmenter(normalizer(lang, persian), rawSplitter(lang), boilerplate);
    }

    /**
     * The segmenter of {@code lang} for aligning: as {@link #forLanguage(Lang, Set, PersianNormalizer)}, with each
     * sentence also cut where another may begin unmarked ({@link CandidateBreaks}, {@link RunOnBreaks}), pieces the
     * aligner joins again when they have no counterpart of their own. Never what {@code segment} prints.
     */
    public static SentenceSegmenter forAlignment(Lang lang, Set<String> repeatedLines, PersianNormalizer persian) {
        Objects.requireNonNull(lang, "lang");
        return new DocumentSegmenter(normalizer(lang, persian),
                new CandidateSplitter(rawSplitter(lang), new CandidateBreaks(lang), new RunOnBreaks(lang)),
                new BoilerplateDetector(lang, repeatedLines));
    }

    /** {@link #forAlignment(Lang, Set, PersianNormalizer)} without batch evidence, with the standard normalizer. */
    public static SentenceSegmenter forAlignment(Lang lang) {
        return forAlignment(lang, Set.of(), new PersianNormalizer());
    }

    /** A Persian segmenter that uses {@code model} instead of the shipped one, e.g. one just trained. */
    public static SentenceSegmenter persian(SentenceModel model, Set<String> repeatedLines) {
        SentenceSplitter splitter = new ModelSplitter(model, BoundaryRules.standard(), PERSIAN_THRESHOLD,
                PersianEndJudge.standard());
        return new DocumentSegmenter(normalizer(Lang.FA, new PersianNormalizer()), splitter,
                new BoilerplateDetector(Lang.FA, repeatedLines));
    }

    /**
     * A splitter for single paragraphs of {@code lang}, returning spans of the paragraph as given (for Persian the
     * paragraph is normalized first and the spans mapped back).
     */
    public static SentenceSplitter splitter(Lang lang) {
        SentenceSplitter raw = rawSplitter(lang);
        return lang == Lang.FA ? new NormalizingSplitter(normalizer(lang, new PersianNormalizer()), raw) : raw;
    }

    /** A Persian paragraph splitter with {@code model}; the paragraph is normalized first. */
    public static SentenceSplitter persianSplitter(SentenceModel model) {
        return persianSplitter(model, PERSIAN_THRESHOLD);
    }

    /** A Persian paragraph splitter with {@code model} breaking from split probability {@code threshold}. */
    public static SentenceSplitter persianSplitter(SentenceModel model, double threshold) {
        SentenceSplitter splitter = new ModelSplitter(model, BoundaryRules.standard(), threshold,
                PersianEndJudge.standard());
        return new NormalizingSplitter(normalizer(Lang.FA, new PersianNormalizer()), splitter);
    }

    /**
     * A Persian paragraph splitter without the model: the boundary rules and the Persian end rules, every candidate
     * they leave open taken as a break; to measure what the model adds.
     */
    public static SentenceSplitter persianRuleSplitter() {
        return new NormalizingSplitter(normalizer(Lang.FA, new PersianNormalizer()),
                new RuleSplitter(BoundaryRules.standard(), PersianEndJudge.standard()));
    }

    /** {@link #persianRuleSplitter} over whole documents. */
    public static SentenceSegmenter persianRulesOnly() {
        return new DocumentSegmenter(normalizer(Lang.FA, new PersianNormalizer()),
                new RuleSplitter(BoundaryRules.standard(), PersianEndJudge.standard()),
                new BoilerplateDetector(Lang.FA, Set.of()));
    }

    /** The rule-based splitter alone (no model), for comparison and for languages without a model. */
    public static SentenceSplitter ruleSplitter() {
        return new RuleSplitter(BoundaryRules.standard());
    }

    /**
     * The trimmed, non-blank lines that occur in at least {@code minDocuments} of the given documents: evidence of
     * boilerplate in a batch. A line repeated within one document counts once.
     */
    public static Set<String> repeatedLines(List<String> documentTexts, int minDocuments) {
        Map<String, Integer> documents = new HashMap<>();
        for (String text : documentTexts) {
            Set<String> seen = new HashSet<>();
            for (String line : text.split("\n", -1)) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && seen.add(trimmed)) {
                    documents.merge(trimmed, 1, Integer::sum);
                }
            }
        }
        Set<String> repeated = new TreeSet<>();
        documents.forEach((line, count) -> {
            if (count >= minDocuments) {
                repeated.add(line);
            }
        });
        return Set.copyOf(repeated);
    }

    /**
     * A document's evidence for {@link #repeatedLines}, kept small: its distinct trimmed lines that read as labels
     * (short, not ending as a sentence), the only lines the boilerplate detector asks the batch about. Counting these
     * sets over a batch gives the same answers to those questions as {@code repeatedLines} over the whole texts.
     */
    public static Set<String> labelLines(String documentText) {
        Set<String> labels = new HashSet<>();
        for (String line : documentText.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && BoilerplateDetector.isLabel(trimmed)) {
                labels.add(trimmed);
            }
        }
        return labels;
    }

    private static SentenceSplitter rawSplitter(Lang lang) {
        return switch (lang) {
            case FA -> new ModelSplitter(Models.persian(), BoundaryRules.standard(), PERSIAN_THRESHOLD,
                    PersianEndJudge.standard());
            case EN -> new ModelSplitter(Models.english(), BoundaryRules.standard(), ENGLISH_THRESHOLD,
                    EnglishEndJudge.standard());
            case OTHER -> new RuleSplitter(BoundaryRules.standard(), LatinEndJudge.INSTANCE);
        };
    }

    private static Function<String, NormalizedText> normalizer(Lang lang, PersianNormalizer normalizer) {
        if (lang == Lang.FA) {
            return line -> {
                try {
                    return normalizer.normalize(line);
                } catch (IllegalArgumentException e) {
                    // A normalizer that cannot map some line back (e.g. one that starts with a bidi mark it drops)
                    // must not cost the user the line: segment it as written.
                    return NormalizedText.identity(line);
                }
            };
        }
        return NormalizedText::identity;
    }
}

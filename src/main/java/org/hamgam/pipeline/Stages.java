package org.hamgam.pipeline;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hamgam.align.AlignerOptions;
import org.hamgam.align.Aligners;
import org.hamgam.draft.DraftChain;
import org.hamgam.draft.TranslationMemory;
import org.hamgam.draft.Translators;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.TermMatcher;
import org.hamgam.model.DraftConfig;
import org.hamgam.model.Lang;
import org.hamgam.model.MtCache;
import org.hamgam.model.Term;
import org.hamgam.model.TmUnit;
import org.hamgam.qa.QaRunner;
import org.hamgam.qa.TermAlternatives;
import org.hamgam.segment.Segmenters;
import org.hamgam.segment.SentencePerLineSegmenter;
import org.hamgam.segment.SentenceSegmenter;
import org.hamgam.text.NormalizerOptions;
import org.hamgam.text.PersianNormalizer;
import org.hamgam.text.ZwnjDictionary;

/**
 * Assembles the standard stages: into a {@link Pipeline} for a batch or a pair, and one by one for the commands
 * that use a single stage (normalize, segment, glossary match). Commands build no stage themselves.
 */
public final class Stages {
    /**
     * A short line in a document's frame repeated in at least this many documents of a batch is boilerplate;
     * a sentence never is.
     */
    static final int REPEATED_LINE_DOCUMENTS = 3;

    private Stages() {
    }

    /**
     * The standard pipeline factory: trained segmenters, the glossary's matcher, the standard aligner, the given
     * drafter (memory, then MT engines) for documents without English, and the QA checks (LanguageTool only when {@code grammar}).
     */
    public static BatchRunner.PipelineFactory standard(Glossary glossary, DraftChain drafter,
                                                       double reviewThreshold, boolean grammar) {
        return standard(glossary, drafter, reviewThreshold, grammar, Set.of());
    }

    /** As {@link #standard(Glossary, DraftChain, double, boolean)}, with a user's words the speller accepts. */
    public static BatchRunner.PipelineFactory standard(Glossary glossary, DraftChain drafter,
                                                       double reviewThreshold, boolean grammar,
                                                       Set<String> userWords) {
        return standard(glossary, drafter, reviewThreshold, grammar, userWords, ZwnjDictionary::empty);
    }

    /**
     * As {@link #standard(Glossary, DraftChain, double, boolean, Set)}, with a spelling dictionary that the Persian
     * normalizer weighs for ZWNJ repair. The dictionary is asked for when the batch starts, under the output
     * folder's lock: reading a large one must not delay a command's finding the folder in use.
     */
    public static BatchRunner.PipelineFactory standard(Glossary glossary, DraftChain drafter,
                                                       double reviewThreshold, boolean grammar,
                                                       Set<String> userWords, Supplier<ZwnjDictionary> dictionary) {
        Supplier<PersianNormalizer> persianOnce = new Supplier<>() {
            private PersianNormalizer made;

            @Override
            public synchronized PersianNormalizer get() {
                if (made == null) {
                    made = new PersianNormalizer(NormalizerOptions.defaults(), dictionary.get());
                }
                return made;
            }
        };
        TermMatcher matcher = new TermMatcher(glossary);
        TermAlternatives alternatives = new TermAlternatives(glossary);
        QaRunner qa = grammar ? QaRunner.standard(spellingExceptions(glossary), userWords)
                : QaRunner.withoutLanguageTool();
        return repeated -> new Pipeline(Segmenters.forLanguage(Lang.FA, repeated, persianOnce.get()),
                Segmenters.forLanguage(Lang.EN), matcher, alternatives,
                Aligners.standard(new AlignerOptions(reviewThreshold)), drafter, qa);
    }

    /**
     * The pipeline for aligning one document pair in any two languages: the trained segmenters (or one sentence a
     * line), the glossary's matcher, the standard aligner, no drafts, and the fast checks for Persian–English only
     * (the other checks assume that pair).
     */
    public static Pipeline forPair(Lang source, Lang target, boolean sentencePerLine, Glossary glossary,
                                   double reviewThreshold) {
        boolean persianEnglish = source == Lang.FA && target == Lang.EN;
        return new Pipeline(segmenter(source, sentencePerLine), segmenter(target, sentencePerLine),
                new TermMatcher(glossary), new TermAlternatives(glossary),
                Aligners.standard(new AlignerOptions(reviewThreshold)), DraftChain.none(),
                persianEnglish ? QaRunner.withoutLanguageTool() : QaRunner.of(List.of()));
    }

    private static SentenceSegmenter segmenter(Lang lang, boolean sentencePerLine) {
        return sentencePerLine ? new SentencePerLineSegmenter(lang) : Segmenters.forLanguage(lang);
    }

    /** The glossary's English terms, which the English spelling check must accept. */
    public static Set<String> spellingExceptions(Glossary glossary) {
        return glossary.terms().stream().map(Term::target).collect(java.util.stream.Collectors.toSet());
    }

    /** The Persian normalizer with {@code options}, weighing {@code dictionary} for ZWNJ repair. */
    public static PersianNormalizer normalizer(NormalizerOptions options, ZwnjDictionary dictionary) {
        return new PersianNormalizer(options, dictionary);
    }

    /** The spelling dictionary of {@code words} for ZWNJ repair; none when {@code words} is empty. */
    public static ZwnjDictionary zwnjDictionary(Optional<? extends Collection<String>> words) {
        return words.isEmpty() ? ZwnjDictionary.empty() : ZwnjDictionary.of(words.get());
    }

    /** The trained sentence segmenter of {@code lang}. */
    public static SentenceSegmenter segmenter(Lang lang) {
        return Segmenters.forLanguage(lang);
    }

    /** The glossary's term matcher. */
    public static TermMatcher matcher(Glossary glossary) {
        return new TermMatcher(glossary);
    }

    /**
     * The drafter for documents without English: the translation memory of {@code memory} (named
     * {@code memoryName}) when there is one, then the engines {@code config} lists.
     *
     * @param env reads environment variables, normally {@code System::getenv}
     * @param log receives progress lines of the MT engines
     */
    public static DraftChain drafter(DraftConfig config, String memoryName, Optional<List<TmUnit>> memory,
                                     MtCache cache, Function<String, String> env, Consumer<String> log) {
        return Translators.fromConfig(config, memory.map(units -> TranslationMemory.of(memoryName, units)), cache,
                env, log);
    }
}

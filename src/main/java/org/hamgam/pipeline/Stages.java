package org.hamgam.pipeline;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hamgam.align.AlignerOptions;
import org.hamgam.align.Aligners;
import org.hamgam.align.Dictionary;
import org.hamgam.draft.DraftChain;
import org.hamgam.draft.TranslationMemory;
import org.hamgam.draft.Translators;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.TermMatcher;
import org.hamgam.io.BadInputException;
import org.hamgam.io.TextFiles;
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
     * The standard pipeline factory: trained segmenters (which also cut at candidate breaks where there is English
     * to align with, {@link Segmenters#forAlignment}), the glossary's matcher, the standard aligner, the given
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
        Supplier<PersianNormalizer> persian = persianOnce(dictionary);
        return standard(glossary, repairedTerms(glossary, persian), drafter, reviewThreshold, grammar, userWords,
                persian);
    }

    /**
     * The standard pipeline factory with the Persian normalizer given, and the glossary's terms as {@code terms}
     * gives them (see {@link #repairedTerms}); both are asked for when the batch starts.
     */
    public static BatchRunner.PipelineFactory standard(Glossary glossary, Supplier<Glossary> terms,
                                                       DraftChain drafter, double reviewThreshold, boolean grammar,
                                                       Set<String> userWords, Supplier<PersianNormalizer> persian) {
        Supplier<TermMatcher> matcher = once(() -> new TermMatcher(terms.get()));
        Supplier<TermAlternatives> alternatives = once(() -> new TermAlternatives(terms.get()));
        QaRunner qa = grammar ? QaRunner.standard(spellingExceptions(glossary), userWords)
                : QaRunner.withoutLanguageTool();
        return repeated -> new Pipeline(Segmenters.forLanguage(Lang.FA, repeated, persian.get()),
                Segmenters.forAlignment(Lang.FA, repeated, persian.get()),
                Segmenters.forAlignment(Lang.EN), matcher.get(), alternatives.get(),
                Aligners.standard(new AlignerOptions(reviewThreshold)), drafter, qa);
    }

    /** The Persian normalizer weighing {@code dictionary}, made once, when first asked for. */
    public static Supplier<PersianNormalizer> persianOnce(Supplier<ZwnjDictionary> dictionary) {
        return once(() -> new PersianNormalizer(NormalizerOptions.defaults(), dictionary.get()));
    }

    /**
     * The glossary with its Persian terms written as {@code persian} writes the text, made once, when first asked
     * for: the terms a run hands on (in XLIFF, OmegaT's glossary) then read as its repaired segments do, and
     * OmegaT, which compares the glossary with the segments as written, finds them.
     */
    public static Supplier<Glossary> repairedTerms(Glossary glossary, Supplier<PersianNormalizer> persian) {
        return once(() -> glossary.withSources(term -> persian.get().normalize(term).text()));
    }

    /**
     * The glossary's Persian terms as a run hands them on ({@link #repairedTerms}), the normalizer weighing
     * {@code dictionary} as a run's does; with {@code keepWritten}, a spelling the repair changed stays as a variant
     * of its term ({@link Glossary#withSources(java.util.function.UnaryOperator, boolean)}).
     */
    public static Glossary handedOnTerms(Glossary glossary, Supplier<ZwnjDictionary> dictionary,
                                         boolean keepWritten) {
        PersianNormalizer persian = persianOnce(dictionary).get();
        return glossary.withSources(term -> persian.normalize(term).text(), keepWritten);
    }

    /** {@code make}'s value, made on the first call and kept. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }

    /**
     * The pipeline for aligning one document pair in any two languages: the trained segmenters cutting at candidate
     * breaks too ({@link Segmenters#forAlignment}; or one sentence a line), the glossary's matcher, the standard aligner, no drafts, and the fast checks for Persian–English only
     * (the other checks assume that pair).
     */
    public static Pipeline forPair(Lang source, Lang target, boolean sentencePerLine, Glossary glossary,
                                   double reviewThreshold) {
        return forPair(source, target, sentencePerLine, glossary, new AlignerOptions(reviewThreshold));
    }

    /**
     * The aligner's options: the review threshold and the word list it reads, the one in {@code dictionary} when
     * given, none with {@code noDictionary}, else the one shipped for the language pair.
     *
     * @throws BadInputException for a missing or undecodable file, a malformed line (named by number) or a list
     *                           without any entry of one word on each side
     */
    public static AlignerOptions alignerOptions(double reviewThreshold, Path dictionary, boolean noDictionary)
            throws BadInputException {
        AlignerOptions options = new AlignerOptions(reviewThreshold);
        if (noDictionary) {
            return options.withDictionary(Dictionary.empty());
        }
        if (dictionary == null) {
            return options;
        }
        Dictionary read;
        try {
            read = Dictionary.parse(TextFiles.read(dictionary, Optional.empty()).text().lines().toList());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(dictionary, e.getMessage(), e);
        }
        if (read.size() == 0) {
            throw new BadInputException(dictionary, "no entry with one Persian word and one English word: the "
                    + "aligner compares single words");
        }
        return options.withDictionary(read);
    }

    /** As {@link #forPair(Lang, Lang, boolean, Glossary, double)}, with the aligner's options given. */
    public static Pipeline forPair(Lang source, Lang target, boolean sentencePerLine, Glossary glossary,
                                   AlignerOptions alignment) {
        boolean persianEnglish = source == Lang.FA && target == Lang.EN;
        // the terms as the Persian segmenter's normalizer writes the text, as a run gives them
        Glossary terms = source == Lang.FA ? repairedTerms(glossary, PersianNormalizer::new).get() : glossary;
        return new Pipeline(segmenter(source, sentencePerLine, false), segmenter(source, sentencePerLine, true),
                segmenter(target, sentencePerLine, true), new TermMatcher(terms), new TermAlternatives(terms),
                Aligners.standard(alignment), DraftChain.none(),
                persianEnglish ? QaRunner.withoutLanguageTool() : QaRunner.of(List.of()));
    }

    /** With {@code forAlignment}, running text is cut at candidate breaks too, for the aligner to join again. */
    private static SentenceSegmenter segmenter(Lang lang, boolean sentencePerLine, boolean forAlignment) {
        if (sentencePerLine) {
            return new SentencePerLineSegmenter(lang);
        }
        return forAlignment ? Segmenters.forAlignment(lang) : Segmenters.forLanguage(lang);
    }

    /** The glossary's English terms and their synonyms, which the English spelling check must accept. */
    public static Set<String> spellingExceptions(Glossary glossary) {
        return glossary.terms().stream()
                .flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t.target()),
                        t.targetVariants().stream()))
                .collect(java.util.stream.Collectors.toSet());
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

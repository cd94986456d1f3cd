package org.hamgam.text;

/**
 * Normalizes Persian text for matching and display: presentation forms and Arabic letter variants to standard
 * Persian letters, kashida removed (or a hyphen between a word and a number), bidi controls dropped, digits per
 * policy, optional diacritic and hamza simplification, punctuation spacing, and ZWNJs repaired where a lexicon
 * gives evidence (کردهاند → کرده‌اند, کتاب ها → کتاب‌ها). The result keeps a map of every offset back to the
 * original text; only spaces, ZWNJs, kashida and invisible controls are ever removed, and nothing is reordered.
 * Line breaks are never touched, so a multi-line text keeps its line structure.
 *
 * <p>Thread-safe and cheap to construct: the lexicon is loaded once, on first use, and shared.
 */
public final class PersianNormalizer {
    static final char ZWNJ = '\u200C';
    static final char KASHIDA = '\u0640';

    private final NormalizerOptions options;
    private final CharMapper charMapper;
    /** Null for the shared lexicon, which is loaded only when first needed. */
    private final Lexicon lexicon;
    private final ZwnjDictionary dictionary;

    public PersianNormalizer() {
        this(NormalizerOptions.defaults());
    }

    public PersianNormalizer(NormalizerOptions options) {
        this(options, null, ZwnjDictionary.empty());
    }

    /**
     * A normalizer whose ZWNJ repair also weighs the spellings of {@code dictionary} (see {@link ZwnjDictionary}),
     * such as a Hunspell word list the caller has read.
     */
    public PersianNormalizer(NormalizerOptions options, ZwnjDictionary dictionary) {
        this(options, null, dictionary);
    }

    PersianNormalizer(NormalizerOptions options, Lexicon lexicon) {
        this(options, lexicon, ZwnjDictionary.empty());
    }

    PersianNormalizer(NormalizerOptions options, Lexicon lexicon, ZwnjDictionary dictionary) {
        this.options = java.util.Objects.requireNonNull(options, "options");
        this.charMapper = new CharMapper(options);
        this.lexicon = lexicon;
        this.dictionary = java.util.Objects.requireNonNull(dictionary, "dictionary");
    }

    /** The spelling dictionary the ZWNJ repair weighs; empty unless one was given. */
    public ZwnjDictionary dictionary() {
        return dictionary;
    }

    public NormalizerOptions options() {
        return options;
    }

    /** Normalizes {@code original}; never throws on any string, and never reorders characters. */
    public NormalizedText normalize(String original) {
        String text = original;
        int[] map = null;
        OffsetBuilder step = charMapper.apply(text);
        if (step != null) {
            text = step.text();
            map = step.map();
        }
        step = ZwnjCleanup.apply(text);
        if (step != null) {
            map = then(map, step);
            text = step.text();
        }
        if (options.fixSpacing()) {
            step = PunctuationSpacing.apply(text);
            if (step != null) {
                map = then(map, step);
                text = step.text();
            }
        }
        if (options.repairZwnj()) {
            Lexicon lex = lexicon != null ? lexicon : Lexicon.shared();
            step = new ZwnjRepair(lex, dictionary, options.followWriter()).apply(text);
            if (step != null) {
                map = then(map, step);
                text = step.text();
            }
        }
        return map == null ? NormalizedText.identity(original) : new NormalizedText(original, text, map);
    }

    /** The map of {@code step}'s output back to the original, given the map of its input. */
    private static int[] then(int[] map, OffsetBuilder step) {
        int[] stepMap = step.map();
        return map == null ? stepMap : OffsetBuilder.compose(stepMap, map);
    }
}

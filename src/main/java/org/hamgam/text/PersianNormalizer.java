package org.hamgam.text;

/**
 * Normalizes Persian text: Arabic letter variants to Persian ones, kashida removed (or turned into a hyphen
 * between a word and a number), bidi controls dropped, digits per policy. The result keeps a map of every
 * offset back to the original text. Thread-safe.
 */
public final class PersianNormalizer {
    static final char ZWNJ = '\u200C';
    static final char KASHIDA = '\u0640';

    private final NormalizerOptions options;

    public PersianNormalizer() {
        this(NormalizerOptions.defaults());
    }

    public PersianNormalizer(NormalizerOptions options) {
        this.options = options;
    }

    public NormalizerOptions options() {
        return options;
    }

    /** Normalizes {@code original}; never throws on any string, and never reorders characters. */
    public NormalizedText normalize(String original) {
        OffsetBuilder out = new OffsetBuilder(original);
        int n = original.length();
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            if (c == KASHIDA) {
                int end = i;
                while (end < n && original.charAt(end) == KASHIDA) {
                    end++;
                }
                // A run of kashida between a letter and a digit is used as a hyphen: شاهدــ۱۳۶.
                if (out.length() > 0 && Character.isLetter(out.charAt(out.length() - 1))
                        && end < n && Digits.isDigit(original.charAt(end))) {
                    out.append('-', i);
                }
                i = end - 1;
                continue;
            }
            if (isBidiControl(c)) {
                continue;
            }
            if (options.removeDiacritics() && isDiacritic(c)) {
                continue;
            }
            String mapped = mapLetter(c);
            if (mapped != null) {
                out.append(mapped, i);
            } else {
                out.append(Digits.convert(c, options.digits()), i);
            }
        }
        return out.build();
    }

    private String mapLetter(char c) {
        switch (c) {
            case '\u064A', '\u0649' -> { return "\u06CC"; } // ي ى → ی
            case '\u0643' -> { return "\u06A9"; }            // ك → ک
            case '\u0629' -> { return "\u0647"; }            // ة → ه
            default -> { }
        }
        if (options.simplifyHamza()) {
            switch (c) {
                case '\u0623', '\u0625' -> { return "\u0627"; } // أ إ → ا
                case '\u0624' -> { return "\u0648"; }            // ؤ → و
                case '\u0626' -> { return "\u06CC"; }            // ئ → ی
                case '\u06C0' -> { return "\u0647"; }            // ۀ → ه
                case '\u0654' -> { return ""; }                  // hamza above (هٔ)
                default -> { }
            }
        }
        return null;
    }

    static boolean isBidiControl(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u0652') || c == '\u0670';
    }
}

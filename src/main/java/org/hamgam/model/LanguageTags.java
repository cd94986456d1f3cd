package org.hamgam.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The language tags every output carries for the source and the target side, {@code fa} and {@code en} unless
 * the user asks for others (e.g. {@code fa-IR}, {@code en-GB}). One pair for all formats, because CAT tools
 * match languages by tag: a TMX in {@code fa-IR} does not serve an XLIFF in {@code fa}.
 */
public record LanguageTags(String source, String target) {
    /** Persian to English with bare language subtags, as the XLIFF and TMX specifications show them. */
    public static final LanguageTags DEFAULT = new LanguageTags("fa", "en");

    /** Scripts written right to left, by language subtag (the ones a Persian translator meets). */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("fa", "ar", "he", "ur", "ps", "ckb", "yi", "dv", "sd",
            "ug", "prs", "pes");

    public LanguageTags {
        source = wellFormed(source);
        target = wellFormed(target);
    }

    /** Whether the source language is written right to left. */
    public boolean sourceRightToLeft() {
        return rightToLeft(source);
    }

    /** Whether the target language is written right to left. */
    public boolean targetRightToLeft() {
        return rightToLeft(target);
    }

    private static boolean rightToLeft(String tag) {
        return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(tag).getLanguage());
    }

    /** The tag in its canonical case ({@code fa-IR}), or an exception naming what is wrong with it. */
    private static String wellFormed(String tag) {
        Objects.requireNonNull(tag, "language tag");
        Locale locale = Locale.forLanguageTag(tag);
        String canonical = locale.toLanguageTag();
        if (tag.isBlank() || locale.getLanguage().isEmpty() || !canonical.equalsIgnoreCase(tag.replace('_', '-'))) {
            throw new IllegalArgumentException("not a language tag such as fa or fa-IR: '" + tag + "'");
        }
        return canonical;
    }
}

package org.hamgam.text;

import java.util.Objects;

/**
 * What {@link PersianNormalizer} changes.
 *
 * @param digits           how digits are written
 * @param removeDiacritics drop short vowels and other harakat (kept by default)
 * @param simplifyHamza    write hamza forms plainly (أ → ا, ؤ → و, ئ → ی, هٔ/ۀ → ه); kept by default
 * @param repairZwnj       insert missing zero-width non-joiners where the lexicon supports it
 * @param fixSpacing       put spaces around punctuation as a Persian editor does
 * @param followWriter     when a text marks most ZWNJ boundaries (with ZWNJs, or with spaces that are repaired),
 *                         leave its words written joined as written (آنها, بزرگترین beside می شود) rather than
 *                         splitting them. Off by default: the same word is then always written the same way
 *                         whatever text it stands in, which matching needs; on, the text stays closer to its writer
 */
public record NormalizerOptions(DigitPolicy digits, boolean removeDiacritics, boolean simplifyHamza,
                                boolean repairZwnj, boolean fixSpacing, boolean followWriter) {
    public NormalizerOptions {
        Objects.requireNonNull(digits, "digits");
    }

    /** The defaults: digits kept, diacritics and hamza kept, ZWNJs repaired in every word, spacing fixed. */
    public static NormalizerOptions defaults() {
        return new NormalizerOptions(DigitPolicy.KEEP, false, false, true, true, false);
    }

    public NormalizerOptions withDigits(DigitPolicy policy) {
        return new NormalizerOptions(policy, removeDiacritics, simplifyHamza, repairZwnj, fixSpacing, followWriter);
    }

    public NormalizerOptions withRemoveDiacritics(boolean remove) {
        return new NormalizerOptions(digits, remove, simplifyHamza, repairZwnj, fixSpacing, followWriter);
    }

    public NormalizerOptions withSimplifyHamza(boolean simplify) {
        return new NormalizerOptions(digits, removeDiacritics, simplify, repairZwnj, fixSpacing, followWriter);
    }

    public NormalizerOptions withRepairZwnj(boolean repair) {
        return new NormalizerOptions(digits, removeDiacritics, simplifyHamza, repair, fixSpacing, followWriter);
    }

    public NormalizerOptions withFixSpacing(boolean fix) {
        return new NormalizerOptions(digits, removeDiacritics, simplifyHamza, repairZwnj, fix, followWriter);
    }

    public NormalizerOptions withFollowWriter(boolean follow) {
        return new NormalizerOptions(digits, removeDiacritics, simplifyHamza, repairZwnj, fixSpacing, follow);
    }
}

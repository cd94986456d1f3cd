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
 */
public record NormalizerOptions(DigitPolicy digits, boolean removeDiacritics, boolean simplifyHamza,
                                boolean repairZwnj, boolean fixSpacing) {
    public NormalizerOptions {
        Objects.requireNonNull(digits, "digits");
    }

    /** The defaults: digits kept, diacritics and hamza kept, ZWNJs repaired, spacing fixed. */
    public static NormalizerOptions defaults() {
        return new NormalizerOptions(DigitPolicy.KEEP, false, false, true, true);
    }

    public NormalizerOptions withDigits(DigitPolicy policy) {
        return new NormalizerOptions(policy, removeDiacritics, simplifyHamza, repairZwnj, fixSpacing);
    }

    public NormalizerOptions withRemoveDiacritics(boolean remove) {
        return new NormalizerOptions(digits, remove, simplifyHamza, repairZwnj, fixSpacing);
    }

    public NormalizerOptions withSimplifyHamza(boolean simplify) {
        return new NormalizerOptions(digits, removeDiacritics, simplify, repairZwnj, fixSpacing);
    }

    public NormalizerOptions withRepairZwnj(boolean repair) {
        return new NormalizerOptions(digits, removeDiacritics, simplifyHamza, repair, fixSpacing);
    }

    public NormalizerOptions withFixSpacing(boolean fix) {
        return new NormalizerOptions(digits, removeDiacritics, simplifyHamza, repairZwnj, fix);
    }
}

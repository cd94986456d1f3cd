package org.hamgam.text;

/** How the normalizer writes digits. Values are comparable across systems whatever the policy (see {@link Digits}). */
public enum DigitPolicy {
    /** Leave Latin and Persian digits as written; Arabic-Indic ٠–٩, a variant in Persian text, become Persian. */
    KEEP,
    /** Write Persian digits ۰–۹. */
    PERSIAN,
    /** Write Latin digits 0–9. */
    LATIN
}

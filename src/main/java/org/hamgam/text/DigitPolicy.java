package org.hamgam.text;

/** How the normalizer writes digits. Values are comparable across systems whatever the policy (see {@link Digits}). */
public enum DigitPolicy {
    /** Leave each digit in the system it was written in. */
    KEEP,
    /** Write Persian digits ۰–۹. */
    PERSIAN,
    /** Write Latin digits 0–9. */
    LATIN
}

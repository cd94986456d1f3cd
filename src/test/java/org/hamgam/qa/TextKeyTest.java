package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.hamgam.text.Letters;
import org.junit.jupiter.api.Test;

class TextKeyTest {

    @Test
    void everySpaceKeysToAPlainSpaceAndNothingElseDoes() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(TextKey.keyChar((char) c) == ' ').as("U+%04X", c).isEqualTo(Letters.isSpaceOrZwsp((char) c));
        }
    }

    @Test
    void lettersAndSpacesAreReadFromTheTableAsComputed() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Letters.isLetter((char) c)).as("U+%04X", c).isEqualTo(Character.isLetter((char) c));
        }
        for (char c : "\t\n\r \u00A0\u2000\u2005\u200A\u200B\u202F\u3000\u000B\f".toCharArray()) {
            assertThat(Letters.isSpaceOrZwsp(c)).as("U+%04X", (int) c).isTrue();
        }
        for (char c : "a\u0628\u200C\u06F1.-".toCharArray()) {
            assertThat(Letters.isSpaceOrZwsp(c)).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void textsThatDifferInSpacingOnlyHashAlike() {
        assertThat(InconsistentCheck.hash("  Stay\u00A0 at\thome. "))
                .isEqualTo(InconsistentCheck.hash("stay at home"))
                .isNotEqualTo(InconsistentCheck.hash("stayat home"));
        assertThat(InconsistentCheck.hash("\u06A9\u0631\u0648\u0646\u0627 \u06F1\u06F9"))
                .isEqualTo(InconsistentCheck.hash("\u0643\u0631\u0648\u0646\u0627  19."));
    }
}

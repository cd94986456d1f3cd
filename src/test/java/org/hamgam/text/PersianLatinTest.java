package org.hamgam.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersianLatinTest {
    @Test
    void everyConsonantLetterHasASpellingAndVowelLettersHaveNone() {
        for (char c : "بپتطثسصشجژچحهةخقکكدذزضظرغگفلمنو".toCharArray()) {
            assertThat(PersianLatin.consonant(c)).as("%c", c).matches("[a-z]{1,2}");
        }
        for (char c : "اآیيعءئأ\u064Ea ".toCharArray()) {
            assertThat(PersianLatin.consonant(c)).as("U+%04X", (int) c).isEmpty();
        }
        assertThat(PersianLatin.consonant('ش')).isEqualTo("sh");
        assertThat(PersianLatin.consonant('خ')).isEqualTo("kh");
        assertThat(PersianLatin.consonant('غ')).isEqualTo("gh");
        assertThat(PersianLatin.consonant('ژ')).isEqualTo("zh");
        assertThat(PersianLatin.consonant('ق')).isEqualTo("q");
    }
}

package org.hamgam.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadInputTest {
    private final PersianNormalizer normalizer = new PersianNormalizer();

    @Test
    void passesLatinTextThrough() {
        String latin = "The quick brown fox (jumps) over: the lazy dog. 3.14, e.g. www.example.com!";
        assertThat(normalizer.normalize(latin).text()).isEqualTo(latin);
    }

    @Test
    void handlesMixedScripts() {
        NormalizedText n = normalizer.normalize("پروژه Hamgam نسخه 2.0 را منتشر کردهاند");
        assertThat(n.text()).isEqualTo("پروژه Hamgam نسخه 2.0 را منتشر کرده‌اند");
    }

    @Test
    void handlesEmptyAndBlankLines() {
        assertThat(normalizer.normalize("").text()).isEmpty();
        assertThat(normalizer.normalize("\n\n \n").text()).isEqualTo("\n\n \n");
    }

    @Test
    void handlesUnpairedSurrogates() {
        String s = "کتاب\uD800ها \uDC00 می\uDBFFشود";
        NormalizedText n = normalizer.normalize(s);
        assertThat(n.text()).contains("\uD800", "\uDC00", "\uDBFF");
        assertThat(n.toOriginal(n.text().length())).isEqualTo(s.length());
    }

    @Test
    void handlesBidiControlsEverywhere() {
        String s = "\u202E\u2066کتاب\u200Fها\u2069 \u200E";
        NormalizedText n = normalizer.normalize(s);
        assertThat(n.text()).doesNotContain("\u202E", "\u2066", "\u200F", "\u2069", "\u200E");
        assertThat(n.text()).startsWith("کتاب");
    }

    @Test
    void handlesATenMegabyteLine() {
        StringBuilder b = new StringBuilder(10_500_000);
        String piece = "کتابهای نزدیکتر می شود ، Latin 123 ";
        while (b.length() < 10_000_000) {
            b.append(piece);
        }
        String line = b.toString();
        NormalizedText n = normalizer.normalize(line);
        assertThat(n.text()).startsWith("کتاب‌های نزدیک‌تر می‌شود، Latin");
        assertThat(n.toOriginal(n.text().length())).isEqualTo(line.length());
    }
}

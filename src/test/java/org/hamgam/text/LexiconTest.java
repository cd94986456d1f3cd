package org.hamgam.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void shippedLexiconLoads() {
        Lexicon lexicon = Lexicon.shared();
        assertThat(lexicon.size()).isGreaterThan(30_000);
        assertThat(lexicon.get("آسیبپذیر").surface()).isEqualTo("آسیب‌پذیر");
        assertThat(lexicon.get("همسر").surface()).isEqualTo("همسر");
        assertThat(lexicon.isPresentStem("توان")).isTrue();
        assertThat(lexicon.isPastStem("کرد")).isTrue();
    }

    @Test
    void rangeLookupAgreesWithKeyLookup() {
        Lexicon lexicon = Lexicon.shared();
        String text = "x آسیب‌پذیر کِتاب سرمایه‌گذاری‌ها قزمیتلوب";
        for (String word : text.split(" ")) {
            int from = text.indexOf(word);
            assertThat(lexicon.lookup(text, from, from + word.length())).as(word)
                    .isEqualTo(lexicon.lookup(Lexicon.key(word)));
        }
        int a = text.indexOf("آسیب");
        assertThat(lexicon.lookup(text, a, a + 4, a + 5, a + 9)).isEqualTo(lexicon.get("آسیبپذیر"));
    }

    @Test
    void aSecondPartIsProductiveWhenItFollowsEnoughTrustedWords() throws java.io.IOException {
        // w: surface, corpus, dictionary, tags, spaced; five trusted words before نویس, four before زدایی
        StringBuilder lines = new StringBuilder();
        String[] heads = {"کتاب", "نامه", "داستان", "ترانه", "حماسه"};
        for (int i = 0; i < heads.length; i++) {
            lines.append("w\t").append(heads[i]).append("\t1\t5\tN\t0\n");
            lines.append("w\t").append(heads[i]).append("‌نویس\t0\t3\tN\t0\n");
            if (i < Lexicon.PRODUCTIVE - 1) {
                lines.append("w\t").append(heads[i]).append("‌زدایی\t0\t3\tN\t0\n");
            }
        }
        // an untrusted first part (no corpus count, no tag) does not count
        lines.append("w\tقزمیت\t0\t1\t\t0\nw\tقزمیت‌زدایی\t0\t3\tN\t0\n");
        Lexicon lexicon = Lexicon.read(new java.io.BufferedReader(new java.io.StringReader(lines.toString())));
        assertThat(lexicon.isProductiveTail("نویس")).isTrue();
        assertThat(lexicon.mayBeTail("نویس".hashCode())).isTrue();
        assertThat(lexicon.isProductiveTail("زدایی")).isFalse();
        assertThat(lexicon.isProductiveTail("کتاب")).isFalse();
    }

    @Test
    void heldOutSentencesAreNotLearnedFrom() {
        assertThat(LexiconBuilder.TRAINING_FILES).doesNotContain(LexiconBuilder.HELD_OUT_FILE);
    }

    @Test
    void keysIgnoreZwnjsAndMarks() {
        assertThat(Lexicon.key("کرده‌اند")).isEqualTo("کردهاند");
        assertThat(Lexicon.key("کِتاب")).isEqualTo("کتاب");
    }

    @Test
    void normalizersShareTheLexiconAndAreCheap() {
        for (int i = 0; i < 10_000; i++) {
            new PersianNormalizer();
        }
        assertThat(new PersianNormalizer().normalize("میشود").text()).isEqualTo("می‌شود");
        assertThat(Lexicon.shared()).isSameAs(Lexicon.shared());
    }
}

package org.hamgam.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.TestResources;
import org.hamgam.io.PersianDictionaryFiles;
import org.junit.jupiter.api.Test;

class ZwnjDictionaryTest {
    private static final String Z = "\u200C";

    private static PersianNormalizer withTinyDictionary() throws Exception {
        return new PersianNormalizer(NormalizerOptions.defaults(),
                ZwnjDictionary.of(PersianDictionaryFiles.read(TestResources.tinyPersianDictionary())));
    }

    @Test
    void aWordTheLexiconCannotReadTakesTheDictionarysZwnj() throws Exception {
        assertThat(new PersianNormalizer().normalize("قزمیتلوب").text()).isEqualTo("قزمیتلوب");
        assertThat(withTinyDictionary().normalize("قزمیتلوب").text()).isEqualTo("قزمیت" + Z + "لوب");
    }

    @Test
    void twoWordsWrittenApartJoinWhenTheDictionaryListsThemAsOne() throws Exception {
        NormalizedText n = withTinyDictionary().normalize("این قزمیت لوب است");
        assertThat(n.text()).isEqualTo("این قزمیت" + Z + "لوب است");
        assertThat("این قزمیت لوب است".charAt(n.toOriginal(n.text().indexOf(Z)))).isEqualTo(' ');
    }

    @Test
    void aVerbPhraseTheDictionaryWritesAsOneStaysApart() throws Exception {
        assertThat(withTinyDictionary().normalize("او گفته است").text()).isEqualTo("او گفته است");
    }

    @Test
    void theLexiconsReadingIsNotOverruled() throws Exception {
        // the list writes the plural solid; the lexicon's reading stands (both spellings are standard)
        assertThat(withTinyDictionary().normalize("کتابها و کتاب ها").text())
                .isEqualTo("کتاب" + Z + "ها و کتاب" + Z + "ها");
    }

    @Test
    void theEmptyDictionaryChangesNothing() {
        PersianNormalizer plain = new PersianNormalizer();
        PersianNormalizer empty = new PersianNormalizer(NormalizerOptions.defaults(), ZwnjDictionary.empty());
        for (String s : List.of("آنها کتاب ها را میخوانند", "بهعنوان نزدیکتر", "قزمیتلوب بلنگشان")) {
            assertThat(empty.normalize(s).text()).isEqualTo(plain.normalize(s).text());
        }
    }

    @Test
    void keysWordsByTheirLettersAndKeepsWhereEverySpellingPutsAZwnj() {
        ZwnjDictionary d = ZwnjDictionary.of(List.of("هم" + Z + "زمان", "همزمان", "نیم" + Z + "رخ", "abc"));
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.knows("همزمان")).isTrue();
        assertThat(d.anySpelling("همزمان")).isEqualTo(1 << 2);
        assertThat(d.everySpelling("همزمان")).isZero();
        assertThat(d.everySpelling("نیمرخ")).isEqualTo(1 << 3);
        assertThat(d.startsCompound("نیم")).isTrue();
        assertThat(d.startsCompound("هم")).isFalse();
    }
}

package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hamgam.TestResources;
import org.junit.jupiter.api.Test;

class PersianDictionaryFilesTest {
    @Test
    void readsAHunspellListWithoutItsCountLineAndFlags() throws Exception {
        assertThat(PersianDictionaryFiles.read(TestResources.tinyPersianDictionary()))
                .containsExactly("قزمیت\u200Cلوب", "گفته\u200Cاست", "کتابها", "کتاب", "بلنگ\u200Cوار");
    }

    @Test
    void aGivenFileWinsOverTheInstalledOne() {
        Path given = Path.of("my.dic");
        assertThat(PersianDictionaryFiles.choose(given)).contains(given);
    }
}

package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFolderTest {
    @TempDir
    Path dir;

    @Test
    void pairsPersianDocumentsWithTheirEnglishCounterparts() throws Exception {
        for (String name : new String[] {"b.txt", "b.en.txt", "a.fa.txt", "c.en.txt", ".hidden.txt", "notes.md"}) {
            Files.writeString(dir.resolve(name), "x");
        }
        InputFolder.Listing listing = InputFolder.scan(dir);
        assertThat(listing.documents()).containsExactly(
                new InputFolder.Entry("a", dir.resolve("a.fa.txt"), Optional.empty()),
                new InputFolder.Entry("b", dir.resolve("b.txt"), Optional.of(dir.resolve("b.en.txt"))));
        assertThat(listing.orphans()).containsExactly(dir.resolve("c.en.txt"));
    }

    @Test
    void aMissingFolderIsBadInput() {
        assertThatThrownBy(() -> InputFolder.scan(dir.resolve("missing")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("missing").hasMessageContaining("no such folder");
    }
}

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
        assertThat(listing.ignored()).extracting(InputFolder.Ignored::file).containsExactly(dir.resolve("notes.md"));
    }

    @Test
    void aPlainNameBesideTheSameFaNameIsReported() throws Exception {
        Files.writeString(dir.resolve("c.txt"), "x");
        Files.writeString(dir.resolve("c.fa.txt"), "y");
        Files.createDirectory(dir.resolve("sub"));
        InputFolder.Listing listing = InputFolder.scan(dir);
        assertThat(listing.documents()).extracting(InputFolder.Entry::persian).containsExactly(dir.resolve("c.fa.txt"));
        assertThat(listing.ignored()).extracting(InputFolder.Ignored::file)
                .containsExactlyInAnyOrder(dir.resolve("c.txt"), dir.resolve("sub"));
        assertThat(listing.ignored()).filteredOn(i -> i.file().endsWith("c.txt"))
                .extracting(InputFolder.Ignored::reason).first().asString().contains("c.fa.txt");
    }

    @Test
    void aMissingFolderIsBadInput() {
        assertThatThrownBy(() -> InputFolder.scan(dir.resolve("missing")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("missing").hasMessageContaining("no such folder");
    }
}

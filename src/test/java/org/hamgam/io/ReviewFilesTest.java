package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hamgam.model.Bitext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryFormatIntoTheFolder() throws Exception {
        Bitext bitext = rename(Fixtures.hostile(), "doc");
        List<Path> files = ReviewFiles.write(bitext, dir.resolve("doc"), ReviewFiles.standard(0.5), new MosesWriter());
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("doc.xlf", "doc.xliff12.xlf", "doc.tmx", "doc.html", "doc.fa.txt", "doc.en.txt");
        assertThat(files).allSatisfy(p -> assertThat(p).isNotEmptyFile());
        assertThat(Files.readAllLines(files.get(4))).hasSameSizeAs(Files.readAllLines(files.get(5))).hasSize(3);
        XmlSupport.validate(XmlSupport.xliff21(), Files.readString(files.get(0)));
        XmlSupport.validate(XmlSupport.tmx14(), Files.readString(files.get(2)));
    }

    @Test
    void refusesNamesThatLeaveTheFolder() {
        Bitext bitext = rename(Fixtures.hostile(), "../escape");
        assertThatThrownBy(() -> ReviewFiles.write(bitext, dir.resolve("out"), ReviewFiles.standard(0.5), null))
                .isInstanceOf(IOException.class).hasMessageContaining("outside");
        assertThat(dir.resolve("escape.xlf")).doesNotExist();
    }

    private static Bitext rename(Bitext b, String id) {
        return new Bitext(id, b.source(), b.target(), b.rows(), b.quality(), b.notes());
    }
}

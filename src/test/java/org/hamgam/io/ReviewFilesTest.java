package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void namesThatWouldLeaveTheFolderStayInside() throws Exception {
        Bitext bitext = rename(Fixtures.hostile(), "../escape");
        Path out = dir.resolve("out");
        List<Path> files = ReviewFiles.write(bitext, out, ReviewFiles.standard(0.5), null);
        assertThat(files).hasSize(4).allSatisfy(p -> assertThat(p.getParent()).isEqualTo(out.toAbsolutePath()));
        assertThat(dir.resolve("escape.xlf")).doesNotExist();
    }

    private static Bitext rename(Bitext b, String id) {
        return new Bitext(id, b.source(), b.target(), b.rows(), b.quality(), b.notes());
    }
}

package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operating system's refusals, put as reasons a user reads, about the path the user gave. */
class OutputWriteExceptionTest {
    private static final Path GIVEN = Path.of("out/x.tsv");

    @Test
    void eachRefusalIsSaidInWordsAboutThePathGiven() {
        assertThat(OutputWriteException.of(GIVEN, new AccessDeniedException("/sys/.x.tsv.976afbaf.tmp")))
                .hasMessage("out/x.tsv: cannot write: permission denied");
        assertThat(OutputWriteException.of(GIVEN, new FileSystemException("/mnt/.x.tsv.1.tmp", null,
                "Read-only file system"))).hasMessage("out/x.tsv: cannot write: read-only file system");
        assertThat(OutputWriteException.of(GIVEN, new FileSystemException("/sys/hamgam-out", null,
                "Operation not permitted"))).hasMessage("out/x.tsv: cannot write: operation not permitted");
    }

    @Test
    void aFolderThatIsThereButRefusesNewFilesIsNotCalledMissingNorIsTheTemporaryFileNamed(@TempDir Path dir) {
        // /proc answers "no such file" to a file made in it, though the folder is there
        Path given = dir.resolve("x.tbx");
        String temporary = dir.resolve(".x.tbx.91abeb41b04ded6e.tmp").toString();
        assertThat(OutputWriteException.of(given, new NoSuchFileException(temporary)))
                .hasMessage(given + ": cannot write: cannot create a file in " + dir);
        assertThat(OutputWriteException.of(given, new NoSuchFileException(dir.resolve("sub").toString())))
                .hasMessage(given + ": cannot write: cannot create sub in " + dir);
        // an output folder run makes is no file
        Path folder = dir.resolve("out");
        assertThat(OutputWriteException.of(folder, new NoSuchFileException(folder.toString())))
                .hasMessage(folder + ": cannot write: cannot create out in " + dir);
    }

    @Test
    void aFolderThatIsNotThereIsNamed(@TempDir Path dir) {
        Path gone = dir.resolve("gone");
        Path given = gone.resolve("x.tsv");
        assertThat(OutputWriteException.of(given, new NoSuchFileException(gone.resolve(".x.tsv.1f.tmp").toString())))
                .hasMessage(given + ": cannot write: no such folder " + gone);
    }
}

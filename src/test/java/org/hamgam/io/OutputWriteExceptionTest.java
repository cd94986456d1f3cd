package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
        assertThat(OutputWriteException.of(GIVEN, new NoSuchFileException("/proc/nope")))
                .hasMessage("out/x.tsv: cannot write: no such folder /proc/nope");
    }
}

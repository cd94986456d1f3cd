package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code hamgam review} says before it serves: a folder that is no run output, a bad or busy port. */
class ReviewCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderWithoutARunIsBadInput() throws Exception {
        MainTest.Result missing = hamgam("review", tmp.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).contains("no such folder").contains("hamgam run");
        Files.createDirectories(tmp.resolve("empty"));
        MainTest.Result empty = hamgam("review", tmp.resolve("empty").toString());
        assertThat(empty.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(empty.err()).contains("not an output folder of 'hamgam run'");
        assertThat(empty.out()).isEmpty();
    }

    @Test
    void aBadOrBusyPortIsBadUsage() throws Exception {
        Path output = Files.createDirectories(tmp.resolve("output/doc"));
        Files.writeString(output.resolve("doc.jsonl"), "");
        assertThat(hamgam("review", tmp.resolve("output").toString(), "--port", "70000").err())
                .contains("--port must be between 0 and 65535");
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            MainTest.Result result = hamgam("review", tmp.resolve("output").toString(), "--port",
                    String.valueOf(busy.getLocalPort()));
            assertThat(result.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(result.err()).contains("cannot listen on 127.0.0.1:" + busy.getLocalPort())
                    .contains("another --port");
            assertThat(result.out()).isEmpty();
        }
    }
}

package org.hamgam;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's OmegaT ({@code apt-get install omegat}) headless on a project, as a translator's machine would
 * open it. Without OmegaT the calling test is skipped with the reason; under continuous integration
 * ({@code CI=true}) it fails, so that a run without OmegaT cannot pass as a run with it.
 */
public final class Omegat {
    /** Debian's launcher. */
    public static final Path PROGRAM = Path.of("/usr/bin/omegat");

    private Omegat() {
    }

    /** Skips the calling test (fails it under CI) unless OmegaT is installed. */
    public static void require() {
        if (Files.isExecutable(PROGRAM)) {
            return;
        }
        String reason = PROGRAM + " is missing: OmegaT test not run (apt-get install -y omegat)";
        if ("true".equals(System.getenv("CI"))) {
            fail(reason);
        }
        assumeTrue(false, reason);
    }

    /**
     * {@code omegat PROJECT --mode=console-translate}: loads the project as the desktop application does (memories,
     * {@code tm/auto/} insertion, filters, segmentation) and writes the target files. Returns OmegaT's output.
     */
    public static String translate(Path project, Path home) throws IOException, InterruptedException {
        Path log = Files.createTempFile("omegat", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(PROGRAM.toString(), project.toString(),
                    "--mode=console-translate").redirectErrorStream(true).redirectOutput(log.toFile());
            // OmegaT keeps its settings in the user's home; a fresh one keeps the test independent of the machine.
            builder.environment().put("HOME", home.toString());
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home + " -Djava.awt.headless=true");
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("OmegaT did not finish within 5 minutes");
            }
            String output = Files.readString(log);
            if (process.exitValue() != 0) {
                fail("OmegaT exited with " + process.exitValue() + ":\n" + output);
            }
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}

package org.hamgam.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@code hamgam} as its own Java process, as a user's shell does, with the test's class path. */
final class HamgamProcess {
    static final Path GLOSSARY = Path.of("glossary/terms.tsv").toAbsolutePath();

    private HamgamProcess() {
    }

    /** A started command; its output goes to {@code log}. */
    static Process start(Path workDir, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("org.hamgam.cli.Main");
        command.addAll(List.of(args));
        Files.createDirectories(workDir);
        return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    /** Waits for {@code process} at most {@code seconds}, killing it when it takes longer. */
    static int await(Process process, int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("hamgam did not finish within " + seconds + " s");
        }
        return process.exitValue();
    }

    /** Runs a command to its end and returns its exit code. */
    static int run(Path workDir, Path log, String... args) throws IOException, InterruptedException {
        return await(start(workDir, log, args), 300);
    }
}

package org.hamgam.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hamgam.io.OutputGeneration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault: {@code kill -9} at random points of a run over an older output. After each kill the folder holds one
 * whole generation (the previous one, or the new one when the kill came after its documents were in), and once
 * the next run ends it holds that run's outputs and no temporary file.
 */
class KilledRunTest {
    static final int KILLS = 4;

    @TempDir
    Path tmp;

    private static Path batch(Path dir, String extraLine) throws Exception {
        Files.createDirectories(dir);
        String fa = Files.readString(RepeatedStoriesTest.SEED_FA);
        for (int i = 1; i <= 5; i++) {
            Files.writeString(dir.resolve("doc" + i + ".txt"), fa + extraLine + " " + i + ".\n");
        }
        Files.copy(RepeatedStoriesTest.SEED_EN, dir.resolve("doc1.en.txt"));
        return dir;
    }

    private int run(Path input, Path output) throws Exception {
        return HamgamProcess.run(tmp, tmp.resolve("run.log"), "run", "--quiet", "--no-grammar", "--threads", "2",
                "--glossary", HamgamProcess.GLOSSARY.toString(), "--input", input.toString(),
                "--output", output.toString());
    }

    static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString();
                if (!name.equals(".hamgam.lock")) {
                    files.put(name, Files.readString(p));
                }
            }
        }
        return files;
    }

    @Test
    void aKilledRunLeavesOneWholeGenerationAndTheNextRunLeavesNoTemporaryFiles() throws Exception {
        Path[] inputs = {batch(tmp.resolve("in1"), "نسخه نخست"), batch(tmp.resolve("in2"), "نسخه دوم")};
        Path out = tmp.resolve("out");
        assertThat(run(inputs[1], tmp.resolve("reference"))).isZero();
        long started = System.nanoTime();
        assertThat(run(inputs[0], out)).isZero();
        long runNanos = System.nanoTime() - started;
        List<Map<String, String>> generations = List.of(snapshot(out), snapshot(tmp.resolve("reference")));
        assertThat(generations.get(0)).isNotEqualTo(generations.get(1));

        Random random = new Random(19);
        int current = 0;
        int whileStaging = 0;
        int whilePublishing = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            int next = 1 - current;
            Process process = HamgamProcess.start(tmp, tmp.resolve("killed.log"), "run", "--quiet", "--no-grammar",
                    "--threads", "2", "--glossary", HamgamProcess.GLOSSARY.toString(),
                    "--input", inputs[next].toString(), "--output", out.toString());
            Thread.sleep((long) (runNanos / 1e6 * (0.2 + 0.8 * random.nextDouble())));
            process.destroyForcibly().waitFor();
            if (Files.exists(out.resolve(".publish"))) {
                whilePublishing++;
            } else if (Files.exists(out.resolve(".staging"))) {
                whileStaging++;
            }
            OutputGeneration.recover(out);
            Map<String, String> after = snapshot(out);
            assertThat(after).as("after kill %d", kill + 1).isIn(generations.get(current), generations.get(next));
            current = generations.indexOf(after);
        }
        System.out.printf("KilledRunTest: %d kills (%d while staging, %d while publishing, %d before or after)%n",
                KILLS, whileStaging, whilePublishing, KILLS - whileStaging - whilePublishing);

        assertThat(run(inputs[1], out)).isZero();
        assertThat(snapshot(out)).isEqualTo(generations.get(1));
        assertThat(OutputAudit.leftovers(out)).isEmpty();
        for (int i = 1; i <= 5; i++) {
            OutputAudit.assertNothingLost(inputs[1].resolve("doc" + i + ".txt"),
                    out.resolve("doc" + i).resolve("doc" + i + ".jsonl"), "fa");
        }
        OutputAudit.assertNothingLost(inputs[1].resolve("doc1.en.txt"), out.resolve("doc1/doc1.jsonl"), "en");
    }
}

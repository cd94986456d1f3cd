package org.hamgam.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hamgam.io.TmxMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault: commands that write the same memory or output folder at once, each its own process. Imports take turns
 * and every one's pair is kept; a second run into a folder in use is refused with a message and takes nothing
 * from the first run's outputs.
 */
class ConcurrentCommandsTest {
    static final int IMPORTS = 8;

    @TempDir
    Path tmp;

    @Test
    void eightImportsIntoOneMemoryAtOnceKeepAllEightPairs() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < IMPORTS; i++) {
            Files.writeString(input.resolve("x" + i + ".txt"), "پهپادها در سال " + (2000 + i) + " رسید.\n");
            Files.writeString(input.resolve("x" + i + ".en.txt"), "The drones arrived in " + (2000 + i) + ".\n");
        }
        Path out = tmp.resolve("out");
        RepeatedStoriesTest.run(input, out);
        List<Process> imports = new ArrayList<>();
        Path memory = tmp.resolve("same.tmx");
        for (int i = 0; i < IMPORTS; i++) {
            Path reviewed = tmp.resolve("x" + i + ".xlf");
            Files.writeString(reviewed, Files.readString(out.resolve("x" + i).resolve("x" + i + ".xlf"))
                    .replaceFirst("state=\"initial\"", "state=\"reviewed\""));
            imports.add(HamgamProcess.start(tmp, tmp.resolve("import" + i + ".log"), "import", "--output",
                    out.toString(), "--tm", memory.toString(), reviewed.toString()));
        }
        for (int i = 0; i < IMPORTS; i++) {
            assertThat(HamgamProcess.await(imports.get(i), 120)).as(Files.readString(tmp.resolve("import" + i + ".log")))
                    .isZero();
        }
        assertThat(TmxMemory.read(memory)).extracting(TmxMemory.Pair::target)
                .containsExactlyInAnyOrder(java.util.stream.IntStream.range(0, IMPORTS)
                        .mapToObj(i -> "The drones arrived in " + (2000 + i) + ".").toArray(String[]::new));
        assertThat(OutputAudit.leftovers(tmp)).filteredOn(p -> p.toString().endsWith(".tmp")).isEmpty();
    }

    @Test
    void aSecondRunIntoAFolderInUseIsRefusedAndTheFirstRunsIndexKeepsItsDocuments() throws Exception {
        Path first = Files.createDirectories(tmp.resolve("first"));
        Path second = Files.createDirectories(tmp.resolve("second"));
        for (int i = 0; i < 6; i++) {
            Files.copy(RepeatedStoriesTest.SEED_FA, first.resolve("a" + i + ".txt"));
        }
        Files.writeString(second.resolve("b.txt"), "متن کوتاه دیگری است.\n");
        Path out = tmp.resolve("out");
        Process one = HamgamProcess.start(tmp, tmp.resolve("one.log"), "run", "--no-grammar", "--threads", "1",
                "--glossary", HamgamProcess.GLOSSARY.toString(), "--input", first.toString(),
                "--output", out.toString());
        // The second run starts once the first is staging, that is while it holds the folder.
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!Files.exists(out.resolve(".staging")) && one.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(one.isAlive()).as("the first run was still running when the second started").isTrue();
        int refused = HamgamProcess.run(tmp, tmp.resolve("two.log"), "run", "--quiet", "--no-grammar",
                "--glossary", HamgamProcess.GLOSSARY.toString(), "--input", second.toString(),
                "--output", out.toString());
        assertThat(HamgamProcess.await(one, 300)).as(Files.readString(tmp.resolve("one.log"))).isZero();

        String message = Files.readString(tmp.resolve("two.log"));
        assertThat(refused).isEqualTo(1);
        assertThat(message.strip()).doesNotContain("\n").contains(out.toString()).contains("in use");
        JsonNode index = new ObjectMapper().readTree(out.resolve("index.json").toFile());
        List<String> names = new ArrayList<>();
        index.path("documents").forEach(d -> names.add(d.path("name").asText()));
        assertThat(names).containsExactly("a0", "a1", "a2", "a3", "a4", "a5");
        assertThat(out.resolve("b")).doesNotExist();
        assertThat(OutputAudit.leftovers(out)).isEmpty();
    }
}

package org.hamgam.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hamgam.io.OutputNames;
import org.hamgam.pipeline.BatchResult;
import org.hamgam.pipeline.DocumentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault: document names that meet once made safe for the file system, a name too long for it, and two files
 * that claim the same document. Each document gets its own folder holding only its own text, the same folder in
 * every run, and every input file is processed or named in a warning.
 */
class CollidingNamesTest {
    @TempDir
    Path tmp;

    @Test
    void collidingNamesGetTheirOwnStableFoldersAndNoFileGoesUnmentioned() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        List<String> lines = Files.readAllLines(RepeatedStoriesTest.SEED_FA);
        String longName = "گزارش‌های راهبردی درباره همکاری نظامی بلاروس و جمهوری اسلامی ایران در تولید پهپاد و موشک "
                + "در سال‌های اخیر";
        List<String> names = List.of("a b", "a_b", "a?b", "A_B", longName, "c");
        for (int i = 0; i < names.size(); i++) {
            // Each document a different paragraph, so that a folder holding another's files shows.
            Files.writeString(input.resolve(names.get(i) + (names.get(i).equals("c") ? ".fa.txt" : ".txt")),
                    lines.get(i) + "\n");
        }
        Files.writeString(input.resolve("c.txt"), lines.get(9) + "\n");
        Files.writeString(input.resolve("notes.md"), "not a document\n");

        BatchResult first = RepeatedStoriesTest.run(input, tmp.resolve("out"), 8);
        BatchResult second = RepeatedStoriesTest.run(input, tmp.resolve("out"), 8);

        assertThat(first.failures()).isEmpty();
        assertThat(first.documents()).extracting(DocumentResult::name).containsExactlyInAnyOrderElementsOf(names);
        Set<String> folders = new HashSet<>();
        for (DocumentResult doc : second.documents()) {
            String folder = OutputNames.safe(doc.name());
            assertThat(folders.add(folder)).as("folder of %s", doc.name()).isTrue();
            assertThat(folder.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
            Path jsonl = tmp.resolve("out").resolve(folder).resolve(folder + ".jsonl");
            OutputAudit.assertNothingLost(doc.persian(), jsonl, "fa");
        }
        assertThat(first.documents()).extracting(DocumentResult::files)
                .isEqualTo(second.documents().stream().map(DocumentResult::files).toList());
        assertThat(first.warnings()).anyMatch(w -> w.contains("c.txt") && w.contains("c.fa.txt"))
                .anyMatch(w -> w.contains("notes.md"));

        JsonNode index = new ObjectMapper().readTree(tmp.resolve("out/index.json").toFile());
        List<String> listed = new ArrayList<>();
        index.path("documents").forEach(d -> listed.add(d.path("name").asText()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(names);
        try (var entries = Files.list(tmp.resolve("out"))) {
            assertThat(entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")))
                    .hasSize(names.size());
        }
        assertThat(OutputAudit.leftovers(tmp.resolve("out"))).isEmpty();
    }
}

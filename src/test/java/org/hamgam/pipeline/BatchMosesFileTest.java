package org.hamgam.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamgam.draft.DraftChain;
import org.hamgam.glossary.Glossary;
import org.hamgam.io.Json;
import org.hamgam.model.LanguageTags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch's Moses corpus: every aligned document's own Moses lines, in the index's order, whichever thread
 * finished first; a document without English adds no line of its own drafts.
 */
class BatchMosesFileTest {
    private static final String SEED = SeedRunTest.SEED;

    @TempDir
    Path tmp;

    @Test
    void theCorpusIsTheAlignedDocumentsMosesFilesInIndexOrder() throws Exception {
        List<String> fa = Files.readAllLines(Path.of("seeds", SEED + ".txt"));
        List<String> en = Files.readAllLines(Path.of("seeds", SEED + ".en.txt"));
        Path input = Files.createDirectories(tmp.resolve("in"));
        // The long document first in the listing's order but last to finish, so that order is not luck.
        Files.write(input.resolve("a.txt"), fa);
        Files.write(input.resolve("a.en.txt"), en);
        Files.write(input.resolve("b.txt"), fa.subList(0, 8));
        Files.write(input.resolve("b.en.txt"), en.subList(0, 8));
        Files.write(input.resolve("c.txt"), fa.subList(8, 14));
        Path output = tmp.resolve("out");
        Glossary glossary = GlossaryFiles.load(List.of(Path.of("glossary")));
        RunOptions options = new RunOptions(input, List.of(), output, 2, 0.5, false, Optional.empty());
        BatchResult result = new BatchRunner(options, Stages.standard(glossary, DraftChain.none(), 0.5, false),
                new RecordingListener()).run(OutputFormats.standard(0.5, LanguageTags.DEFAULT, Instant.EPOCH),
                List.of(new BatchMosesFile()), new IndexFiles(Map.of()));

        assertThat(result.failures()).isEmpty();
        List<String> order = new ArrayList<>();
        Json.mapper().readTree(output.resolve(IndexFiles.JSON).toFile()).path("documents")
                .forEach(d -> order.add(d.path("name").asText()));
        assertThat(order).containsExactly("a", "b", "c");
        for (String side : List.of("fa", "en")) {
            String a = Files.readString(output.resolve("a/a." + side + ".txt"));
            String b = Files.readString(output.resolve("b/b." + side + ".txt"));
            assertThat(a).isNotEmpty();
            assertThat(b).isNotEmpty();
            assertThat(Files.readString(output.resolve("batch." + side + ".txt"))).isEqualTo(a + b);
        }
        // The document to translate has Moses files of its own (its segments beside empty drafts), which the
        // corpus leaves out.
        assertThat(Files.readString(output.resolve("c/c.fa.txt"))).isNotBlank();
        assertThat(Files.readAllLines(output.resolve("batch.fa.txt")))
                .hasSameSizeAs(Files.readAllLines(output.resolve("batch.en.txt")));
        assertThat(output.resolve(".staging")).doesNotExist();
    }
}

package org.hamgam.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamgam.draft.DraftChain;
import org.hamgam.glossary.Glossary;
import org.hamgam.pipeline.GlossaryFiles;
import org.hamgam.model.Bitext;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.SkippedSpan;
import org.hamgam.pipeline.BatchResult;
import org.hamgam.pipeline.BatchRunner;
import org.hamgam.pipeline.DocumentResult;
import org.hamgam.pipeline.IndexFiles;
import org.hamgam.pipeline.OutputFormats;
import org.hamgam.pipeline.ProgressListener;
import org.hamgam.pipeline.RecordingListener;
import org.hamgam.pipeline.RunOptions;
import org.hamgam.pipeline.Stages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault: the same story several times in one batch, as republished news is. Each copy keeps its Persian: only
 * lines on strong evidence are set aside, and whatever is set aside on either side is listed with its reason.
 */
class RepeatedStoriesTest {
    static final Path SEED_FA = Path.of("seeds/000_197c25bd1892c35a.txt");
    static final Path SEED_EN = Path.of("seeds/000_197c25bd1892c35a.en.txt");
    static Glossary glossary;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadGlossary() throws Exception {
        glossary = GlossaryFiles.load(List.of(Path.of("glossary")));
    }

    static BatchResult run(Path input, Path output) throws Exception {
        return run(input, output, 2);
    }

    static BatchResult run(Path input, Path output, int threads) throws Exception {
        return run(input, output, threads, ProgressListener.SILENT);
    }

    static BatchResult run(Path input, Path output, int threads, ProgressListener listener) throws Exception {
        if (glossary == null) {
            loadGlossary();
        }
        RunOptions options = new RunOptions(input, List.of(), output, threads, 0.5, false, Optional.empty());
        return new BatchRunner(options, Stages.standard(glossary, DraftChain.none(), 0.5, false),
                listener).run(OutputFormats.standard(0.5, LanguageTags.DEFAULT, Instant.EPOCH),
                new IndexFiles(Map.of()));
    }

    @Test
    void threeCopiesOfTheSeedKeepTheirPersian() throws Exception {
        assertCopiesKeepTheirPersian(3);
    }

    @Test
    void fiftyCopiesOfTheSeedKeepTheirPersian() throws Exception {
        assertCopiesKeepTheirPersian(50);
    }

    private void assertCopiesKeepTheirPersian(int copies) throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < copies; i++) {
            Files.copy(SEED_FA, input.resolve(String.format("story%02d.txt", i)));
        }
        Files.copy(SEED_EN, input.resolve("story00.en.txt"));
        Path output = tmp.resolve("out");
        RecordingListener records = new RecordingListener();
        BatchResult result = run(input, output, 2, records);

        assertThat(result.failures()).isEmpty();
        assertThat(result.documents()).hasSize(copies);
        for (DocumentResult doc : result.documents()) {
            Bitext bitext = records.of(doc.name());
            String persian = bitext.source().document().original();
            int setAside = bitext.source().boilerplate().stream().mapToInt(s -> s.text().length()).sum();
            // The seed's own boilerplate is two short lines; a copy must not lose its article to its twins.
            assertThat(setAside).as(doc.name()).isLessThan(persian.length() / 20);
            assertThat(bitext.source().boilerplate()).extracting(SkippedSpan::text)
                    .doesNotContain("شراکت در حال رشد");
            Path jsonl = output.resolve(doc.name()).resolve(doc.name() + ".jsonl");
            OutputAudit.assertNothingLost(doc.persian(), jsonl, "fa");
            doc.english().ifPresent(en -> {
                try {
                    OutputAudit.assertNothingLost(en, jsonl, "en");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        Bitext aligned = records.of(result.documents().get(0).name());
        assertThat(aligned.rows().size()).isGreaterThan(40);
        assertThat(aligned.quality()).isGreaterThan(0.8);
    }

    @Test
    void englishBoilerplateIsListedWithItsReasonInTheJsonlAndThePage() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEED_FA, input.resolve("a.txt"));
        Files.writeString(input.resolve("a.en.txt"), "Read More\nShare\nاین یک خط فارسی است\n"
                + Files.readString(SEED_EN));
        Path output = tmp.resolve("out");
        run(input, output);

        Path jsonl = output.resolve("a/a.jsonl");
        assertThat(OutputAudit.skippedReasons(jsonl, "en"))
                .containsExactly("boilerplate:ui", "boilerplate:ui", "boilerplate:script");
        OutputAudit.assertNothingLost(input.resolve("a.txt"), jsonl, "fa");
        OutputAudit.assertNothingLost(input.resolve("a.en.txt"), jsonl, "en");
        JsonNode index = new ObjectMapper().readTree(output.resolve("index.json").toFile());
        int listed = OutputAudit.skippedReasons(jsonl, "fa").size() + OutputAudit.skippedReasons(jsonl, "en").size();
        assertThat(index.path("documents").get(0).path("skipped").asInt()).isEqualTo(listed);
        String page = Files.readString(output.resolve("a/a.html"));
        assertThat(page).contains("<td class=\"en boiler\" dir=\"auto\">Share</td>")
                .contains("<td class=\"en boiler\" dir=\"auto\">این یک خط فارسی است</td>");
    }
}

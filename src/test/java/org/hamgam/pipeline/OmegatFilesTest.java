package org.hamgam.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hamgam.Omegat;
import org.hamgam.draft.DraftChain;
import org.hamgam.glossary.Glossary;
import org.hamgam.io.OmegatProject;
import org.hamgam.model.Bitext;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.Origin;
import org.hamgam.model.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OmegaT project a run writes, opened by OmegaT itself: its segments are Hamgam's beads, and the aligned
 * English reaches the translated files.
 */
class OmegatFilesTest {
    static final String SEED = SeedRunTest.SEED;

    @TempDir
    Path tmp;

    private final RecordingListener records = new RecordingListener();

    private BatchResult run(Path output) throws Exception {
        Glossary glossary = GlossaryFiles.load(List.of(Path.of("glossary")));
        RunOptions options = new RunOptions(Path.of("seeds"), List.of(Path.of("glossary")), output, 1, 0.5, false,
                Optional.empty());
        BatchRunner runner = new BatchRunner(options, Stages.standard(glossary, DraftChain.none(), 0.5, false),
                records);
        return runner.run(List.of(), List.of(new OmegatFiles(glossary, LanguageTags.DEFAULT, Instant.EPOCH, output)),
                (o, batch) -> { });
    }

    @Test
    void aSecondRunKeepsTheTranslatorsWorkAndRenewsHamgamsFiles() throws Exception {
        Path output = tmp.resolve("out");
        run(output);
        Path project = output.resolve(OmegatProject.FOLDER);
        Files.writeString(project.resolve("omegat/project_save.tmx"), "the translator's memory");
        Files.writeString(project.resolve("glossary/glossary.txt"), "پهپاد\tUAV\n");
        Files.writeString(project.resolve(OmegatFiles.ALIGNED_MEMORY), "stale");

        run(output);

        assertThat(project.resolve("omegat/project_save.tmx")).hasContent("the translator's memory");
        assertThat(project.resolve("glossary/glossary.txt")).hasContent("پهپاد\tUAV\n");
        assertThat(project.resolve(OmegatFiles.ALIGNED_MEMORY)).content().startsWith("<?xml").contains("<tu ");
        assertThat(output.resolve(".staging")).doesNotExist();
    }

    @Test
    void theProjectHoldsTheRepairedSourceOneBeadALineAndTheAlignedPairs() throws Exception {
        run(tmp.resolve("out"));
        Bitext bitext = records.first();
        Path project = tmp.resolve("out").resolve(OmegatProject.FOLDER);

        assertThat(Files.readString(project.resolve("omegat.project")))
                .contains("<source_lang>fa</source_lang>", "<target_lang>en</target_lang>",
                        "<sentence_seg>false</sentence_seg>");
        List<String> lines = nonBlank(Files.readAllLines(project.resolve("source/" + SEED + ".txt")));
        List<Row> persian = bitext.rows().stream().filter(r -> !r.source().isEmpty()).toList();
        assertThat(lines).containsExactlyElementsOf(persian.stream().map(Row::sourceText).toList());
        // The repaired text, not the text as written: the seed writes کردهاند without its ZWNJ.
        assertThat(String.join("\n", lines)).contains("کرده\u200Cاند").doesNotContain("کردهاند");

        String aligned = Files.readString(project.resolve(OmegatFiles.ALIGNED_MEMORY));
        long pairs = bitext.rows().stream()
                .filter(r -> r.draft().origin() == Origin.ALIGNED && !r.source().isEmpty() && !r.lowConfidence(0.5)).count();
        assertThat(aligned.split("<tu ", -1)).hasSize((int) pairs + 1);
        assertThat(aligned).contains("<prop type=\"x-origin\">aligned</prop>").doesNotContain(">tm<", ">mt<");
        assertThat(project.resolve(OmegatFiles.GLOSSARY)).content().contains("شاهد");
    }

    @Test
    void omegatTranslatesAlmostEveryAlignedBeadWithItsEnglish() throws Exception {
        Omegat.require();
        run(tmp.resolve("out"));
        Bitext bitext = records.first();
        Path project = tmp.resolve("out").resolve(OmegatProject.FOLDER);

        String log = Omegat.translate(project, Files.createDirectories(tmp.resolve("home")));

        Path translated = project.resolve("target/" + SEED + ".txt");
        assertThat(translated).as(log).exists();
        List<String> source = Files.readAllLines(project.resolve("source/" + SEED + ".txt"));
        List<String> target = Files.readAllLines(translated);
        assertThat(target).as("the same lines as the source").hasSameSizeAs(source);
        List<String> targets = nonBlank(target);
        List<Row> persian = bitext.rows().stream().filter(r -> !r.source().isEmpty()).toList();
        assertThat(targets).hasSameSizeAs(persian);
        int alignedBeads = 0;
        int carried = 0;
        for (int i = 0; i < persian.size(); i++) {
            Row row = persian.get(i);
            if (row.draft().origin() == Origin.ALIGNED && !row.draft().isEmpty()) {
                alignedBeads++;
                carried += targets.get(i).equals(row.targetText()) ? 1 : 0;
            }
        }
        assertThat(alignedBeads).isGreaterThan(30);
        assertThat((double) carried / alignedBeads).as(carried + " of " + alignedBeads + " aligned beads")
                .isGreaterThanOrEqualTo(0.95);
    }

    private static List<String> nonBlank(List<String> lines) {
        List<String> out = new ArrayList<>();
        lines.stream().filter(l -> !l.isBlank()).forEach(out::add);
        return out;
    }
}

package org.hamgam.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hamgam.draft.DraftChain;
import org.hamgam.glossary.Glossary;
import org.hamgam.model.Bitext;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.Row;
import org.hamgam.model.Segment;
import org.hamgam.model.SegmentedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the seed article and its English translation, as {@code hamgam run} does it. */
class SeedRunTest {
    static final String SEED = "000_197c25bd1892c35a";
    static Glossary glossary;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadGlossary() throws Exception {
        glossary = GlossaryFiles.load(List.of(Path.of("glossary")));
    }

    private final RecordingListener records = new RecordingListener();

    private BatchResult run(Path input, Path output, int threads) throws Exception {
        RunOptions options = new RunOptions(input, List.of(Path.of("glossary")), output, threads, 0.5, false,
                Optional.empty());
        BatchRunner runner = new BatchRunner(options, Stages.standard(glossary, DraftChain.none(), 0.5, false),
                records);
        return runner.run(OutputFormats.standard(0.5, LanguageTags.DEFAULT, Instant.EPOCH), new IndexFiles(Map.of("test", "yes")));
    }

    @Test
    void everyCharacterOfBothInputsIsInOneSegmentOrSkippedSpan() throws Exception {
        BatchResult result = run(Path.of("seeds"), tmp.resolve("out"), 2);
        assertThat(result.failures()).isEmpty();
        Bitext bitext = records.of(result.documents().get(0).name());
        SegmentedDocument fa = bitext.source();
        SegmentedDocument en = bitext.target().orElseThrow();
        assertThat(fa.reassemble()).isEqualTo(Files.readString(Path.of("seeds", SEED + ".txt")));
        assertThat(en.reassemble()).isEqualTo(Files.readString(Path.of("seeds", SEED + ".en.txt")));
        assertThat(fa.boilerplate()).extracting(s -> s.text().trim())
                .containsExactly("Read More",
                        "This section contains relevant reference points, placed in (Inner related node field)");
        // Every sentence on both sides is in exactly one bead.
        assertThat(bitext.rows().stream().flatMap(r -> r.source().stream()).map(Segment::id).toList())
                .containsExactlyElementsOf(fa.segments().stream().map(Segment::id).toList());
        assertThat(bitext.rows().stream().flatMap(r -> r.target().stream()).map(Segment::id).toList())
                .containsExactlyElementsOf(en.segments().stream().map(Segment::id).toList());
    }

    @Test
    void headingsArePairedWithTheirTranslations() throws Exception {
        run(Path.of("seeds"), tmp.resolve("out"), 1);
        Bitext bitext = records.first();
        Map<String, String> pairs = new TreeMap<>();
        for (Row row : bitext.rows()) {
            pairs.put(row.sourceOriginal(), row.targetText());
        }
        assertThat(pairs).containsEntry("شراکت در حال رشد", "A Growing Partnership");
        assertThat(bitext.quality()).isGreaterThan(0.8);
    }

    @Test
    void termHitsPointIntoTheRowsPersian() throws Exception {
        run(Path.of("seeds"), tmp.resolve("out"), 1);
        Bitext bitext = records.first();
        long hits = 0;
        for (Row row : bitext.rows()) {
            for (var hit : row.terms()) {
                assertThat(row.sourceOriginal().substring(hit.start(), hit.end())).isEqualTo(hit.surface());
                hits++;
            }
        }
        assertThat(hits).isGreaterThan(100);
        assertThat(bitext.rows().stream().flatMap(r -> r.terms().stream()).map(h -> h.target()))
                .contains("Shahed-136", "Lukashenko", "Look East", "maximum pressure");
    }

    @Test
    void twoRunsAndThreadCountsGiveByteIdenticalOutputs() throws Exception {
        Path input = tmp.resolve("in");
        Files.createDirectories(input);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
            }
        }
        // A second document without English, to cover the draft path too.
        Files.writeString(input.resolve("notes.fa.txt"), "پهپادهای شاهد-۱۳۶ به روسیه رسید.\nلوکاشنکو در مینسک ماند.\n");
        run(input, tmp.resolve("a"), 1);
        run(input, tmp.resolve("b"), 1);
        run(input, tmp.resolve("c"), 4);
        Map<String, byte[]> a = files(tmp.resolve("a"));
        assertThat(a.keySet()).contains("index.json", SEED + "/" + SEED + ".tsv", SEED + "/" + SEED + ".xlf",
                "notes/notes.tsv", "notes/notes.jsonl");
        assertSameFiles(a, files(tmp.resolve("b")));
        assertSameFiles(a, files(tmp.resolve("c")));
    }

    @Test
    void aDocumentThatCannotBeReadFailsAloneAndIsNamed() throws Exception {
        Path input = tmp.resolve("in");
        Files.createDirectories(input);
        Files.writeString(input.resolve("good.txt"), "سلام دنیا.\n");
        Files.write(input.resolve("bad.txt"), new byte[] {1, 0, 2, 0});
        BatchResult result = run(input, tmp.resolve("out"), 2);
        assertThat(result.documents()).extracting(DocumentResult::name).containsExactly("good");
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("bad");
            assertThat(f.message()).contains("bad.txt").contains("binary");
        });
        assertThat(tmp.resolve("out/good/good.tsv")).exists();
        assertThat(Files.readString(tmp.resolve("out/index.json"))).contains("\"failed\"").contains("bad.txt");
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(all::add);
        }
        for (Path p : all) {
            out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }
}

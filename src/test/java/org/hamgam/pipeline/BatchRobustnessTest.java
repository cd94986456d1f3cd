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
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hamgam.draft.DraftChain;
import org.hamgam.glossary.Glossary;
import org.hamgam.model.Bitext;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.model.LanguageTags;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches under stress: many documents on many threads, a format that fails, inputs that are not what they say. */
class BatchRobustnessTest {
    static Glossary glossary;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadGlossary() throws Exception {
        glossary = GlossaryFiles.load(List.of(Path.of("glossary")));
    }

    private final RecordingListener records = new RecordingListener();

    private BatchResult run(Path input, Path output, int threads, List<OutputFormats.OutputFormat> formats)
            throws Exception {
        RunOptions options = new RunOptions(input, List.of(), output, threads, 0.5, false, Optional.empty());
        return new BatchRunner(options, Stages.standard(glossary, DraftChain.none(), 0.5, false),
                records).run(formats, new IndexFiles(Map.of()));
    }

    @Test
    void fiveHundredDocumentsOnAllThreadsGiveTheSameBytesAsOneThread() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        List<String> fa = Files.readAllLines(Path.of("seeds/000_197c25bd1892c35a.txt"));
        List<String> en = Files.readAllLines(Path.of("seeds/000_197c25bd1892c35a.en.txt"));
        Random random = new Random(7);
        for (int d = 0; d < 500; d++) {
            int line = random.nextInt(6);
            String name = String.format("doc%03d", d);
            Files.writeString(input.resolve(name + ".txt"), fa.get(line) + "\n" + fa.get(line + 1) + "\n");
            if (d % 2 == 0) {
                Files.writeString(input.resolve(name + ".en.txt"), en.get(line) + "\n" + en.get(line + 1) + "\n");
            }
        }
        BatchResult one = run(input, tmp.resolve("one"), 1, OutputFormats.standard(0.5, LanguageTags.DEFAULT, Instant.EPOCH));
        BatchResult many = run(input, tmp.resolve("many"), 8, OutputFormats.standard(0.5, LanguageTags.DEFAULT, Instant.EPOCH));
        assertThat(one.documents()).hasSize(500);
        assertThat(many.failures()).isEmpty();
        Map<String, byte[]> a = files(tmp.resolve("one"));
        Map<String, byte[]> b = files(tmp.resolve("many"));
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aFormatThatFailsLeavesEarlierOutputsAndNoPartialFiles() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("a.txt"), "سلام دنیا.\n");
        Files.writeString(input.resolve("b.txt"), "خداحافظ دنیا.\n");
        Path out = tmp.resolve("out");
        run(input, out, 1, OutputFormats.standard(0.5, LanguageTags.DEFAULT, Instant.EPOCH));
        Map<String, byte[]> before = files(out);

        Files.writeString(input.resolve("b.txt"), "متن تازه.\n");
        OutputFormats.OutputFormat failing = (bitext, name, sink) -> {
            try (java.io.Writer file = sink.open(name + ".txt")) {
                file.write("ok");
                if (name.equals("b")) {
                    throw new IOException("disk full while writing " + name);
                }
            }
            return List.of(name + ".txt");
        };
        List<OutputFormats.OutputFormat> formats = new ArrayList<>(OutputFormats.standard(0.5, LanguageTags.DEFAULT, Instant.EPOCH));
        formats.add(failing);
        BatchResult result = run(input, out, 2, formats);
        assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f.message()).contains("disk full"));
        Map<String, byte[]> after = files(out);
        // b's earlier files are untouched, and nothing half-written is left anywhere.
        before.keySet().stream().filter(n -> n.startsWith("b/"))
                .forEach(n -> assertThat(after.get(n)).as(n).isEqualTo(before.get(n)));
        assertThat(after.keySet()).noneMatch(n -> n.endsWith(".tmp"));
        assertThat(after).containsKey("a/a.txt").doesNotContainKey("b/b.txt");
    }

    @Test
    void filesInTheWrongLanguageAreReported() {
        String persian = "بلاروس و جمهوری اسلامی ایران مشارکت راهبردی خود را تقویت کرده‌اند و این همکاری ادامه دارد.";
        String english = "Belarus and the Islamic Republic of Iran have strengthened their strategic partnership.";
        assertThat(Pipeline.scriptWarnings(new Document("d", Lang.FA, english),
                Optional.of(new Document("d", Lang.EN, persian))))
                .hasSize(2)
                .anySatisfy(w -> assertThat(w).contains("does not look Persian"))
                .anySatisfy(w -> assertThat(w).contains("looks Persian").contains("swapped"));
        assertThat(Pipeline.scriptWarnings(new Document("d", Lang.FA, persian),
                Optional.of(new Document("d", Lang.EN, english)))).isEmpty();
    }

    @Test
    void anEnglishTextFarShorterThanThePersianIsReportedNotForced() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("seeds/000_197c25bd1892c35a.txt"), input.resolve("x.txt"));
        Files.writeString(input.resolve("x.en.txt"), "Belarus and Iran.\n");
        run(input, tmp.resolve("out"), 1, OutputFormats.standard(0.5, LanguageTags.DEFAULT, Instant.EPOCH));
        Bitext bitext = records.of("x");
        assertThat(bitext.notes()).isNotEmpty();
        assertThat(bitext.rows().stream().filter(r -> !r.target().isEmpty() && !r.source().isEmpty()).count())
                .isLessThanOrEqualTo(1);
    }

    @Test
    void emptyAndWhitespaceOnlyDocumentsGiveEmptyResults() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("empty.txt"), "");
        Files.writeString(input.resolve("blank.txt"), "  \n\r\n\t\n");
        Files.writeString(input.resolve("blank.en.txt"), "");
        BatchResult result = run(input, tmp.resolve("out"), 2, OutputFormats.standard(0.5, LanguageTags.DEFAULT, Instant.EPOCH));
        assertThat(result.failures()).isEmpty();
        assertThat(result.documents()).allSatisfy(d -> assertThat(records.of(d.name()).rows()).isEmpty());
        assertThat(tmp.resolve("out/empty/empty.xlf")).exists();
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}

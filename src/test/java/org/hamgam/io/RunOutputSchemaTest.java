package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hamgam.draft.DraftChain;
import org.hamgam.model.DraftConfig;
import org.hamgam.model.MtCache;
import org.hamgam.draft.TranslationMemory;
import org.hamgam.draft.Translators;
import org.hamgam.model.LanguageTags;
import org.hamgam.pipeline.BatchMemoryFile;
import org.hamgam.pipeline.BatchRunner;
import org.hamgam.pipeline.GlossaryFiles;
import org.hamgam.pipeline.IndexFiles;
import org.hamgam.pipeline.OmegatFiles;
import org.hamgam.pipeline.OutputFormats;
import org.hamgam.pipeline.ProgressListener;
import org.hamgam.pipeline.RunOptions;
import org.hamgam.pipeline.Stages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every XML file a run writes is valid against the real schemas, for aligned, drafted and empty documents, and
 * every XLIFF 2.1 file also opens in Okapi's reader with its validation on.
 */
class RunOutputSchemaTest {
    static final String MEMORY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence"
              o-tmf="test" adminlang="en" srclang="fa-IR" datatype="plaintext"/><body>
            <tu tuid="1"><tuv xml:lang="fa-IR"><seg>پهپادهای شاهد در سال ۲۰۲۲ به روسیه رسید.</seg></tuv>
            <tuv xml:lang="en-US"><seg>Shahed drones reached Russia in 2022 &amp; after.</seg></tuv></tu>
            </body></tmx>
            """;

    @TempDir
    Path tmp;

    @Test
    void alignedAndDraftedDocumentsValidateAndCarryTheirMatches() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
            }
        }
        Files.writeString(input.resolve("draft.fa.txt"),
                "پهپادهای شاهد در سال ۲۰۲۳ به روسیه رسید.\nلوکاشنکو <script>alert(1)</script> ]]> رفت.\n");
        Files.writeString(input.resolve("empty.fa.txt"), "");
        Path tmx = tmp.resolve("memory.tmx");
        Files.writeString(tmx, MEMORY);
        TranslationMemory memory = TranslationMemory.of("memory", TmFiles.read(tmx));
        DraftChain drafter = Translators.fromConfig(DraftConfig.empty(), Optional.of(memory), MtCache.none(),
                key -> null, line -> { });
        Path out = tmp.resolve("out");
        RunOptions options = new RunOptions(input, List.of(Path.of("glossary")), out, 2, 0.5, false, Optional.empty());
        var glossary = GlossaryFiles.load(List.of(Path.of("glossary")));
        BatchMemoryFile batchMemory = new BatchMemoryFile(LanguageTags.DEFAULT, Instant.EPOCH);
        OmegatFiles omegat = new OmegatFiles(glossary, LanguageTags.DEFAULT, Instant.EPOCH, out);
        new BatchRunner(options, Stages.standard(glossary, drafter, 0.5, false), ProgressListener.SILENT)
                .run(OutputFormats.standard(0.5, LanguageTags.DEFAULT, Instant.EPOCH), List.of(batchMemory, omegat),
                        new IndexFiles(Map.of()));

        List<Path> written;
        try (Stream<Path> walk = Files.walk(out)) {
            written = walk.filter(Files::isRegularFile).toList();
        }
        int xliff = 0;
        int tmxFiles = 0;
        for (Path file : written) {
            String name = file.getFileName().toString();
            String xml = Files.readString(file);
            if (name.endsWith(".xlf") && !name.endsWith(".xliff12.xlf")) {
                XmlSupport.validate(XmlSupport.xliff21(), xml);
                OkapiXliff2.read(xml);
                xliff++;
            } else if (name.endsWith(".tmx")) {
                XmlSupport.validate(XmlSupport.tmx14(), xml);
                tmxFiles++;
            }
        }
        assertThat(xliff).isEqualTo(3);
        // one a document, the batch's, and the OmegaT project's aligned pairs, memory matches and machine drafts
        assertThat(tmxFiles).isEqualTo(7);
        int perDocument = 0;
        for (String doc : List.of("000_197c25bd1892c35a", "draft", "empty")) {
            perDocument += OkapiFilters.tmx(Files.readString(out.resolve(doc + "/" + doc + ".tmx")), "fa", "en").size();
        }
        List<OkapiFilters.Unit> batchUnits = OkapiFilters.tmx(Files.readString(out.resolve(BatchMemoryFile.NAME)), "fa", "en");
        assertThat(batchUnits).hasSize(perDocument).allSatisfy(u -> assertThat(u.target()).isNotEmpty());
        // OmegaT sees the memory's unit with its own source (2022), never the draft paired with the segment (2023)
        String matches = Files.readString(out.resolve("omegat/tm/hamgam-matches.tmx"));
        assertThat(matches).contains("<prop type=\"x-origin\">tm-match</prop>", "<prop type=\"x-similarity\">",
                "در سال ۲۰۲۲ به روسیه").doesNotContain("در سال ۲۰۲۳ به روسیه");

        String draftXliff = Files.readString(out.resolve("draft/draft.xlf"));
        assertThat(draftXliff).contains("<mtc:match").contains("type=\"tm\"")
                .contains("Shahed drones reached Russia in 2022 &amp; after.")
                .contains("state=\"initial\"").doesNotContain("state=\"translated\"");
        assertThat(Files.readString(out.resolve("draft/draft.html")))
                .containsPattern("class=\"sim\">8\\d%</span> Shahed drones reached Russia in 2022 &amp; after.")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        String tsv = Files.readString(out.resolve("draft/draft.tsv"));
        assertThat(tsv.lines().skip(1).findFirst().orElseThrow().split("\t"))
                .contains("tm").anySatisfy(cell -> assertThat(cell).matches("8\\d% Shahed drones.*"));
    }
}

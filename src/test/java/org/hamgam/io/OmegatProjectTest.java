package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Bitext;
import org.hamgam.model.LanguageTags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which pairs go to which OmegaT memory: confident alignments to tm/auto, doubtful ones and memory matches to tm/,
 * machine drafts to tm/penalty-30/, nothing twice.
 */
class OmegatProjectTest {
    @TempDir
    Path tmp;

    private interface Part {
        String of(Bitext bitext) throws IOException;
    }

    /** Each document's part in a file of its own, as a run stages them. */
    private List<Path> parts(List<Bitext> bitexts, Part part) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "parts");
        List<Path> files = new ArrayList<>();
        for (Bitext bitext : bitexts) {
            files.add(Files.writeString(dir.resolve(files.size() + ".tmx"), part.of(bitext), StandardCharsets.UTF_8));
        }
        return files;
    }
    @Test
    void alignedPairsAreInsertedMachineDraftsOnlyOfferedAndMemoryDraftsKeepTheirOwnSource() throws Exception {
        List<Bitext> bitexts = List.of(Fixtures.hostile(), Fixtures.drafted());
        StringWriter aligned = new StringWriter();
        OmegatProject.alignedMemory(parts(bitexts, b -> OmegatProject.alignedPart(b, 0.5, LanguageTags.DEFAULT)),
                LanguageTags.DEFAULT, Instant.EPOCH, aligned);
        StringWriter machine = new StringWriter();
        OmegatProject.machineDraftMemory(parts(bitexts, b -> OmegatProject.machineDraftPart(b, LanguageTags.DEFAULT)),
                LanguageTags.DEFAULT, Instant.EPOCH, machine);
        StringWriter matches = new StringWriter();
        OmegatProject.matchMemory(parts(bitexts, b -> OmegatProject.matchPart(b, 0.5, LanguageTags.DEFAULT)),
                LanguageTags.DEFAULT, Instant.EPOCH, matches);

        for (String schemaChecked : List.of(aligned.toString(), machine.toString(), matches.toString())) {
            XmlSupport.validate(XmlSupport.tmx14(), schemaChecked);
        }
        // the 0.35 bead (EN1) is below the threshold: offered, not inserted
        assertThat(OkapiFilters.tmx(aligned.toString(), "fa", "en")).extracting(OkapiFilters.Unit::target)
                .containsExactly(Fixtures.EN0, Fixtures.EN3);
        assertThat(OkapiFilters.tmx(machine.toString(), "fa", "en")).extracting(OkapiFilters.Unit::target)
                .containsExactly("Machine ]]> draft", "Glossary words");
        assertThat(OkapiFilters.tmx(matches.toString(), "fa", "en")).extracting(OkapiFilters.Unit::source)
                .containsExactly(Fixtures.FA2, "حافظه & <منبع>");
    }

    @Test
    void theSourceIsOneBeadALineWithBlankLinesBetweenParagraphs() {
        String source = OmegatProject.source(Fixtures.hostile());
        assertThat(source).isEqualTo(Fixtures.FA0 + " " + Fixtures.FA1 + "\n\n" + Fixtures.FA2 + "\n"
                + Fixtures.FA3 + "\n\n" + Fixtures.FA4.replace("؟", "?") + "\n");
    }
}

package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.hamgam.model.LanguageTags;
import org.junit.jupiter.api.Test;

/**
 * Which pairs go to which OmegaT memory: confident alignments to tm/auto, doubtful ones and memory matches to tm/,
 * machine drafts to tm/penalty-30/, nothing twice.
 */
class OmegatProjectTest {
    @Test
    void alignedPairsAreInsertedMachineDraftsOnlyOfferedAndMemoryDraftsKeepTheirOwnSource() throws Exception {
        StringWriter aligned = new StringWriter();
        OmegatProject.alignedMemory(List.of(Fixtures.hostile(), Fixtures.drafted()), 0.5, LanguageTags.DEFAULT,
                Instant.EPOCH, aligned);
        StringWriter machine = new StringWriter();
        OmegatProject.machineDraftMemory(List.of(Fixtures.hostile(), Fixtures.drafted()), LanguageTags.DEFAULT,
                Instant.EPOCH, machine);
        StringWriter matches = new StringWriter();
        OmegatProject.matchMemory(List.of(Fixtures.hostile(), Fixtures.drafted()), 0.5, LanguageTags.DEFAULT,
                Instant.EPOCH, matches);

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

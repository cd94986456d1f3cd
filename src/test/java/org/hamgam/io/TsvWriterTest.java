package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TsvWriterTest {
    @Property(tries = 500)
    void escapingRoundTripsAndKeepsACellOnOneLineAndColumn(@ForAll String cell) {
        String escaped = TsvWriter.escape(cell);
        assertThat(escaped).doesNotContain("\t", "\n", "\r");
        assertThat(TsvWriter.unescape(escaped)).isEqualTo(cell);
    }

    @Test
    void escapesControlCharacters() {
        assertThat(TsvWriter.escape("a\tb\nc\\d")).isEqualTo("a\\tb\\nc\\\\d");
    }
    @Test
    void aScoreBelowTheThresholdNeverReadsAsEqualToIt() {
        assertThat(TsvWriter.scoreBelow(0.49996, 0.5)).isEqualTo("0.49996");
        assertThat(TsvWriter.scoreBelow(0.4996, 0.5)).isEqualTo("0.4996");
        assertThat(TsvWriter.scoreBelow(0.366, 0.5)).isEqualTo("0.366");
    }

    @Test
    void flagsHoldWhatFlagsARowAndHintsAndMessagesTheRest() {
        org.hamgam.model.Row row = Fixtures.hostile().rows().get(0);
        org.hamgam.model.Issue warning = new org.hamgam.model.Issue("number", org.hamgam.model.Severity.WARNING,
                "target", 0, 4, "1402 is missing", "");
        org.hamgam.model.Issue hint = new org.hamgam.model.Issue("spelling", org.hamgam.model.Severity.INFO,
                "target", -1, -1, "unknown word: Lukashenko", "");
        org.hamgam.model.Row checked = new org.hamgam.model.Row(row.id(), row.bead(), row.source(), row.target(),
                row.draft(), row.terms(), java.util.List.of(hint, warning), row.matches());
        assertThat(TsvWriter.flags(checked, 0.0)).isEqualTo("number");
        assertThat(TsvWriter.hints(checked)).isEqualTo("spelling");
        assertThat(TsvWriter.messages(checked, 0.0))
                .isEqualTo("info spelling: unknown word: Lukashenko | warning number: 1402 is missing");
        org.hamgam.model.Row hintOnly = new org.hamgam.model.Row(row.id(), row.bead(), row.source(), row.target(),
                row.draft(), row.terms(), java.util.List.of(hint), row.matches());
        assertThat(hintOnly.flagged(0.0)).isFalse();
        assertThat(TsvWriter.flags(hintOnly, 0.0)).isEmpty();
    }
}

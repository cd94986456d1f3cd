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
}

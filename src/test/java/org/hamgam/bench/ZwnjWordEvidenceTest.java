package org.hamgam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZwnjWordEvidenceTest {
    private static final String Z = "\u200C";

    @Test
    void saysHowEachListSpellsTheWordAtTheGap() {
        ZwnjWordEvidence evidence = ZwnjWordEvidence.of(
                List.of("# header", "w\tکشتی" + Z + "رانی\t0\t5\t\t0", "w\tپاکسازی\t3\t5\t\t0", "s\tو"),
                List.of("کشتیرانی", "پاک" + Z + "سازی", "پاکسازی", "هم" + Z + "زمان" + Z + "ی"));
        assertThat(evidence.lexicon("کشتی", "رانی")).isEqualTo(ZwnjWordEvidence.Says.WITH_ZWNJ);
        assertThat(evidence.dictionary("کشتی", "رانی")).isEqualTo(ZwnjWordEvidence.Says.SOLID);
        assertThat(evidence.lexicon("پاک", "سازی")).isEqualTo(ZwnjWordEvidence.Says.SOLID);
        assertThat(evidence.dictionary("پاک", "سازی")).isEqualTo(ZwnjWordEvidence.Says.BOTH);
        // a spelling with ZWNJs at other gaps only is solid at this one
        assertThat(evidence.dictionary("همز", "مانی")).isEqualTo(ZwnjWordEvidence.Says.SOLID);
        assertThat(evidence.lexicon("قزم", "یت")).isEqualTo(ZwnjWordEvidence.Says.UNKNOWN);
        assertThat(evidence.label("کشتی", "رانی")).isEqualTo("lexicon zwnj, myspell solid");
    }
}

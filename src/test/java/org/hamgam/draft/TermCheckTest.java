package org.hamgam.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.TermHit;
import org.junit.jupiter.api.Test;

class TermCheckTest {
    private static TermHit hit(String id, String target) {
        return new TermHit(id, "x", target, 0, 1, "x");
    }

    @Test
    void acceptsCaseAndPluralsOnWordBoundaries() {
        assertThat(TermCheck.contains("The Ministers met.", "minister")).isTrue();
        assertThat(TermCheck.contains("Two new policies.", "policy")).isTrue();
        assertThat(TermCheck.contains("the boxes", "box")).isTrue();
        assertThat(TermCheck.contains("the Supreme-Leader's office", "supreme leader")).isTrue();
        assertThat(TermCheck.contains("administration", "minister")).isFalse();
        assertThat(TermCheck.contains("the ministerial meeting", "minister")).isFalse();
    }

    @Test
    void anyListedAlternativeIsEnough() {
        assertThat(TermCheck.contains("the parliament voted", "Majlis; parliament")).isTrue();
        assertThat(TermCheck.contains("the assembly voted", "Majlis | parliament")).isFalse();
    }

    @Test
    void reportsEachMissingTermOnce() {
        List<TermHit> hits = List.of(hit("a", "minister"), hit("b", "sanctions"), hit("b", "sanctions"),
                hit("c", ""));
        assertThat(TermCheck.missing("The minister spoke.", hits)).extracting(TermHit::termId).containsExactly("b");
    }
}

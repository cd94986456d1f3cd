package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hamgam.model.Bead;
import org.hamgam.model.Bitext;
import org.junit.jupiter.api.Test;

class BeadFormatTest {
    @Test
    void rendersOneBeadPerLineWithDeletions() {
        List<Bead> beads = List.of(new Bead(List.of(0, 1), List.of(2), 0.9), new Bead(List.of(3), List.of(), 0.4),
                new Bead(List.of(), List.of(4), 0.7));
        assertThat(BeadFormat.render(beads)).isEqualTo("[0, 1]:[2]\n[3]:[]\n[]:[4]\n");
    }

    @Test
    void parsesGoldFilesAndRoundTrips() {
        String gold = "[0]:[0]\n[6]:[6, 7, 8]\r\n[8, 9]:[10, 11, 12]\n[]:[16]\n\n[14]:[]\n[]:[]\n";
        List<Bead> beads = BeadFormat.parse(gold);
        assertThat(beads.stream().map(Bead::notation).toList())
                .containsExactly("[0]:[0]", "[6]:[6, 7, 8]", "[8, 9]:[10, 11, 12]", "[]:[16]", "[14]:[]");
        assertThat(BeadFormat.parse(BeadFormat.render(beads))).isEqualTo(beads);
    }

    @Test
    void aBeadToReviewCarriesTheReviewTablesFlagsAfterATabAndStillParses() {
        Bitext bitext = Fixtures.hostile();
        String rendered = BeadFormat.render(bitext, 0.5);
        // As the review table's flags column gives them: a QA warning, low confidence, an error on the source.
        assertThat(rendered).isEqualTo("[0, 1]:[0]\tnumber\n[2]:[1]\tlow-confidence\n[3]:[]\n[]:[2]\tlow-confidence\n"
                + "[4]:[3]\tsource-punct\n");
        for (int i = 0; i < bitext.rows().size(); i++) {
            assertThat(rendered.split("\n")[i]).endsWith(TsvWriter.flags(bitext.rows().get(i), 0.5));
        }
        assertThat(BeadFormat.parse(rendered)).extracting(Bead::notation)
                .containsExactly("[0, 1]:[0]", "[2]:[1]", "[3]:[]", "[]:[2]", "[4]:[3]");
        assertThat(BeadFormat.render(bitext, 0.0)).startsWith("[0, 1]:[0]\tnumber\n[2]:[1]\n");
    }

    @Test
    void rejectsMalformedLinesWithTheirNumber() {
        assertThatThrownBy(() -> BeadFormat.parse("[0]:[0]\n[1]-[1]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> BeadFormat.parse("[a]:[0]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad index");
    }
}

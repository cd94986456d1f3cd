package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemmedTextTest {

    @Test
    void aWordWithAPrefixHoldsTheTerm() {
        assertThat(StemmedText.ofLowerCase("an antiviral drug").contains(StemmedText.termStems("viral"))).isTrue();
        assertThat(StemmedText.ofLowerCase("a coinfection with flu").contains(StemmedText.termStems("Infection")))
                .isTrue();
        assertThat(StemmedText.ofLowerCase("preexisting conditions").contains(StemmedText.termStems("existing")))
                .isTrue();
        // A prefix alone, or a word that only starts like one, is no match.
        assertThat(StemmedText.ofLowerCase("an antibody test").contains(StemmedText.termStems("viral"))).isFalse();
        assertThat(StemmedText.ofLowerCase("to contain it").contains(StemmedText.termStems("tain"))).isFalse();
    }

    @Test
    void termsAreStemmedInLowerCaseWhateverTheirCase() {
        assertThat(StemmedText.termStems("Spread of Virus")).isEqualTo(StemmedText.termStems("spread of virus"));
        assertThat(StemmedText.ofLowerCase("limit the spreading of the virus")
                .contains(StemmedText.termStems("Spread of Virus"))).isTrue();
    }
}

package org.hamgam.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetStatsTest {
    /** The stats of a phrase the text writes in the plural only, from the words of {@code sentence} after the first. */
    private static TargetStats writtenInPlural(String sentence) {
        List<EnglishTokens.Token> tokens = EnglishTokens.tokens(sentence);
        TargetStats stats = new TargetStats();
        stats.addSurface(tokens.subList(1, tokens.size()), true);
        return stats;
    }

    @Test
    void aSingularMadeFromAPluralKeepsTheCapitalsOfTheLettersItShares() {
        assertThat(writtenInPlural("Some animal CoVs").surface(false, "animal cov")).isEqualTo("animal CoV");
        assertThat(writtenInPlural("Known bat alpha-CoVs").surface(false, "bat alpha-cov")).isEqualTo("bat alpha-CoV");
        assertThat(writtenInPlural("Two HCoVs").surface(false, "hcov")).isEqualTo("HCoV");
    }

    @Test
    void aSingularWithOtherLettersThanItsPluralTakesThemInLowerCase() {
        assertThat(writtenInPlural("The Neutralizing Antibodies").surface(false, "neutralizing antibody"))
                .isEqualTo("Neutralizing Antibody");
        assertThat(writtenInPlural("Many viruses").surface(false, "virus")).isEqualTo("virus");
        assertThat(writtenInPlural("Many CoVs").surface(true, "cov")).isEqualTo("CoVs");
    }

    @Test
    void casedAsCopiesCapitalsOnlyWhereTheLettersAgree() {
        assertThat(TargetStats.casedAs("cov", "CoVs")).isEqualTo("CoV");
        assertThat(TargetStats.casedAs("antibody", "ANTIBODIES")).isEqualTo("ANTIBODY");
        assertThat(TargetStats.casedAs("mouse", "Mice")).isEqualTo("Mouse");
        assertThat(TargetStats.casedAs("virus", "")).isEqualTo("virus");
    }
}

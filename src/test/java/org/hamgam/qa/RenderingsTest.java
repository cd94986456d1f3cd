package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.qa.Renderings.Difference;
import org.junit.jupiter.api.Test;

class RenderingsTest {

    @Test
    void oneWordSpelledTwoWaysIsSpelling() {
        assertThat(Renderings.compare("corona virus outbreak", "coronavirus outbreak")).isEqualTo(Difference.SPELLING);
        assertThat(Renderings.compare("Covid19 news", "COVID-19 news")).isEqualTo(Difference.SPELLING);
        assertThat(Renderings.compare("water-borne", "water borne")).isEqualTo(Difference.HYPHENATION);
        // One word spelled otherwise beside a difference of words.
        assertThat(Renderings.compare("covid19 incubation period", "COVID-19 incubation")).isEqualTo(Difference.SPELLING);
    }

    @Test
    void sharedWordsInflectionOrderAndAcronymsAreVariants() {
        assertThat(Renderings.compare("outbreak of disease", "disease outbreak")).isEqualTo(Difference.VARIANT);
        assertThat(Renderings.compare("cough", "coughing")).isEqualTo(Difference.VARIANT);
        assertThat(Renderings.compare("contagion", "contagiousness")).isEqualTo(Difference.VARIANT);
        assertThat(Renderings.compare("UN", "United Nations")).isEqualTo(Difference.VARIANT);
        assertThat(Renderings.compare("Centers for Disease Control", "CDC")).isEqualTo(Difference.VARIANT);
    }

    @Test
    void noWordInCommonIsDifferent() {
        assertThat(Renderings.compare("The White House", "The Presidential Palace")).isEqualTo(Difference.DIFFERENT);
        assertThat(Renderings.compare("flu", "pneumonia")).isEqualTo(Difference.DIFFERENT);
        assertThat(Renderings.compare("UN", "World Bank")).isEqualTo(Difference.DIFFERENT);
        // Two sentences on one topic share a word or two and still say different things.
        assertThat(Renderings.compare("Most patients with the virus recover within two weeks.",
                "The virus spread to twelve countries by March.")).isEqualTo(Difference.DIFFERENT);
    }

    @Test
    void severityFollowsTheDifference() {
        List<Issue> issues = new InconsistentCheck().check(List.of(
                QaPair.of("a", "شیوع بیماری", "disease outbreak"),
                QaPair.of("b", "شیوع بیماری", "outbreak of disease"),
                QaPair.of("c", "شیوع بیماری", "disease out-break"),
                QaPair.of("d", "شیوع بیماری", "Epidemic")));
        assertThat(issues).extracting(Issue::segment, Issue::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("b", Severity.INFO),
                org.assertj.core.groups.Tuple.tuple("c", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("d", Severity.WARNING));
    }

    @Test
    void aSharedWordDoesNotExcuseAWordTheOtherPairsGiveForPersianTheSourceLacks() {
        List<QaPair> pairs = List.of(
                QaPair.of("a", "اپیدمی آنفولانزا", "flu epidemic"),
                QaPair.of("b", "ذات الریه ویروسی", "viral pneumonia"),
                QaPair.of("c", "ذات الریه حاد", "acute pneumonia"),
                QaPair.of("d", "آنفولانزای فصلی", "seasonal flu"),
                QaPair.of("e", "آنفولانزای فصلی", "seasonal influenza"),
                QaPair.of("f", "آنفولانزا", "influenza"),
                QaPair.of("g", "آنفولانزا در کودکان", "influenza in children"),
                QaPair.of("h", "اپیدمی آنفولانزا", "pneumonia epidemic"));
        List<Issue> issues = new InconsistentCheck().check(pairs);
        // pneumonia is ذات الریه in the other pairs, which اپیدمی آنفولانزا does not say.
        assertThat(issues).filteredOn(i -> i.segment().equals("h")).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.message()).contains("\"pneumonia\"");
        });
        // influenza is آنفولانزا in the other pairs, which the source says: both renderings are right.
        assertThat(issues).filteredOn(i -> i.segment().equals("e")).singleElement()
                .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.INFO));
    }
}

package org.hamgam.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.Lang;
import org.junit.jupiter.api.Test;

class EnglishSplitterTest {
    private static final SentenceSplitter SPLITTER = Segmenters.splitter(Lang.EN);

    private static List<String> sentences(String paragraph) {
        return SPLITTER.split(paragraph).stream().map(span -> span.of(paragraph)).toList();
    }

    @Test
    void titlesDoNotEndSentences() {
        assertThat(sentences("Mr. Smith met Dr. Jones in Washington. They talked."))
                .containsExactly("Mr. Smith met Dr. Jones in Washington.", "They talked.");
    }

    @Test
    void abbreviationsBeforeLowercaseOrNumbersDoNotEndSentences() {
        assertThat(sentences("U.S. officials said so. See No. 5 and e.g. the second case. Done."))
                .containsExactly("U.S. officials said so.", "See No. 5 and e.g. the second case.", "Done.");
    }

    @Test
    void decimalsAndQuotesAreHandled() {
        assertThat(sentences("Growth was 2.5 percent. He said \"stop.\" Then he left!"))
                .containsExactly("Growth was 2.5 percent.", "He said \"stop.\"", "Then he left!");
    }

    @Test
    void questionMarksEndSentences() {
        assertThat(sentences("Are you having a fever now? Please answer."))
                .containsExactly("Are you having a fever now?", "Please answer.");
    }

    @Test
    void aTimeEndsItsSentenceUnlessAZoneDayOrMonthContinuesIt() {
        assertThat(sentences("The briefing starts at 10 a.m. Central Time on Monday. Reporters may attend."))
                .containsExactly("The briefing starts at 10 a.m. Central Time on Monday.", "Reporters may attend.");
        assertThat(sentences("The shop opens at 8 a.m. Monday to Friday and closes at 6 P.M. EST daily."))
                .hasSize(1);
        assertThat(sentences("The curfew begins at 9 p.m. Police will patrol the streets."))
                .containsExactly("The curfew begins at 9 p.m.", "Police will patrol the streets.");
        assertThat(sentences("Doors open at 7 p.m. The show starts later."))
                .containsExactly("Doors open at 7 p.m.", "The show starts later.");
    }

    @Test
    void aLetterAfterANounThatTakesLetterLabelsEndsASentence() {
        assertThat(sentences("Many patients lacked vitamin D. Researchers gave them supplements."))
                .containsExactly("Many patients lacked vitamin D.", "Researchers gave them supplements.");
        assertThat(sentences("Vaccines exist for Hepatitis B. There is none for hepatitis C."))
                .containsExactly("Vaccines exist for Hepatitis B.", "There is none for hepatitis C.");
        assertThat(sentences("If that fails we use Plan B. Nobody likes it."))
                .containsExactly("If that fails we use Plan B.", "Nobody likes it.");
    }

    @Test
    void initialsEndASentenceOnlyBeforeACommonSentenceStarter() {
        assertThat(sentences("The speech by John F. Kennedy was long. It ended late."))
                .containsExactly("The speech by John F. Kennedy was long.", "It ended late.");
        assertThat(sentences("A novel by J. K. Rowling sold well. It was a hit."))
                .containsExactly("A novel by J. K. Rowling sold well.", "It was a hit.");
        assertThat(sentences("The spike binds to a different part of S. There exist other receptors."))
                .containsExactly("The spike binds to a different part of S.", "There exist other receptors.");
    }

    @Test
    void dottedCapitalsAndNameAbbreviationsEndASentenceOnlyBeforeACommonSentenceStarter() {
        assertThat(sentences("He met U.S. President Biden in Washington. Then he left."))
                .containsExactly("He met U.S. President Biden in Washington.", "Then he left.");
        assertThat(sentences("Cases rose fast in the U.S. The rate doubled in a week."))
                .containsExactly("Cases rose fast in the U.S.", "The rate doubled in a week.");
        assertThat(sentences("She moved to St. Louis in May. The house on Main St. In spring it was sold."))
                .containsExactly("She moved to St. Louis in May.", "The house on Main St.", "In spring it was sold.");
        assertThat(sentences("Apple Inc. Chief Executive Tim Cook spoke.")).hasSize(1);
    }

    @Test
    void aNumberEndsASentenceUnlessItMarksAListItem() {
        assertThat(sentences("The reproduction number ranged from 2 to 4. A later study found more."))
                .containsExactly("The reproduction number ranged from 2 to 4.", "A later study found more.");
        assertThat(sentences("Results are in Table 2. Further analysis follows."))
                .containsExactly("Results are in Table 2.", "Further analysis follows.");
        assertThat(sentences("Follow these steps: 1. Wash your hands. 2. Wear a mask."))
                .containsExactly("Follow these steps: 1. Wash your hands.", "2. Wear a mask.");
        assertThat(sentences("The curve is shown in Fig. 2. The slope is flat."))
                .containsExactly("The curve is shown in Fig. 2.", "The slope is flat.");
    }

    @Test
    void figuresAndAbbreviatedMonthsBeforeNumbersDoNotEndSentences() {
        assertThat(sentences("Cases rose after 23 Jan. 2020, when travel resumed. Then they fell."))
                .containsExactly("Cases rose after 23 Jan. 2020, when travel resumed.", "Then they fell.");
        assertThat(sentences("Clusters appeared, as shown in Fig. \u200B(Fig. 1). They grew."))
                .containsExactly("Clusters appeared, as shown in Fig. \u200B(Fig. 1).", "They grew.");
    }

    @Test
    void aWordCapitalisedInsideStartsASentenceAfterAFullStop() {
        assertThat(sentences("Two vaccines were approved. mRNA vaccines came first."))
                .containsExactly("Two vaccines were approved.", "mRNA vaccines came first.");
        assertThat(sentences("The data arrived late. b'Coronaviruses are a family of viruses."))
                .containsExactly("The data arrived late.", "b'Coronaviruses are a family of viruses.");
        assertThat(sentences("Prices rose about 3 p.c. overall in the year.")).hasSize(1);
    }
}

package org.hamgam.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.Lang;
import org.junit.jupiter.api.Test;

/** German and French running text, split by the rules for languages without a model. */
class LatinEndJudgeTest {
    private static final SentenceSplitter SPLITTER = Segmenters.splitter(Lang.OTHER);

    private static List<String> sentences(String paragraph) {
        return SPLITTER.split(paragraph).stream().map(span -> span.of(paragraph)).toList();
    }

    @Test
    void initialsBeforeANameDoNotEndASentence() {
        assertThat(sentences("Die Seilschaft waren J. Brown und G. O. Dyhrenfurth. Sie kamen an."))
                .containsExactly("Die Seilschaft waren J. Brown und G. O. Dyhrenfurth.", "Sie kamen an.");
    }

    @Test
    void aNumberThatOpensAParagraphOrFollowsAnEndIsAListMarker() {
        assertThat(sentences("2. Dasselbe gilt für den Makalu. 3. Auf der Ostseite liegt er."))
                .containsExactly("2. Dasselbe gilt für den Makalu.", "3. Auf der Ostseite liegt er.");
    }

    @Test
    void germanDatesAndReferencesDoNotEndASentence() {
        assertThat(sentences("Der Gipfel wurde am 18. Mai 1956 erreicht (vgl. S. 295, bzw. ca. 8510 m). Dann kam Nebel."))
                .containsExactly("Der Gipfel wurde am 18. Mai 1956 erreicht (vgl. S. 295, bzw. ca. 8510 m).",
                        "Dann kam Nebel.");
    }

    @Test
    void aSentenceEndingInANumberOrAWordStillEnds() {
        assertThat(sentences("Sie erreichten 8848 m. Das ist die Zahl. Die Höhe betrug 1956. Auch gut."))
                .containsExactly("Sie erreichten 8848 m.", "Das ist die Zahl.", "Die Höhe betrug 1956.", "Auch gut.");
    }
}

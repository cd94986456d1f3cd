package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.junit.jupiter.api.Test;

/** Quotes paired over the document, quotes inside words, and doubled marks. */
class PunctuationCheckTest {
    private final PunctuationCheck check = new PunctuationCheck();

    private List<Issue> run(String... targets) {
        List<QaPair> pairs = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            pairs.add(QaPair.of("s" + i, "جمله.", targets[i]));
        }
        return check.check(pairs).stream().filter(i -> i.message().contains("uot")
                || i.message().contains("Doubled")).toList();
    }

    @Test
    void aQuoteOpenedInAnEarlierSentenceMayCloseLater() {
        assertThat(run("Ross said: \"I was young.", "I got a B cap and that was it,\" Ross told reporters.")).isEmpty();
        assertThat(run("He said, \u201CWe will win.", "Nobody doubts it.", "It is done.\u201D")).isEmpty();
    }

    @Test
    void aQuoteThatNeverClosesOrNeverOpenedIsUnpaired() {
        assertThat(run("Ross said: \"I was young.", "The match ended.")).singleElement()
                .satisfies(i -> assertThat(i.segment()).isEqualTo("s0"));
        assertThat(run("The match ended.", "that was it,\" Ross told reporters.")).singleElement()
                .satisfies(i -> assertThat(i.segment()).isEqualTo("s1"));
        List<String> far = new ArrayList<>(List.of("He said: \"We will win."));
        for (int i = 0; i < 12; i++) {
            far.add("Another sentence.");
        }
        far.add("It is done.\"");
        assertThat(run(far.toArray(String[]::new))).hasSize(2);
    }

    @Test
    void aQuoteBetweenLettersIsAnApostrophe() {
        assertThat(run("We don\"t know.")).singleElement()
                .satisfies(i -> assertThat(i.suggestion()).isEqualTo("'"));
    }

    @Test
    void doubledMarksAreReportedButNotAfterAnAbbreviation() {
        assertThat(run("They beat the team., then left.")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains(".,"));
        assertThat(run("Apples, pears,, plums.")).hasSize(1);
        assertThat(run("Apples, pears etc., and plums.", "In the U.S., it rained.", "Wait...", "He left at 5 p.m.,"
                + " late.")).isEmpty();
    }
}

package org.hamgam.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.hamgam.segment.EndJudge.Verdict;
import org.junit.jupiter.api.Test;

class EnglishEndJudgeTest {
    private static final EnglishEndJudge JUDGE = EnglishEndJudge.standard();

    /** The verdict on the first candidate that ends with {@code marked}. */
    private static Verdict verdict(String text, String marked) {
        int end = text.indexOf(marked) + marked.length();
        return JUDGE.judge(text, end - 1, end);
    }

    @Test
    void timesYieldOnlyToZonesDaysAndMonths() {
        assertThat(verdict("It opens at 10 a.m. Eastern time.", "a.m.")).isEqualTo(Verdict.KEEP);
        assertThat(verdict("It opens at 10 a.m. Sunday.", "a.m.")).isEqualTo(Verdict.KEEP);
        assertThat(verdict("It opens at 10 a.m. Guests arrive early.", "a.m.")).isEqualTo(Verdict.BREAK);
    }

    @Test
    void ordinaryWordsAreLeftToTheModel() {
        assertThat(verdict("It rained. Then it stopped.", "rained.")).isEqualTo(Verdict.ASK_MODEL);
        assertThat(verdict("It opens at 10 a.m. 5 guests came.", "a.m.")).isEqualTo(Verdict.ASK_MODEL);
    }

    @Test
    void listMarkersAreNotSentenceEnds() {
        assertThat(verdict("1. Wash your hands.", "1.")).isEqualTo(Verdict.KEEP);
        assertThat(verdict("Do this: 2. Wear a mask.", "2.")).isEqualTo(Verdict.KEEP);
        assertThat(verdict("It rose to 2. Wear a mask.", "2.")).isEqualTo(Verdict.BREAK);
        assertThat(verdict("See No. 7. Wear a mask.", "7.")).isEqualTo(Verdict.BREAK);
    }

    @Test
    void initialsAndDottedCapitalsBreakOnlyBeforeSentenceStarters() {
        assertThat(verdict("Harry S. Truman spoke.", "S.")).isEqualTo(Verdict.KEEP);
        assertThat(verdict("They lacked vitamin K. Doctors were worried.", "K.")).isEqualTo(Verdict.BREAK);
        assertThat(verdict("It rose in the U.K. However, it fell later.", "U.K.")).isEqualTo(Verdict.BREAK);
        assertThat(verdict("The U.K. Parliament met.", "U.K.")).isEqualTo(Verdict.KEEP);
        assertThat(verdict("It is sold by Acme Inc. \"The best\" is its slogan.", "Inc.")).isEqualTo(Verdict.BREAK);
    }
}

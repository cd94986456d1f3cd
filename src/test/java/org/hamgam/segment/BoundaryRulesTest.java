package org.hamgam.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundaryRulesTest {
    private static List<String> ruleSentences(String text) {
        return Segmenters.ruleSplitter().split(text).stream().map(span -> span.of(text)).toList();
    }

    @Test
    void aGluedEndNeedsTwoPersianLettersBeforeAndALetterOrDigitAfter() {
        String text = "ابداع کرد.شرکت";
        assertThat(BoundaryRules.isGluedEnd(text, text.indexOf('.') + 1)).isTrue();
        String quoted = "گفت \"نه.\"دولت";
        assertThat(BoundaryRules.isGluedEnd(quoted, quoted.indexOf('"', 5) + 1)).isTrue();
        String abbreviation = "سده پنجم ق.م";
        assertThat(BoundaryRules.isGluedEnd(abbreviation, abbreviation.indexOf('.') + 1)).isFalse();
        String latin = "News.com";
        assertThat(BoundaryRules.isGluedEnd(latin, latin.indexOf('.') + 1)).isFalse();
        String decimal = "۲.۵";
        assertThat(BoundaryRules.isGluedEnd(decimal, 2)).isFalse();
        String beforeLatin = "کرد.The";
        assertThat(BoundaryRules.isGluedEnd(beforeLatin, beforeLatin.indexOf('.') + 1)).isFalse();
    }

    @Test
    void theRuleSplitterCutsGluedPersianEndsButNotLatinOnes() {
        assertThat(ruleSentences("ابداع کرد.شرکت کیت ساخت.")).containsExactly("ابداع کرد.", "شرکت کیت ساخت.");
        assertThat(ruleSentences("It was approved in 2020.The kit followed.")).hasSize(1);
    }
}

package org.hamgam.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasePairsTest {
    private static String span(int[] faToEn, int[] enToFa, int s, int e, String english) {
        WordAligner.Links links = new WordAligner.Links(faToEn, enToFa);
        List<EnglishTokens.Token> et = EnglishTokens.tokens(english);
        return PhrasePairs.span(links, PhrasePairs.claims(links), s, e, et);
    }

    @Test
    void anEdgeWordAPersianWordOutsideLinksToIsLeftToIt() {
        // تولید دفاعی / defense production: تولید → production, دفاعی → defense; both English words → دفاعی
        int[] faToEn = {1, 0};
        int[] enToFa = {1, 1};
        assertThat(span(faToEn, enToFa, 1, 1, "defense production")).isEqualTo("defense");
        assertThat(span(faToEn, enToFa, 0, 1, "defense production")).isEqualTo("defense production");
    }

    @Test
    void aWordOnlyAnOutsideWordLinksToLeavesNothing() {
        // تهدید ناشی از رژیم / the threat posed by the regimes: regimes → تهدید one way, رژیم → regimes
        int[] faToEn = {-1, -1, -1, 5};
        int[] enToFa = {-1, -1, -1, -1, -1, 0};
        assertThat(span(faToEn, enToFa, 0, 0, "the threat posed by the regimes")).isNull();
    }

    @Test
    void aPhraseCutInsideBetweenXAndYIsNoTranslation() {
        // جنگ روسیه و اوکراین / the war between Russia and Ukraine
        int[] faToEn = {1, 3, 4, 5};
        int[] enToFa = {-1, 0, -1, 1, 2, 3};
        assertThat(span(faToEn, enToFa, 0, 1, "the war between Russia and Ukraine")).isNull();
        assertThat(span(faToEn, enToFa, 0, 0, "the war between Russia and Ukraine")).isEqualTo("war");
    }

    @Test
    void aHalfOfAComparisonIsNoTranslation() {
        int[] faToEn = {0, 3};
        int[] enToFa = {0, -1, -1, 1};
        assertThat(span(faToEn, enToFa, 0, 1, "SARS-CoV-2 than those MERS-CoV")).isNull();
    }

    @Test
    void whatTrimmingLeavesBetweenLinkedFunctionWordsIsNoTranslation() {
        // برنامه / which borders ... would: برنامه → which, would → برنامه; borders is linked to nothing
        int[] faToEn = {0};
        int[] enToFa = {-1, -1, 0};
        assertThat(span(faToEn, enToFa, 0, 0, "which borders would")).isNull();
        // the same with borders linked to برنامه is a translation
        assertThat(span(new int[] {1}, new int[] {-1, 0, 0}, 0, 0, "which borders would")).isEqualTo("borders");
    }
}

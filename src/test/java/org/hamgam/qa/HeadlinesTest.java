package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlinesTest {

    @Test
    void aShortSegmentWithoutAnEndMarkIsAHeadline() {
        assertThat(Headlines.isHeadline("Gold prices hit highest level in Tehran market")).isTrue();
        assertThat(Headlines.isHeadline("Gold prices hit the highest level in the Tehran market.")).isFalse();
        assertThat(Headlines.isHeadline("What next for the talks?")).isFalse();
        assertThat(Headlines.isHeadline("but i know lot of people cough on me")).isFalse();
        assertThat(Headlines.isHeadline("one two three four five six seven eight nine ten eleven twelve thirteen"
                + " fourteen fifteen")).isFalse();
    }

    @Test
    void articleRulesAreRecognisedByIdOrMessage() {
        assertThat(Headlines.asksForArticle("THE_SUPERLATIVE", "A determiner may be missing.")).isTrue();
        assertThat(Headlines.asksForArticle("SOME_RULE", "It appears that an article is missing.")).isTrue();
        assertThat(Headlines.asksForArticle("EN_A_VS_AN", "Use \"an\" instead of \"a\".")).isFalse();
    }
}

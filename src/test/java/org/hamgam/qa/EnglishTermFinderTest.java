package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTermFinderTest {
    private final EnglishTermFinder finder = new EnglishTermFinder();

    @Test
    void findsATermAfterEarlierWordsThatOnlyShareItsStem() {
        assertThat(finder.contains("a part of the partisan parties", "party")).isTrue();
        assertThat(finder.contains("a part of the partisan groups", "party")).isFalse();
        assertThat(finder.contains("the vaccinated were vaccines' first users", "vaccine")).isTrue();
    }

    @Test
    void findsAnyAlternativeWhereverItsStemStands() {
        assertThat(finder.contains("they wore a mask and a face covering", "face covering / mask")).isTrue();
        assertThat(finder.contains("masks and face coverings", "face covering; mask")).isTrue();
        assertThat(finder.contains("no covering at all", "face covering / mask")).isFalse();
    }

    @Test
    void anEmptyAlternativeIsHarmless() {
        assertThat(finder.contains("wear a mask", "/mask")).isTrue();
        assertThat(finder.contains("wear nothing", "mask; ")).isFalse();
    }

    @Test
    void aSpellingVariantBeforeTheStemAsWrittenIsFound() {
        // The stem organizatio stands only in the second word; the match is the first, spelled with s.
        assertThat(finder.contains("the organisation, not organizatio", "organization")).isTrue();
    }

    @Test
    void eitherSpellingOfATermMatchesTheOther() {
        assertThat(finder.contains("we analyzed the data", "analyse")).isTrue();
        assertThat(finder.contains("patients were hospitalised", "hospitalize")).isTrue();
        assertThat(finder.contains("the organisation met", "organization")).isTrue();
        assertThat(finder.contains("we analysed nothing", "analyze")).isTrue();
        assertThat(finder.contains("an analogy", "analyse")).isFalse();
    }

    @Test
    void aTermOfHyphensAloneIsNoError() {
        assertThat(finder.contains("a b", "-")).isFalse();
        assertThat(finder.contains("a - b", "-")).isTrue();
    }
}

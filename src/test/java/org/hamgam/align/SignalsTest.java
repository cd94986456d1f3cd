package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SignalsTest {
    @Test
    void numbersCompareByValueAcrossDigitSystems() {
        assertThat(Signals.numbers("در سال ۲۰۲۲ حدود ۴۷٪ از ۱۳۶ مورد")).containsExactly("2022", "47", "136");
        assertThat(Signals.numbers("in 2022 about 47% of 136 cases")).containsExactly("2022", "47", "136");
        assertThat(Signals.numbers("٣٫٥ و ۱٬۰۰۰")).containsExactly("3.5", "1000");
        assertThat(Signals.numbers("3,5 Mio. und 1.000 Franken, 3.50 $ or 1,234.5")).containsExactly("3.5", "1000",
                "3.5", "1234.5");
        assertThat(Signals.numbers("Shahed-136 and شاهد-۱۳۶ and 007")).containsExactly("136", "136", "7");
    }

    @Test
    void numberWordsMeetByValueAcrossLanguages() {
        assertThat(Signals.cognates(Tokens.words("از یک ستاره به سه ستاره"))).contains("#3").doesNotContain("#1");
        assertThat(Signals.cognates(Tokens.words("from one to three stars"))).contains("#3").doesNotContain("#1");
        assertThat(Signals.cognates(Tokens.words("Drei Hütten, trois cabanes"))).containsSubsequence("#3", "#3");
        // Words that are numbers only now and then bring no number: نه (no), ده (village), شش (lung).
        assertThat(Signals.cognates(Tokens.words("نه ده شش"))).noneMatch(f -> f.startsWith("#"));
    }

    @Test
    void namesShareASkeletonAcrossScripts() {
        assertThat(Transliteration.persian("لوکاشنکو")).containsAnyElementsOf(Transliteration.latin("lukashenko"));
        assertThat(Transliteration.persian("مینسک")).containsAnyElementsOf(Transliteration.latin("minsk"));
        assertThat(Transliteration.persian("کییف")).containsAnyElementsOf(Transliteration.latin("kyiv"));
        assertThat(Transliteration.persian("تهران")).containsAnyElementsOf(Transliteration.latin("tehran"));
        assertThat(Transliteration.persian("احمدی‌نژاد".replace("\u200C", "")))
                .containsAnyElementsOf(Transliteration.latin("ahmadinejad"));
        assertThat(Transliteration.persian("بلاروس")).doesNotContainAnyElementsOf(Transliteration.latin("ukraine"));
    }

    @Test
    void nameFeaturesOnlyMeetAcrossScripts() {
        Set<String> source = Set.copyOf(Signals.names(Tokens.words("لوکاشنکو در Minsk"), true));
        Set<String> target = Set.copyOf(Signals.names(Tokens.words("Lukashenko in Minsk"), false));
        // The Persian name meets its Latin spelling; the Latin word on both sides is left to the cognate signal.
        assertThat(source).containsAnyElementsOf(target);
        assertThat(source.stream().filter(target::contains)).allSatisfy(f -> assertThat(f).startsWith("AL:"));
    }

    @Test
    void cognatesAreFourLetterPrefixesAndAcronyms() {
        assertThat(Signals.cognates(Tokens.words("Die Regierung der EU in Genève")))
                .contains("regi", "=EU", "gene").doesNotContain("die", "der");
        assertThat(Signals.cognates(Tokens.words("Le gouvernement de l'UE à Genève"))).contains("gene", "=UE");
    }

    @Test
    void punctuationClassesMatchAcrossScripts() {
        assertThat(Signals.punctuation("آیا تب دارید؟")).containsExactly("?");
        assertThat(Signals.punctuation("Do you have a fever?")).containsExactly("?");
        assertThat(Signals.punctuation("«نگاه به شرق»")).containsExactly("\"");
    }
}

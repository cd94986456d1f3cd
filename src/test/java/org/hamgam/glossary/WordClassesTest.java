package org.hamgam.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordClassesTest {
    private final ExtractionLexicon lexicon = ExtractionLexicon.standard();

    private static String key(String word) {
        return TermKeys.persian(word);
    }

    @Test
    void knowsLightVerbForms() {
        for (String verb : new String[] {"کرد", "کردند", "کرده‌اند", "می‌شود", "نمی‌کنند", "شده", "داد", "یافت"}) {
            assertThat(WordClasses.isLightVerb(key(verb))).as(verb).isTrue();
        }
        for (String noun : new String[] {"زن", "ده", "دارد", "دارید", "کشور", "کرونا", "شدید", "کردستان"}) {
            assertThat(WordClasses.isLightVerb(key(noun))).as(noun).isFalse();
        }
    }

    @Test
    void knowsPluralNouns() {
        assertThat(WordClasses.isPlural(key("علائم"), lexicon)).isTrue();
        assertThat(WordClasses.isPlural(key("بیماران"), lexicon)).isTrue();
        assertThat(WordClasses.isPlural(key("انسان"), lexicon)).isFalse();
        assertThat(WordClasses.isPlural(key("واکسن"), lexicon)).isFalse();
        assertThat(WordClasses.isPlural(key("میزان"), lexicon)).isFalse();
        // a loan the lexicon does not list, with ها written solid, and not a listed word that ends so
        assertThat(WordClasses.isPlural(key("استروئیدها"), lexicon)).isTrue();
        assertThat(WordClasses.isPlural(key("تنها"), lexicon)).isFalse();
        assertThat(WordClasses.isPlural(key("استروئید"), lexicon)).isFalse();
    }

    @Test
    void knowsModifiers() {
        assertThat(WordClasses.isRelationalAdjective(key("بالینی"), lexicon)).isTrue();
        assertThat(WordClasses.isRelationalAdjective(key("پزشکی"), lexicon)).isTrue();
        assertThat(WordClasses.isRelationalAdjective(key("واکسن"), lexicon)).isFalse();
        assertThat(WordClasses.isAdverb(key("معمولاً"), lexicon)).isTrue();
        assertThat(WordClasses.isAdverb(key("ویروس"), lexicon)).isFalse();
        assertThat(WordClasses.looksAdjective("clinical")).isTrue();
        assertThat(WordClasses.looksAdjective("infectious")).isTrue();
        assertThat(WordClasses.looksAdjective("disease")).isFalse();
        assertThat(WordClasses.looksAdjective("vaccine")).isFalse();
    }

    @Test
    void lexiconListsUncountedWordsWithTheirTags() {
        assertThat(lexicon.isListed(key("بالینی"))).isTrue();
        assertThat(lexicon.isKnownWord(key("بالینی"))).isFalse();
        assertThat(lexicon.isKnownWord(key("ویروس"))).isTrue();
        assertThat(lexicon.tags(key("اطلاعات")) & ExtractionLexicon.PLURAL).isNotZero();
        assertThat(lexicon.isListed(key("ووهان"))).isFalse();
    }

    @Test
    void findsTheSingularOfAPluralWrittenSolid() {
        assertThat(WordClasses.singular(key("دانش‌آموزان"), lexicon)).isEqualTo(key("دانش‌آموز"));
        assertThat(WordClasses.singular(key("کودکان"), lexicon)).isEqualTo(key("کودک"));
        // a singular noun that happens to end in ان keeps its form
        assertThat(WordClasses.singular(key("درمان"), lexicon)).isEqualTo(key("درمان"));
        assertThat(WordClasses.singular(key("ووهان"), lexicon)).isEqualTo(key("ووهان"));
    }

    @Test
    void theReferenceCorpusCountsEverydayWordsTheLexiconLeavesUncounted() {
        // the lexicon lists بیماری without a count; the reference corpus has it, and no trace of a new name
        assertThat(lexicon.isKnownWord(key("بیماری"))).isFalse();
        assertThat(lexicon.generalShare(key("بیماری"))).isGreaterThan(1e-5);
        assertThat(lexicon.generalShare(key("ووهان"))).isZero();
        assertThat(lexicon.generalShare(key("کشور"))).isGreaterThan(lexicon.generalShare(key("قرنطینه")));
    }

    @Test
    void numbersWrittenAsWordsCountAsNumbers() {
        List<PersianTokens.Token> fa = new PersianTokens(lexicon).tokens("هفت کارآزمایی در فاز سوم");
        assertThat(fa).extracting(PersianTokens.Token::number).containsExactly(true, false, false, false, false);
        List<EnglishTokens.Token> en = EnglishTokens.tokens("seven trials in phase three");
        assertThat(en).extracting(EnglishTokens.Token::number).containsExactly(true, false, false, false, true);
    }

    @Test
    void anEndingComesOffUnlessTheWholeIsAWordOfItsOwn() {
        List<PersianTokens.Token> fa = new PersianTokens(lexicon).tokens("کمک\u200Cهای برنامه\u200Cای هسته\u200Cای");
        assertThat(fa).extracting(PersianTokens.Token::stem)
                .containsExactly(key("کمک"), key("برنامه"), key("هسته\u200Cای"));
    }

    @Test
    void termKeysFoldAsTheGlossaryDoes() {
        assertThat(TermKeys.persian("موارد تأیید شده")).isEqualTo(TermKeys.persian("موارد‌تایید‌شده"));
        assertThat(TermKeys.persian("كرونا ويروس")).isEqualTo(TermKeys.persian("کروناویروس"));
        assertThat(TermKeys.persian("کووید-۱۹")).isEqualTo(TermKeys.persian("کووید 19"));
        assertThat(TermKeys.persian("واکسن")).isNotEqualTo(TermKeys.persian("واکسن‌ها"));
        assertThat(TermKeys.english("  COVID-19   Vaccine ")).isEqualTo("covid-19 vaccine");
        assertThat(TermKeys.english("covid 19")).isNotEqualTo(TermKeys.english("covid-19"));
    }
}

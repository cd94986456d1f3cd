package org.hamgam.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ZwnjAnalyzerTest {
    private static final String Z = "\u200C";

    /** A lexicon of the given lines (w: surface, corpus, dictionary, tags, spaced). */
    private static ZwnjAnalyzer analyzer(String... lines) throws IOException {
        return new ZwnjAnalyzer(Lexicon.read(new BufferedReader(new StringReader(String.join("\n", lines)))));
    }

    @Test
    void anUnlistedWordMadeWithYehFromAKnownWordTakesAnEndingInAlefAfterAZwnj() throws IOException {
        ZwnjAnalyzer analyzer = analyzer("w\tهنر\t5\t8\tN\t0", "w\tتحصیل\t3\t8\tN\t0");
        assertThat(analyzer.analyze("هنریاش")).isEqualTo("هنری" + Z + "اش");
        assertThat(analyzer.analyze("تحصیلیام")).isEqualTo("تحصیلی" + Z + "ام");
        assertThat(analyzer.analyze("هنریای")).isEqualTo("هنری" + Z + "ای");
    }

    @Test
    void anUnlistedWordInYehTakesAPluralPossessiveSolidAndAnUnknownBaseNothing() throws IOException {
        ZwnjAnalyzer analyzer = analyzer("w\tهنر\t5\t8\tN\t0");
        // مان, تان, شان start with a consonant: writers join them solid after such a word as often as not
        assertThat(analyzer.analyze("هنریشان")).isNull();
        // without a known word before the ی there is no evidence at all
        assertThat(analyzer.analyze("قزمیتیاش")).isNull();
        // after ا or و the ی is the glide of the ending (بیجایش), not a suffix of its own
        assertThat(analyzer("w\tبیجا\t5\t8\tN\t0").analyze("بیجایاش")).isNull();
    }

    @Test
    void aCompoundTheLexiconLacksTakesAPluralEndingAfterAZwnjWhenItKnowsBothParts() throws IOException {
        ZwnjAnalyzer analyzer = analyzer("w\tپیام\t5\t8\tN\t0", "w\tبرنده\t3\t8\tN\t0",
                "w\tعبارت\t3\t8\tN\t0", "w\tزیر\t9\t9\tN\t0", "s\tزیر");
        assertThat(analyzer.analyze("پیامبرندههای")).isEqualTo("پیامبرنده" + Z + "های");
        assertThat(analyzer.analyze("پیامبرندهها")).isEqualTo("پیامبرنده" + Z + "ها");
        // a part the lexicon does not know, or a function word first (زیر), is no evidence of a compound
        assertThat(analyzer.analyze("پیامقزمیتها")).isNull();
        assertThat(analyzer.analyze("زیرعبارتها")).isNull();
    }

    @Test
    void aWordInHehBeforeWhatCannotCompleteAnEzafeIsReadUnlessAThousandfoldRarerThanItsStem() throws IOException {
        // w: surface, corpus, dictionary (2 + log10 of its frequency when tagged), tags, spaced
        ZwnjAnalyzer analyzer = analyzer("w\tنام\t27\t9\tN\t0", "w\tنامه\t10\t8\tN\t0",
                "w\tآفتاب\t5\t8\tN\t0", "w\tآفتابه\t0\t6\tN\t0");
        // نامه is a common word, if less so than نام: نامه‌ای که
        assertThat(analyzer.indefiniteAfterHeh("نامهای")).isEqualTo("نامه" + Z + "ای");
        // آفتابه beside آفتاب is rare: آفتاب‌های که is a plural whose ی the writer dropped
        assertThat(analyzer.indefiniteAfterHeh("آفتابهای")).isNull();
    }

    @Test
    void anUnlistedCompoundOfAProductiveSecondPartKeepsItsZwnjBeforeAPluralOrDerivingEnding() throws IOException {
        // نشین and دیده follow five listed words each after a ZWNJ and are no words of their own: productive parts
        ZwnjAnalyzer analyzer = analyzer("w\tمستعمره\t3\t8\tN\t0", "w\tستم\t3\t8\tN\t0",
                "w\tترک\t3\t8\tN\t0", "w\tعرب\t3\t8\tN\t0", "w\tکرد\t3\t8\tN\t0", "w\tشهر\t3\t8\tN\t0",
                "w\tکوه\t3\t8\tN\t0", "w\tجنگ\t3\t8\tN\t0", "w\tآسیب\t3\t8\tN\t0", "w\tسیل\t3\t8\tN\t0",
                "w\tآفت\t3\t8\tN\t0", "w\tزلزله\t3\t8\tN\t0", "w\tشهرنشینی\t3\t8\tN\t0",
                "w\tترک" + Z + "نشین\t0\t6\tN\t0", "w\tعرب" + Z + "نشین\t0\t6\tN\t0",
                "w\tکرد" + Z + "نشین\t0\t6\tN\t0", "w\tشهر" + Z + "نشین\t0\t6\tN\t0",
                "w\tکوه" + Z + "نشین\t0\t6\tN\t0", "w\tجنگ" + Z + "دیده\t0\t6\tN\t0",
                "w\tآسیب" + Z + "دیده\t0\t6\tN\t0", "w\tسیل" + Z + "دیده\t0\t6\tN\t0",
                "w\tآفت" + Z + "دیده\t0\t6\tN\t0", "w\tزلزله" + Z + "دیده\t0\t6\tN\t0");
        assertThat(analyzer.analyze("مستعمرهنشین")).isEqualTo("مستعمره" + Z + "نشین");
        assertThat(analyzer.analyze("مستعمرهنشینان")).isEqualTo("مستعمره" + Z + "نشینان");
        assertThat(analyzer.analyze("مستعمرهنشینی")).isEqualTo("مستعمره" + Z + "نشینی");
        // گان takes the place of the final ه of the part (دیده → دیدگان)
        assertThat(analyzer.analyze("ستمدیدگان")).isEqualTo("ستم" + Z + "دیدگان");
        // a word the lexicon lists solid keeps its spelling, and an unknown first part is no evidence
        assertThat(analyzer.analyze("شهرنشینی")).isEqualTo("شهرنشینی");
        assertThat(analyzer.analyze("قزمیتنشینان")).isNull();
    }
}

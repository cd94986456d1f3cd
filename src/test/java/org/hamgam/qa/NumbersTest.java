package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import org.hamgam.qa.Numbers.Num;
import org.junit.jupiter.api.Test;

class NumbersTest {

    private static List<Double> values(String text, boolean persian) {
        return Numbers.find(text, persian).stream().filter(n -> !n.soft()).map(Num::value).toList();
    }

    @Test
    void readsDigitsOfEverySystemWithTheirSeparators() {
        assertThat(values("در فوریه ۲۰۲۲ و ۲٫۵ درصد و ۶٬۰۰۰ نفر", true)).containsExactly(2022.0, 2.5, 6000.0);
        assertThat(values("in February 2022, 2.5% and 6,000 people", false)).containsExactly(2022.0, 2.5, 6000.0);
        assertThat(values("٢٠٢٢", true)).containsExactly(2022.0);
    }

    @Test
    void aShortenedSecondYearOfARangeIsTheFullYear() {
        assertThat(values("the 2019\u201320 pandemic and the 1957-58 flu", false))
                .containsExactly(2019.0, 2020.0, 1957.0, 1958.0);
        assertThat(values("pages 2019-15 and 12-14", false)).containsExactly(2019.0, 15.0, 12.0, 14.0);
        // Right-to-left order in Persian text.
        assertThat(values("آزمایش‌های 16-2015", true)).containsExactly(2016.0, 2015.0);
    }

    @Test
    void aNumberGluedToAPersianWordIsPartOfAName() {
        assertThat(Numbers.find("بیماری کووید-19 و ۵ نفر", true)).extracting(Num::code).containsExactly(true, false);
    }

    @Test
    void persianSlashIsADecimalMarkButDatesStayApart() {
        assertThat(values("نرخ ۲/۵ درصد", true)).containsExactly(2.5);
        assertThat(values("تاریخ ۱۴۰۱/۰۲/۱۵", true)).containsExactly(1401.0, 2.0, 15.0);
        assertThat(values("24/7 support", false)).containsExactly(24.0, 7.0);
    }

    @Test
    void scaleWordsMultiply() {
        assertThat(values("۶ هزار نفر", true)).containsExactly(6000.0);
        assertThat(values("1.5 million doses", false)).containsExactly(1_500_000.0);
        assertThat(values("۱٫۵ میلیون دوز", true)).containsExactly(1_500_000.0);
    }

    @Test
    void aScaleOfScalesMultipliesOnce() {
        assertThat(values("۳۰ هزار میلیارد ریال", true)).containsExactly(3e13);
        assertThat(values("30,000 billion rials", false)).containsExactly(3e13);
        assertThat(values("30 trillion rials", false)).containsExactly(3e13);
        // a smaller scale after a larger one starts no product: two figures joined by nothing
        assertThat(values("۲ میلیون هزار نفر", true)).containsExactly(2_000_000.0);
    }

    @Test
    void aScaledAmountAndASmallerOneAfterAndAreOneFigure() {
        assertThat(Numbers.find("بودجه ۱ میلیارد و ۲۰۰ میلیون دلار است", true)).extracting(Num::value)
                .containsExactly(1_200_000_000.0);
        assertThat(Numbers.find("دو میلیون و ۳۰۰ هزار نفر", true)).extracting(Num::value)
                .containsExactly(2_300_000.0);
        assertThat(Numbers.find("۵ هزار و ۲۰۰ نفر", true)).extracting(Num::value).containsExactly(5200.0);
        // Not across a word, nor a larger second figure, nor without a scale.
        assertThat(values("۲ میلیون نفر و ۳۰۰ هزار خانوار", true)).containsExactly(2_000_000.0, 300_000.0);
        assertThat(values("۲ هزار و ۳ میلیون", true)).containsExactly(2000.0, 3_000_000.0);
        assertThat(values("۲۰ و ۳۰ نفر", true)).containsExactly(20.0, 30.0);
    }

    @Test
    void listCommasAreNotThousands() {
        assertThat(values("1,2,3", false)).containsExactly(1.0, 2.0, 3.0);
        assertThat(values("12345,678", false)).containsExactly(12345.0, 678.0);
        assertThat(values("in 2022. Then 5", false)).containsExactly(2022.0, 5.0);
    }

    @Test
    void spelledNumbersAreSoft() {
        List<Num> found = Numbers.find("twenty-five people and one hundred and five cases", false);
        assertThat(found).allMatch(Num::soft);
        assertThat(found).extracting(Num::value).containsExactly(25.0, 105.0);
        assertThat(Numbers.find("بیست و پنج نفر", true)).extracting(Num::value).containsExactly(25.0);
    }

    @Test
    void digitsInsideNamesAreNumbers() {
        assertThat(values("COVID-19 and Shahed-136s", false)).containsExactly(19.0, 136.0);
    }

    @Test
    void numberWordsAreFoundInAnyCaseAndOnlyWhole() {
        assertThat(Numbers.find("ONE Hundred and Twenty-Five", false)).extracting(Num::value).containsExactly(125.0);
        // Same length and ends as a number word (tone/one, three/there, ten/then), or a number word inside another.
        assertThat(Numbers.find("the tone there then someone twofold", false)).isEmpty();
        assertThat(Numbers.find("سیستم دوران صدا", true)).isEmpty();
        assertThat(Numbers.find("İki TWO", false)).extracting(Num::value).containsExactly(2.0);
    }

    @Test
    void aScaleWordCountsInAnyCaseButNotInflected() {
        assertThat(values("5 Million people", false)).containsExactly(5_000_000.0);
        assertThat(values("5 millions of people", false)).containsExactly(5.0);
        assertThat(values("۵ هزارم", true)).containsExactly(5.0);
    }

    @Property(tries = 200)
    void persianAndLatinWritingsHaveTheSameValue(@ForAll @LongRange(min = 0, max = 999_999_999L) long n) {
        String latin = String.format(java.util.Locale.US, "%,d", n);
        String persian = org.hamgam.qa.NumbersTest.toPersian(latin.replace(',', '\u066C'));
        assertThat(values(latin, false)).containsExactly((double) n);
        assertThat(values(persian, true)).containsExactly((double) n);
        assertThat(values(toPersian(Long.toString(n)), true)).containsExactly((double) n);
    }

    static String toPersian(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + c - '0') : c);
        }
        return out.toString();
    }
}

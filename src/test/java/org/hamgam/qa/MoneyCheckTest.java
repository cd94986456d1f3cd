package org.hamgam.qa;

import org.hamgam.model.QaPair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.Issue;
import org.hamgam.model.Severity;
import org.junit.jupiter.api.Test;

class MoneyCheckTest {
    private static List<Issue> check(String source, String target) {
        return new MoneyCheck().check(List.of(QaPair.of("1", source, target)));
    }

    @Test
    void aCurrencyIsFoundByItsWordSymbolOrCode() {
        assertThat(check("قیمت ۱۲۰ میلیون دلار شد.", "The price reached $120 million.")).isEmpty();
        assertThat(check("قیمت ۱۲۰ میلیون دلار شد.", "The price reached US$120m.")).isEmpty();
        assertThat(check("قیمت ۱۲۰ میلیون دلار شد.", "The price reached USD 120 million.")).isEmpty();
        assertThat(check("قیمت ۱۲۰ میلیون دلار شد.", "The price reached 120 million dollars.")).isEmpty();
        assertThat(check("ده میلیارد ریال", "ten billion rials")).isEmpty();
        assertThat(check("ده میلیارد ریال", "IRR 10bn")).isEmpty();
        assertThat(check("ریال قطر", "Qatari Riyal")).isEmpty();
        assertThat(check("صد ریال سعودی", "a hundred Saudi riyals")).isEmpty();
        assertThat(check("ده هزار تومان", "10,000 tomans")).isEmpty();
        assertThat(check("۵۰۰ هزار یورو", "€500,000")).isEmpty();
        assertThat(check("۵۰۰ هزار یورو", "EUR 500k")).isEmpty();
        assertThat(check("۲٫۸ میلیارد پوند", "£2.8bn")).isEmpty();
        assertThat(check("۲٫۸ میلیارد پوند", "2.8 billion pounds sterling")).isEmpty();
        assertThat(check("۲٫۸ میلیارد پوند", "GBP 2.8 billion")).isEmpty();
    }

    @Test
    void aMissingCurrencyIsAWarningWithTheAmountInEnglishForm() {
        assertThat(check("قیمت ۱۲۰ میلیون دلار شد.", "The price reached 120 million.")).singleElement()
                .satisfies(i -> {
                    assertThat(i.code()).isEqualTo(MoneyCheck.CODE);
                    assertThat(i.severity()).isEqualTo(Severity.WARNING);
                    assertThat(i.suggestion()).isEqualTo("$120 million");
                });
        assertThat(check("ده میلیارد تومان", "ten billion")).singleElement()
                .satisfies(i -> assertThat(i.suggestion()).isEqualTo("10 billion tomans"));
        assertThat(check("ارزش دلار", "the value of the currency")).singleElement()
                .satisfies(i -> assertThat(i.suggestion()).isEqualTo("dollars"));
        assertThat(check("قیمت هر کیلو گوشت ۱۲ هزار تومان شد.", "The price of meat rose to $12,000.")).singleElement()
                .satisfies(i -> assertThat(i.suggestion()).isEqualTo("12,000 tomans"));
    }

    @Test
    void anotherCurrencyInsteadIsAnError() {
        assertThat(check("قیمت ۱۲۰ میلیون دلار شد.", "The price reached €120 million.")).singleElement()
                .satisfies(i -> {
                    assertThat(i.severity()).isEqualTo(Severity.ERROR);
                    assertThat(i.message()).contains("euros");
                });
    }

    @Test
    void aCurrencyWordInsideAnotherWordIsNoCurrency() {
        assertThat(check("دلارام آمد.", "Delaram came.")).isEmpty();
        assertThat(check("ریالیته", "reality")).isEmpty();
    }

    @Test
    void largeAmountsAreSuggestedWithTheirScaleWord() {
        assertThat(EnglishAmount.of(120_000_000)).isEqualTo("120 million");
        assertThat(EnglishAmount.of(2_800_000_000.0)).isEqualTo("2.8 billion");
        assertThat(EnglishAmount.of(1_234_567)).isEqualTo("1234567");
        assertThat(EnglishAmount.of(6000)).isEqualTo("6000");
        // A sum of money standing alone is written as English writes it.
        assertThat(EnglishAmount.grouped(12_000)).isEqualTo("12,000");
        assertThat(EnglishAmount.grouped(1_234_567)).isEqualTo("1,234,567");
        assertThat(EnglishAmount.grouped(2500.5)).isEqualTo("2,500.5");
        assertThat(EnglishAmount.grouped(-950)).isEqualTo("-950");
        assertThat(EnglishAmount.grouped(120e6)).isEqualTo("120 million");
        assertThat(EnglishAmount.of(2.5)).isEqualTo("2.5");
        List<Issue> wrong = QaRunner.of(List.of(new NumberCheck())).run(List.of(
                QaPair.of("1", "قیمت ۱۲۰ میلیون دلار شد.", "The price reached $12 million.")));
        assertThat(wrong).singleElement().satisfies(i -> assertThat(i.suggestion()).isEqualTo("120 million"));
    }
}

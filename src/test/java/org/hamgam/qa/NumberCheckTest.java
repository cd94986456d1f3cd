package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.junit.jupiter.api.Test;

/** The number check on the ways professional news translations write the same figure, and on wrong figures. */
class NumberCheckTest {
    private final NumberCheck check = new NumberCheck();

    private List<Issue> run(String source, String target) {
        return check.check(List.of(QaPair.of("s1", source, target)));
    }

    private List<Issue> warnings(String source, String target) {
        return run(source, target).stream().filter(i -> i.severity() != Severity.INFO).toList();
    }

    @Test
    void formatPlaceholdersAreNoFigures() {
        assertThat(warnings("%I.1f%% از %s", "%.1f%% of %s")).isEmpty();
        assertThat(warnings("نسخه %Id.%Id", "version %d.%d")).isEmpty();
        assertThat(warnings("%I.2f مگابایت", "%.2f MB of 3 disks")).isNotEmpty();
    }

    @Test
    void theGregorianDayOfAnOrdinalJalaliDayIsNoNewFigure() {
        assertThat(warnings("این تصمیم از یکم آذر اجرا می‌شود.", "The decision takes effect on 22 November.")).isEmpty();
    }

    @Test
    void thousandBillionsAreTrillions() {
        String source = "بودجه ۳۰ هزار میلیارد ریال افزایش یافت.";
        assertThat(warnings(source, "The budget rose by 30,000 billion rials.")).isEmpty();
        assertThat(warnings(source, "The budget rose by 30 trillion rials.")).isEmpty();
        assertThat(warnings(source, "The budget rose by 30 billion rials.")).isNotEmpty();
    }

    @Test
    void aSolarHijriYearIsTheGregorianYearItOverlaps() {
        assertThat(warnings("حق نشر ۱۳۹۵-۱۴۰۱ توسعه‌دهندگان", "Copyright 2016-2022 the developers")).isEmpty();
        assertThat(warnings("حق نشر ۱۴۰۱", "Copyright 2022")).isEmpty();
        assertThat(warnings("حق نشر ۱۴۰۱", "Copyright 2023")).isEmpty();
        assertThat(warnings("حق نشر ۱۴۰۱", "Copyright 2024")).isNotEmpty();
        assertThat(warnings("حق نشر ۱۴۰۱", "Copyright 2020")).isNotEmpty();
        assertThat(warnings("۱۴۰۱ نفر", "1401 people")).isEmpty();
    }

    @Test
    void ordinalsInWordsMatchOrdinalsInDigits() {
        assertThat(warnings("در اواسط قرن نوزدهم", "in the mid 19th century")).isEmpty();
        assertThat(warnings("در چهل و چهارمین دور", "on the 44th lap")).isEmpty();
        assertThat(warnings("در نوزدهمین روز از ماه مارس", "this 19th day of March")).isEmpty();
        assertThat(warnings("در دور بیستم", "in the twentieth round")).isEmpty();
        assertThat(warnings("در چهل و چهارمین دور", "on the 45th lap")).isNotEmpty();
    }

    @Test
    void aScoreInWordsIsTwoNumbers() {
        assertThat(warnings("بازی یک صفر تمام شد", "the game ended 1-0")).isEmpty();
        assertThat(warnings("بازی یک صفر تمام شد", "the game ended 1-2")).isNotEmpty();
    }

    @Test
    void anAmountWrittenInPartsIsOneFigure() {
        assertThat(warnings("جمعیت شهر به دو میلیون و ۳۰۰ هزار نفر رسید", "the city's population reached 2.3 million"))
                .isEmpty();
        assertThat(warnings("جمعیت شهر به دو میلیون و ۳۰۰ هزار نفر رسید", "the city's population reached 2.5 million"))
                .isNotEmpty();
    }

    @Test
    void amountsWithAbbreviatedScales() {
        assertThat(warnings("۲٫۸ میلیارد پوند", "£2.8bn")).isEmpty();
        assertThat(warnings("۱۲۵ میلیون پوند", "£125m")).isEmpty();
        assertThat(warnings("بیش از ۳۰۰ میلیارد دلار", "a $300+ billion impact")).isEmpty();
        assertThat(warnings("۲٫۸ میلیارد پوند", "£2.8m")).isNotEmpty();
        // Without a currency sign, m is metres.
        assertThat(warnings("۱۲۵ متر", "125m")).isEmpty();
    }

    @Test
    void clockTimesFractionsDecadesAndYearPairs() {
        assertThat(warnings("ساعت ۷:۵۵ صبح", "at 7.55am")).isEmpty();
        assertThat(warnings("ساعت ۷:۵۵ صبح", "at 7:55")).isEmpty();
        assertThat(warnings("ساعت ۷:۴۵ صبح", "at 7.55am")).isNotEmpty();
        assertThat(warnings("به 2/3 کاهش دهد", "reduce demand by 2/3")).isEmpty();
        assertThat(warnings("به صورت 24/7 فعالیت می‌کنند", "working 24/7")).isEmpty();
        assertThat(warnings("در دهه 30 میلادی", "in the 1930s")).isEmpty();
        assertThat(warnings("در دهه 40 میلادی", "in the 1930s")).isNotEmpty();
        assertThat(warnings("در سال‌های ۱۹۶۸ / ۱۹۶۹", "in 1968/69")).isEmpty();
        assertThat(warnings("از 0.08% در نیوزیلند", "to .08% in New Zealand")).isEmpty();
    }

    @Test
    void phoneNumbersGroupedDifferentlyAgree() {
        assertThat(warnings("با شماره ۰۸۰۰۵۵۵۱۱۱ تماس بگیرید", "call 0800 555 111")).isEmpty();
        assertThat(warnings("با شماره ۰۸۰۰۵۵۵۱۱۲ تماس بگیرید", "call 0800 555 111")).isNotEmpty();
    }

    @Test
    void unitConversionsWithinRoundingAgree() {
        assertThat(warnings("یک خوک ۲۵۰ کیلوگرمی", "a 550 pound hog")).isEmpty();
        assertThat(warnings("دیواری به ارتفاع ۶۰ سانتیمتر", "a two-foot wall")).isEmpty();
        assertThat(warnings("۱۶ کیلومتر دورتر", "10 miles away")).isEmpty();
        assertThat(warnings("دمای ۳۸ درجه سانتیگراد", "a temperature of 100°F")).isEmpty();
        assertThat(warnings("باران ۲۵ میلیمتری", "an inch of rain, 1 inches")).isEmpty();
        assertThat(warnings("قد او ۱۹۸ سانتیمتر است", "he is 6-foot-6")).isEmpty();
        assertThat(warnings("قد او ۶ فوت و ۶ اینچ است", "he is 198 cm tall")).isEmpty();
        assertThat(warnings("قد او ۱۹۸ سانتیمتر است", "he is 6ft 6in tall")).isEmpty();
        // A translation that drops the converted figure the original gave beside it.
        assertThat(warnings("در فاصله ۱٫۸ متری", "within 6 feet (1.8 m)")).isEmpty();
    }

    @Test
    void temperaturesBelowZeroKeepTheirSign() {
        assertThat(warnings("دمای منفی ۲۰ درجه سانتیگراد", "a temperature of -4°F")).isEmpty();
        assertThat(warnings("دمای -۲۰ درجه سانتیگراد", "minus 4 degrees Fahrenheit")).isEmpty();
        assertThat(warnings("دمای ۲۰ درجه سانتیگراد", "a temperature of -4°F")).isNotEmpty();
        // The same figure with its sign lost or added is an error; a conversion may cross zero.
        assertThat(warnings("دمای ۲۰ درجه زیر صفر بود.", "It was -20°C.")).isEmpty();
        assertThat(warnings("دمای ۱۰ درجه زیر صفر", "10 degrees below zero")).isEmpty();
        assertThat(warnings("دمای منفی ۱۰ درجه سانتیگراد", "14°F")).isEmpty();
        // below zero written after degrees without a scale, converted on the other side
        assertThat(warnings("دمای ۲۰ درجه زیر صفر بود.", "It was minus 4 degrees Fahrenheit.")).isEmpty();
        assertThat(warnings("دمای ۲۰ درجه زیر صفر بود.", "It was 68 degrees Fahrenheit.")).isNotEmpty();
        assertThat(warnings("دمای ۲۲ درجهٔ فارنهایت", "22 degrees Fahrenheit")).isEmpty();
        assertThat(warnings("دمای ۲۲ درجهٔ سانتیگراد", "22 degrees Fahrenheit")).isNotEmpty();
        assertThat(warnings("دمای ۲۰ درجه زیر صفر بود.", "It was 20°C.")).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.suggestion()).isEqualTo("-20");
        });
        assertThat(warnings("دمای -۵ درجه سانتیگراد بود.", "It was 5 degrees Celsius.")).isNotEmpty();
        assertThat(warnings("دمای ۵ درجه سانتیگراد بود.", "It was -5°C.")).isNotEmpty();
        // A dash between two numbers is a range, not a sign.
        assertThat(Units.negative("10-15°C", 3)).isFalse();
        assertThat(Units.negative("at -15°C", 4)).isTrue();
    }

    @Test
    void aWrongConversionIsAnError() {
        List<Issue> wrong = warnings("قد او ۱۸۲ سانتیمتر است", "he is 6-foot-6");
        assertThat(wrong).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.message()).contains("6-foot-6").contains("۱۸۲");
        });
        // The figure kept and the unit changed: 550 kilograms is not 550 pounds.
        assertThat(warnings("یک خوک ۵۵۰ کیلوگرمی", "a 550 pound hog")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("not converted"));
        assertThat(warnings("یک خوک ۳۵۰ کیلوگرمی", "a 550 pound hog")).isNotEmpty();
        assertThat(warnings("دمای ۱۰۰ درجه سانتیگراد", "a temperature of 100°F")).isNotEmpty();
    }

    @Test
    void numbersInAnotherOrderAreReported() {
        assertThat(warnings("نتیجه ۵-۰-۰ بود", "the result was 0-0-5")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("order"));
        assertThat(warnings("نتیجه ۵-۰-۰ بود", "the result was 5-0-0")).isEmpty();
        // A range in right-to-left order is no error.
        assertThat(warnings("در سال‌های 11-2010", "in 2010-11")).isEmpty();
    }

    @Test
    void aFigureTheSourceRepeatsNeedNotBeRepeated() {
        List<Issue> issues = run("از ۲۹ تخت به ازای هر ۱۰۰،۰۰۰ نفر تا ۴ تخت به ازای هر ۱۰۰،۰۰۰ نفر",
                "from 29 to 4 beds per 100,000 population");
        assertThat(issues).singleElement().satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.INFO));
        assertThat(warnings("در سال ۲۰۲۰ و ماه ۵", "in 2020")).isNotEmpty();
        assertThat(warnings("شامل 200 بیمار در جریان است. 200 بیمار بستری", "with 200 patients")).isEmpty();
        // The same figure counting another thing is a statement of its own.
        assertThat(warnings("۲۰۰ بیمار بستری شدند و ۲۰۰ تخت اضافه شد.", "200 patients were admitted and beds added."))
                .isNotEmpty();
    }

    @Test
    void aNumberOmittedBesideANameWithTheSameNumberIsReported() {
        assertThat(warnings("تعداد کمی از مبتلایان کووید-19 که کمتر از ۱۹ سال داشتند",
                "few COVID-19 patients aged < years")).isNotEmpty();
        assertThat(warnings("تعداد کمی از مبتلایان کووید-19 که کمتر از ۱۹ سال داشتند",
                "few COVID-19 patients aged < 19 years")).isEmpty();
        // The number of a name written out is the name's.
        assertThat(warnings("ناشی از سندرم حاد تنفسی (SARS-CoV-2)",
                "caused by severe acute respiratory syndrome coronavirus 2 (SARS-CoV-2)")).isEmpty();
        assertThat(warnings("در دسامبر ۲۰۱۹ با عنوان بیماری (کووید-19) نامگذاری شد",
                "in December 2019 it was named coronavirus disease 2019 (COVID-19)")).isEmpty();
    }

    @Property(tries = 100)
    void poundsConvertedAndRoundedToKilogramsAgree(@ForAll @IntRange(min = 20, max = 2000) int pounds) {
        long kg = Math.round(pounds * 0.45359237);
        assertThat(warnings("وزن " + kg + " کیلوگرم", "weighs " + pounds + " pounds")).isEmpty();
        long wrong = Math.round(kg * 1.3) + 2;
        assertThat(warnings("وزن " + wrong + " کیلوگرم", "weighs " + pounds + " pounds")).isNotEmpty();
    }
}

package org.hamgam.qa;

import org.hamgam.model.QaPair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.Issue;
import org.hamgam.model.Severity;
import org.junit.jupiter.api.Test;

class DateCheckTest {
    private static List<Issue> dates(String source, String target) {
        return new DateCheck().check(List.of(QaPair.of("1", source, target)));
    }

    /** The findings of the date and number checks together, as a run reports them. */
    private static List<Issue> both(String source, String target) {
        return QaRunner.of(List.of(new DateCheck(), new NumberCheck())).run(List.of(QaPair.of("1", source, target)));
    }

    @Test
    void aJalaliDateAgreesWithTheGregorianDayItIs() {
        assertThat(both("نشست روز ۱۵ آبان برگزار شد.", "The meeting was held on 6 November.")).isEmpty();
        assertThat(both("نشست روز ۱۵ آبان ۱۴۰۲ برگزار شد.", "The meeting was held on November 6, 2023.")).isEmpty();
        assertThat(both("نشست روز ۱۵ آبان‌ماه ۱۴۰۲ برگزار شد.", "The meeting was held on 6th November 2023."))
                .isEmpty();
        // Without a year, 15 Aban is 5 November in the years whose Nowruz falls on 20 March.
        assertThat(both("نشست روز ١٥ آبان برگزار شد.", "The meeting was held on 5 November.")).isEmpty();
        assertThat(both("در ۲۲ بهمن ۱۳۵۷", "on the 11th of February 1979")).isEmpty();
        assertThat(both("اسفند ۹۸", "in March 2020")).isEmpty();
    }

    @Test
    void aDayWrittenAsAnOrdinalWordIsADay() {
        assertThat(both("این تصمیم از یکم آذر اجرا می‌شود.", "The decision takes effect on 22 November.")).isEmpty();
        assertThat(both("اول دی ۱۴۰۲ اعلام شد.", "It was announced on 22 December 2023.")).isEmpty();
        assertThat(both("اول دی ۱۴۰۲ اعلام شد.", "It was announced on 25 December 2023.")).isNotEmpty();
        // an ordinal that is no day: the second month of autumn
        assertThat(both("دوم آنکه آذر سرد بود.", "Second, November was cold.")).isEmpty();
    }

    @Test
    void aRangeOfDaysIsReadAsTwoDatesOfOneMonth() {
        assertThat(both("از ۱۵ تا ۲۰ آبان ۱۴۰۲ برگزار شد.", "It was held from 6 to 11 November 2023.")).isEmpty();
        assertThat(both("۱۵ تا ۲۰ آبان ۱۴۰۲", "November 6-11, 2023")).isEmpty();
        assertThat(both("۱۵ تا ۲۰ آبان", "November 6 to 11")).isEmpty();
        assertThat(both("۱۵-۲۰ آبان ۱۴۰۲", "6\u201311 November 2023")).isEmpty();
        // Across months and years, the year after the second date is the first's too.
        assertThat(both("۷ تا ۹ مهر ۱۳۹۷", "September 29 \u2013 October 1, 2018")).isEmpty();
        assertThat(both("۹ تا ۱۱ دی ۱۳۹۷", "December 30, 2018 \u2013 January 1, 2019")).isEmpty();
        assertThat(both("۹ دی تا ۱۱ دی ۱۳۹۷", "December 30 to January 1, 2019")).isEmpty();
        assertThat(both("۲۸ اسفند تا ۳ فروردین ۱۴۰۲", "19 to 23 March 2023")).isEmpty();
        assertThat(both("۷ تا ۹ مهر ۱۳۹۷", "September 29 \u2013 October 1, 2019")).extracting(Issue::code)
                .contains("date");
        assertThat(both("۱۵ تا ۲۰ آبان ۱۴۰۲", "6 to 12 November 2023")).extracting(Issue::code).contains("date");
        assertThat(both("۱۵ تا ۲۰ آبان ۱۴۰۲", "November 7-11, 2023")).extracting(Issue::code).contains("date");
    }

    @Test
    void runTogetherTheDateAndNumberChecksCompareEachDateOnce() {
        DateCheck dates = new DateCheck();
        List<QaPair> pairs = List.of(QaPair.of("1", "در ۱۵ آبان ۱۴۰۲", "on 7 November 2023"));
        List<Issue> shared = QaRunner.of(List.of(new NumberCheck(dates), dates)).run(pairs);
        assertThat(shared).isEqualTo(QaRunner.of(List.of(new NumberCheck(), new DateCheck())).run(pairs));
        assertThat(shared).extracting(Issue::code).containsExactly("date");
    }

    @Test
    void aPersianYearAgreesWithAGregorianMonthOrYearWithinIt() {
        // 1403 runs from 20 March 2024 to 20 March 2025; 1445 (lunar) from July 2023 to July 2024.
        assertThat(both("دولت تا پایان سال ۱۴۰۳ این طرح را اجرا می‌کند.", "The plan will be carried out by March 2025."))
                .isEmpty();
        assertThat(both("در ابتدای سال ۱۴۰۲ آغاز شد.", "It began in April 2023.")).isEmpty();
        assertThat(both("در اواخر سال ۱۴۰۲ پایان یافت.", "It ended in February 2024.")).isEmpty();
        assertThat(both("در سال ۱۴۴۵ قمری حج برگزار شد.", "The Hajj took place in June 2024.")).isEmpty();
        assertThat(both("قیمت‌ها در اسفند ۱۴۰۳ افزایش یافت.", "Prices rose in early 2025.")).isEmpty();
        // The year kept as written beside its Gregorian form is the same year, not a number the source lacks.
        assertThat(both("بودجه سال ۱۴۰۳ تصویب شد.", "The budget for the year 1403 (March 2025) was approved."))
                .isEmpty();
    }

    @Test
    void aGregorianDateOnBothSidesKeepsItsYearForItself() {
        // The year of a name (coronavirus 2019) is a number of its own, not the month's year again.
        assertThat(both("در دسامبر سال ۲۰۱۹ ویروس کرونای ۲۰۱۹ شیوع یافت.",
                "In December 2019, the 2019 novel coronavirus broke out.")).isEmpty();
    }

    @Test
    void aGregorianMonthOutsideThePersianYearIsOneDateError() {
        List<Issue> found = both("تا پایان سال ۱۴۰۳ اجرا می‌شود.", "It will be done by March 2026.");
        assertThat(found).extracting(Issue::code).containsExactly("date");
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(found.get(0).message()).contains("March 2026");
        assertThat(both("در سال ۱۴۴۵ قمری حج برگزار شد.", "The Hajj took place in June 2025."))
                .extracting(Issue::code).containsExactly("date");
    }

    @Test
    void aDayDatePutAsItsYearAloneLacksItsDay() {
        List<Issue> found = both("در ۱۵ آبان ۱۴۰۲ جلسه برگزار شد.", "The meeting was held in 2023.");
        assertThat(found).extracting(Issue::code).containsExactly("date");
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get(0).message()).contains("without its day");
    }

    @Test
    void aMonthOrAYearAloneAgreesWithTheMonthsAndYearsItOverlaps() {
        assertThat(both("در آبان ماه", "in October")).isEmpty();
        assertThat(both("در آبان ماه", "in November")).isEmpty();
        assertThat(both("در سال ۱۴۰۲", "in 2023")).isEmpty();
        assertThat(both("در سال ۱۴۰۲", "in 2024")).isEmpty();
        assertThat(both("در ماه رمضان ۱۴۴۵", "during Ramadan 1445")).isEmpty();
    }

    @Test
    void aWrongDayMonthOrYearIsAnErrorWithTheGregorianDateSuggested() {
        List<Issue> issues = both("نشست روز ۱۵ آبان ۱۴۰۲ برگزار شد.", "The meeting was held on 16 November 2023.");
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(DateCheck.CODE);
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.suggestion()).isEqualTo("6 November 2023");
            assertThat("The meeting was held on 16 November 2023.".substring(i.start(), i.end()))
                    .isEqualTo("16 November 2023");
        });
        assertThat(dates("روز ۱۵ آبان", "on November 16")).singleElement()
                .satisfies(i -> assertThat(i.suggestion()).isEqualTo("November 5 or 6"));
        assertThat(dates("در سال ۱۴۰۲", "in 2021")).singleElement()
                .satisfies(i -> assertThat(i.suggestion()).isEqualTo("2023 or 2024"));
        assertThat(dates("در آبان ماه", "in December")).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.suggestion()).isEqualTo("October or November");
        });
        assertThat(dates("۶ نوامبر ۲۰۲۳", "7 November 2023")).singleElement()
                .satisfies(i -> assertThat(i.suggestion()).isEqualTo("6 November 2023"));
    }

    @Test
    void aDateMissingFromTheTargetIsReportedInEnglishNotAsABareNumber() {
        List<Issue> issues = both("نشست روز ۱۵ آبان ۱۴۰۲ برگزار شد.", "The meeting was held.");
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(DateCheck.CODE);
            assertThat(i.suggestion()).isEqualTo("6 November 2023");
        });
        assertThat(dates("روز ۱۵ آبان", "in November")).singleElement()
                .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aDayOrYearOnOneSideOnlyIsAnOmissionReportedInEnglishForm() {
        assertThat(both("نشست روز ۱۵ آبان ۱۴۰۲ برگزار شد.", "The meeting was held on 6 November.")).singleElement()
                .satisfies(i -> {
                    assertThat(i.code()).isEqualTo(DateCheck.CODE);
                    assertThat(i.severity()).isEqualTo(Severity.WARNING);
                    assertThat(i.message()).contains("without its year");
                    assertThat(i.suggestion()).isEqualTo("6 November 2023");
                });
        // Written alike on both sides, a Gregorian year stays the number check's.
        assertThat(both("در تاریخ 20 ژانویه 2020 چین گزارش داد.", "On 20 January, China reported.")).singleElement()
                .satisfies(i -> {
                    assertThat(i.code()).isEqualTo(NumberCheck.CODE);
                    assertThat(i.suggestion()).isEqualTo("2020");
                });
        assertThat(both("در ۲۳ فوریه اعلام کرد.", "It declared on 23 February 2020.")).singleElement()
                .satisfies(i -> assertThat(i.code()).isEqualTo(NumberCheck.CODE));
    }

    @Test
    void aDateKeptInItsOwnCalendarIsLeftToTheNumbers() {
        assertThat(both("روز ۱۵ آبان ۱۴۰۲", "on 15 Aban 1402")).isEmpty();
        assertThat(both("روز ۱۵ آبان", "on the 15th of Aban")).isEmpty();
    }

    @Test
    void monthNamesThatAreAlsoWordsNeedANumberOrTheWordMonth() {
        assertThat(Dates.find("مهر و محبت", true)).isEmpty();
        assertThat(Dates.find("صفر تا صد", true)).isEmpty();
        assertThat(Dates.find("You may march on.", false)).isEmpty();
        assertThat(Dates.find("۱۰ دی", true)).singleElement().satisfies(m -> {
            assertThat(m.month()).isEqualTo(10);
            assertThat(m.day()).isEqualTo(10);
        });
        assertThat(Dates.find("مهرماه", true)).hasSize(1);
        assertThat(Dates.find("۱۲ ربیع الاول ۱۴۴۵", true)).singleElement()
                .satisfies(m -> assertThat(m.year()).isEqualTo(1445));
        assertThat(Dates.find("3 May", false)).hasSize(1);
    }

    @Test
    void everyMonthOfTheThreeCalendarsIsFoundInItsNumberOrder() {
        String[][] calendars = {
            {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"},
            {"محرم", "صفر", "ربیع‌الاول", "ربیع الثانی", "جمادی‌الاول", "جمادی‌الثانی", "رجب", "شعبان", "رمضان",
                "شوال", "ذی‌القعده", "ذی الحجه"},
            {"ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر",
                "دسامبر"}};
        Calendars.Cal[] cals = {Calendars.Cal.JALALI, Calendars.Cal.HIJRI, Calendars.Cal.GREGORIAN};
        for (int c = 0; c < calendars.length; c++) {
            for (int m = 0; m < 12; m++) {
                int month = m + 1;
                Calendars.Cal cal = cals[c];
                assertThat(Dates.find("روز ۳ " + calendars[c][m] + " بود", true)).as(calendars[c][m])
                        .singleElement().satisfies(d -> {
                            assertThat(d.cal()).isEqualTo(cal);
                            assertThat(d.month()).isEqualTo(month);
                            assertThat(d.day()).isEqualTo(3);
                        });
            }
        }
        // Arabic letters and a kashida, as a text not yet normalized writes them.
        assertThat(Dates.find("۱۰ دي", true)).hasSize(1);
        assertThat(Dates.find("۱۵ آبـان", true)).hasSize(1);
    }

    @Test
    void numbersOutsideDatesAreStillTheNumberChecks() {
        assertThat(both("۱۵ آبان ۳۰ نفر کشته شدند.", "On 6 November, 31 people were killed."))
                .singleElement().satisfies(i -> assertThat(i.code()).isEqualTo(NumberCheck.CODE));
    }
}

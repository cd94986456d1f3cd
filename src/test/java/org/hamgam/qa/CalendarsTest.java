package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import org.hamgam.qa.Calendars.Cal;
import org.junit.jupiter.api.Test;

class CalendarsTest {
    private static LocalDate jalali(int y, int m, int d) {
        return LocalDate.ofEpochDay(Calendars.epochDay(Cal.JALALI, y, m, d));
    }

    @Test
    void jalaliDatesFallOnTheirPublishedGregorianDays() {
        assertThat(jalali(1402, 8, 15)).isEqualTo(LocalDate.of(2023, 11, 6));
        assertThat(jalali(1357, 11, 22)).isEqualTo(LocalDate.of(1979, 2, 11));
        assertThat(jalali(1358, 8, 13)).isEqualTo(LocalDate.of(1979, 11, 4));
        // Nowruz moves between 20 and 21 March with the leap years of both calendars.
        assertThat(jalali(1403, 1, 1)).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(jalali(1404, 1, 1)).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(jalali(1399, 1, 1)).isEqualTo(LocalDate.of(2020, 3, 20));
        assertThat(jalali(1396, 1, 1)).isEqualTo(LocalDate.of(2017, 3, 21));
        assertThat(jalali(1399, 12, 30)).isEqualTo(LocalDate.of(2021, 3, 20));
    }

    @Test
    void jalaliYearsFollowEachOtherWithoutGapsAndLeapYearsHaveAThirtiethOfEsfand() {
        for (int y = 1300; y < 1450; y++) {
            long last = Calendars.epochDay(Cal.JALALI, y, 12, Calendars.monthLength(Cal.JALALI, y, 12));
            assertThat(Calendars.epochDay(Cal.JALALI, y + 1, 1, 1)).as("Nowruz %d", y + 1).isEqualTo(last + 1);
            assertThat(Calendars.yearOf(Cal.JALALI, last)).isEqualTo(y);
            assertThat(Calendars.yearOf(Cal.JALALI, last + 1)).isEqualTo(y + 1);
        }
        assertThat(Calendars.leapJalali(1399)).isTrue();
        assertThat(Calendars.leapJalali(1403)).isTrue();
        assertThat(Calendars.leapJalali(1402)).isFalse();
        assertThat(Calendars.epochDay(Cal.JALALI, 1402, 12, 30)).isEqualTo(Calendars.NONE);
        assertThat(Calendars.epochDay(Cal.JALALI, 1402, 7, 31)).isEqualTo(Calendars.NONE);
    }

    @Test
    void hijriAndGregorianDatesUseTheJdkCalendars() {
        assertThat(Calendars.epochDay(Cal.HIJRI, 1445, 4, 22))
                .isEqualTo(HijrahDate.of(1445, 4, 22).toEpochDay());
        assertThat(Calendars.epochDay(Cal.GREGORIAN, 2023, 11, 6)).isEqualTo(LocalDate.of(2023, 11, 6).toEpochDay());
        assertThat(Calendars.epochDay(Cal.GREGORIAN, 2023, 2, 29)).isEqualTo(Calendars.NONE);
        assertThat(Calendars.yearOf(Cal.HIJRI, LocalDate.of(2023, 11, 6).toEpochDay())).isEqualTo(1445);
        assertThat(Calendars.epochDay(Cal.HIJRI, 900, 1, 1)).isEqualTo(Calendars.NONE);
    }

    /** ICU4J's Persian calendar, a test dependency only, as the reference for every day of 1300 to 1450 AP. */
    @Test
    void everyJalaliDayAgreesWithIcu4j() {
        PersianCalendar icu = new PersianCalendar(TimeZone.GMT_ZONE);
        int days = 0;
        for (int y = 1300; y <= 1450; y++) {
            for (int m = 1; m <= 12; m++) {
                icu.clear();
                icu.set(y, m - 1, 1);
                int length = icu.getActualMaximum(Calendar.DAY_OF_MONTH);
                assertThat(Calendars.monthLength(Cal.JALALI, y, m)).as("%d/%d", y, m).isEqualTo(length);
                for (int d = 1; d <= length; d++) {
                    icu.clear();
                    icu.set(y, m - 1, d);
                    long expected = Math.floorDiv(icu.getTimeInMillis(), 86_400_000L);
                    assertThat(Calendars.epochDay(Cal.JALALI, y, m, d)).as("%d/%d/%d", y, m, d).isEqualTo(expected);
                    days++;
                }
            }
        }
        // Every day was compared, and no day of the span is left out or counted twice.
        assertThat((long) days).isEqualTo(Calendars.epochDay(Cal.JALALI, 1451, 1, 1)
                - Calendars.epochDay(Cal.JALALI, 1300, 1, 1));
    }
}

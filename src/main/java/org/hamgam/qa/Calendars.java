package org.hamgam.qa;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;

/**
 * Days of the three calendars Persian news writes in, as epoch days ({@link LocalDate#toEpochDay}): the Jalali
 * (Solar Hijri) calendar by Borkowski's arithmetic with its table of 33-year-cycle breaks (the algorithm of the
 * jalaali libraries, which agrees with the astronomical calendar Iran uses from 1244 to 1403 AP and beyond), the
 * Hijri lunar calendar by the JDK's Umm al-Qura tables (1300 to 1600 AH; Iran fixes lunar months by sighting, so a
 * Hijri day may be a day off), and the Gregorian. The arithmetic is written here rather than taken from ICU4J: two
 * conversions do not warrant its 14 MB in the runnable jar. A date outside a calendar's range gives
 * {@link #NONE}.
 */
final class Calendars {
    /** No such day: a year out of range, a month or day that does not exist. */
    static final long NONE = Long.MIN_VALUE;

    /** The calendars a date may be written in. */
    enum Cal { JALALI, HIJRI, GREGORIAN }

    /** Years at which the Jalali 33-year cycle of leap years breaks (Borkowski 1996). */
    private static final int[] BREAKS = {-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097,
        2192, 2262, 2324, 2394, 2456, 3178};

    private Calendars() {
    }

    /** The epoch day of {@code day}/{@code month}/{@code year} in {@code cal}, or {@link #NONE}. */
    static long epochDay(Cal cal, int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > monthLength(cal, year, month)) {
            return NONE;
        }
        return switch (cal) {
            case JALALI -> jalaliEpochDay(year, month, day);
            case GREGORIAN -> LocalDate.of(year, month, day).toEpochDay();
            case HIJRI -> HijrahDate.of(year, month, day).toEpochDay();
        };
    }

    /** The days of {@code month} in {@code year} of {@code cal}, or 0 when the year is out of range. */
    static int monthLength(Cal cal, int year, int month) {
        switch (cal) {
            case JALALI -> {
                if (year < BREAKS[0] + 1 || year >= BREAKS[BREAKS.length - 1]) {
                    return 0;
                }
                return month <= 6 ? 31 : month <= 11 ? 30 : leapJalali(year) ? 30 : 29;
            }
            case GREGORIAN -> {
                return year < 1 || year > 9999 ? 0 : LocalDate.of(year, month, 1).lengthOfMonth();
            }
            default -> {
                try {
                    return HijrahDate.of(year, month, 1).lengthOfMonth();
                } catch (DateTimeException e) {
                    return 0;
                }
            }
        }
    }

    /** The year of {@code cal} in which the epoch day falls, or {@link Integer#MIN_VALUE} out of range. */
    static int yearOf(Cal cal, long epochDay) {
        LocalDate g = LocalDate.ofEpochDay(epochDay);
        switch (cal) {
            case GREGORIAN -> {
                return g.getYear();
            }
            case JALALI -> {
                int y = g.getYear() - 621;
                long nowruz = jalaliEpochDay(y, 1, 1);
                return nowruz == NONE ? Integer.MIN_VALUE : epochDay < nowruz ? y - 1 : y;
            }
            default -> {
                try {
                    return HijrahChronology.INSTANCE.date(g).get(ChronoField.YEAR);
                } catch (DateTimeException e) {
                    return Integer.MIN_VALUE;
                }
            }
        }
    }

    /** The epoch day of a Jalali date whose month and day are known to exist. */
    private static long jalaliEpochDay(int year, int month, int day) {
        int march = jalaliNowruz(year);
        if (march == 0) {
            return NONE;
        }
        long first = LocalDate.of(year + 621, 3, march).toEpochDay();
        return first + (month - 1) * 31L - (month / 7) * (month - 7) + day - 1;
    }

    /** Whether {@code year} of the Jalali calendar has 366 days. */
    static boolean leapJalali(int year) {
        return jalaliCycle(year)[0] == 0;
    }

    /** The day of March on which Farvardin 1 of {@code year} falls, or 0 out of range. */
    private static int jalaliNowruz(int year) {
        if (year < BREAKS[0] + 1 || year >= BREAKS[BREAKS.length - 1]) {
            return 0;
        }
        return jalaliCycle(year)[1];
    }

    /**
     * Borkowski's {@code jalCal}: the year's place in its leap cycle (0 = leap) and the day of March of Nowruz.
     * Integer division and remainder truncate, as in the published algorithm; every operand here is positive.
     */
    private static int[] jalaliCycle(int year) {
        int gy = year + 621;
        int leapJ = -14;
        int jp = BREAKS[0];
        int jump = 0;
        for (int i = 1; i < BREAKS.length; i++) {
            int jm = BREAKS[i];
            jump = jm - jp;
            if (year < jm) {
                break;
            }
            leapJ += jump / 33 * 8 + jump % 33 / 4;
            jp = jm;
        }
        int n = year - jp;
        leapJ += n / 33 * 8 + (n % 33 + 3) / 4;
        if (jump % 33 == 4 && jump - n == 4) {
            leapJ++;
        }
        int leapG = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
        int march = 20 + leapJ - leapG;
        if (jump - n < 6) {
            n = n - jump + (jump + 4) / 33 * 33;
        }
        int leap = ((n + 1) % 33 - 1) % 4;
        if (leap == -1) {
            leap = 4;
        }
        return new int[] {leap, march};
    }
}

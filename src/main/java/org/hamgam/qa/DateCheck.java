package org.hamgam.qa;

import org.hamgam.model.QaPair;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.hamgam.model.Issue;
import org.hamgam.model.Severity;
import org.hamgam.qa.Calendars.Cal;
import org.hamgam.qa.Dates.Mention;
import org.hamgam.qa.Numbers.Num;
import org.hamgam.text.Letters;

/**
 * Dates compared across calendars: ۱۵ آبان ۱۴۰۲ is 6 November 2023. Fields both sides give must fall on common
 * days, so a Jalali day and month without a year agrees with either of the two Gregorian days it falls on, a month
 * alone with the Gregorian months it overlaps, and a Hijri day with a day either side of the tables (Iran fixes
 * lunar months by sighting). A source date no target date agrees with is an error when it gives a day or a year,
 * and a warning for a month alone, paired with the target's date of the same kind; a source date with a day or year
 * and none in the target is reported missing, unless the target kept its numbers as they are (15 Aban). A day or
 * year that only one side gives is an omission: the number check reports it when both sides write the date in the
 * Gregorian calendar, this check (as a warning) when the source's calendar is another. Every suggestion is the
 * source date written in the Gregorian calendar. The numbers this check compares or reports are not the
 * {@link NumberCheck}'s.
 */
final class DateCheck extends PairCheck {
    static final String CODE = "date";

    /** Years assumed when neither side gives one: today's news, and the archive of the last decades. */
    private static final long DEFAULT_FROM = LocalDate.of(1970, 1, 1).toEpochDay();
    private static final long DEFAULT_TO = LocalDate.of(2049, 12, 31).toEpochDay();

    @Override
    public String code() {
        return CODE;
    }

    /** A pair's comparison, made once for both this check and the number check. */
    record Comparison(List<Issue> issues, List<Integer> srcAt, List<Integer> tgtAt) {
        static final Comparison NONE = new Comparison(List.of(), List.of(), List.of());
    }

    /**
     * Comparisons the number check made, which this check takes up when it reaches the pair: the runner runs the
     * number check over a document first. By identity: the runner hands both checks the same pairs. Bounded, for a
     * number check run without this one.
     */
    private final Map<QaPair, Comparison> made = Collections.synchronizedMap(new IdentityHashMap<>());
    private static final int MAX_MADE = 50_000;

    @Override
    void check(QaPair pair, List<Issue> out) {
        if (Letters.isBlank(pair.target())) {
            return;
        }
        Comparison c = made.remove(pair);
        out.addAll((c == null ? compare(pair) : c).issues());
    }

    /**
     * Marks as used the numbers of {@code src} and {@code tgt} that this check compares or reports, so that the
     * number check leaves them to it. A day or year that one side gives and the other does not stays the number
     * check's when both write it alike (a Gregorian date on both sides).
     */
    void claim(QaPair pair, List<Num> src, List<Num> tgt, boolean[] srcUsed, boolean[] tgtUsed) {
        Comparison c = compare(pair);
        if (made.size() >= MAX_MADE) {
            made.clear();
        }
        made.put(pair, c);
        mark(src, srcUsed, c.srcAt());
        mark(tgt, tgtUsed, c.tgtAt());
    }

    private static void mark(List<Num> nums, boolean[] used, List<Integer> points) {
        for (int at : points) {
            for (int k = 0; k < nums.size(); k++) {
                if (nums.get(k).start() <= at && at < nums.get(k).end()) {
                    used[k] = true;
                }
            }
        }
    }

    /** Compares the dates of a pair: the findings, and where the numbers compared start. */
    static Comparison compare(QaPair pair) {
        List<Mention> src = Dates.find(pair.source(), true);
        if (src.isEmpty()) {
            return Comparison.NONE;
        }
        List<Issue> out = new ArrayList<>();
        List<Integer> srcAt = new ArrayList<>();
        List<Integer> tgtAt = new ArrayList<>();
        compare(pair, src, out, srcAt, tgtAt);
        return new Comparison(List.copyOf(out), List.copyOf(srcAt), List.copyOf(tgtAt));
    }

    private static void compare(QaPair pair, List<Mention> src, List<Issue> out, List<Integer> srcAt,
                                List<Integer> tgtAt) {
        List<Mention> tgt = Dates.find(pair.target(), false);
        boolean[] tgtMatched = new boolean[tgt.size()];
        List<Mention> unmatched = new ArrayList<>();
        for (Mention s : src) {
            boolean agreed = false;
            boolean dayGiven = false;
            boolean yearGiven = false;
            // Dates of the same kind first; a year against a month in it only when none of its kind agrees.
            boolean sameKind = false;
            for (Mention t : tgt) {
                sameKind |= t.hasMonth() == s.hasMonth() && agree(s, t);
            }
            for (int k = 0; k < tgt.size(); k++) {
                Mention t = tgt.get(k);
                if ((sameKind ? t.hasMonth() == s.hasMonth() : comparable(s, t)) && agree(s, t)) {
                    agreed = true;
                    tgtMatched[k] = true;
                    if (s.day() > 0 && t.day() > 0) {
                        dayGiven = true;
                        add(srcAt, s.dayAt());
                        add(tgtAt, t.dayAt());
                    }
                    if (s.year() > 0 && t.year() > 0) {
                        yearGiven = true;
                        add(srcAt, s.yearAt());
                        add(tgtAt, t.yearAt());
                    }
                }
            }
            if (!agreed) {
                unmatched.add(s);
                continue;
            }
            if (s.year() > 0 && s.cal() != Cal.GREGORIAN) {
                // The year kept beside its Gregorian form ("the year 1403 (March 2025)") is the same year.
                keptYears(s.year(), pair.target(), tgtAt);
            }
            // A field the target leaves out: the number check says so for a Gregorian date, whose numbers English
            // writes alike; for another calendar it would suggest the Persian number, so this check does.
            boolean noDay = s.day() > 0 && !dayGiven && s.cal() != Cal.GREGORIAN;
            boolean noYear = s.year() > 0 && !yearGiven && s.cal() != Cal.GREGORIAN;
            if (noDay || noYear) {
                add(srcAt, noDay ? s.dayAt() : -1);
                add(srcAt, noYear ? s.yearAt() : -1);
                out.add(new Issue(CODE, Severity.WARNING, pair.id(), -1, -1, "The target gives the date \""
                        + pair.source().substring(s.start(), s.end()) + "\" of the source without its "
                        + (noDay && noYear ? "day and year" : noDay ? "day" : "year") + ".", english(s, null)));
            }
        }
        for (Mention s : unmatched) {
            if ((s.day() > 0 || s.year() > 0) && keptAsWritten(s, pair.target())) {
                // 15 Aban 1402 in the target: the numbers agree as numbers.
                continue;
            }
            Mention partner = null;
            for (int k = 0; k < tgt.size(); k++) {
                Mention t = tgt.get(k);
                if (!tgtMatched[k] && comparable(s, t)) {
                    partner = t;
                    tgtMatched[k] = true;
                    break;
                }
            }
            String shown = pair.source().substring(s.start(), s.end());
            if (partner != null) {
                addAll(srcAt, s);
                addAll(tgtAt, partner);
                boolean exact = s.day() > 0 || s.year() > 0;
                out.add(new Issue(CODE, exact ? Severity.ERROR : Severity.WARNING, pair.id(), partner.start(),
                        partner.end(), "The date \"" + pair.target().substring(partner.start(), partner.end())
                        + "\" is not \"" + shown + "\" of the source" + gregorianNote(s, partner) + ".",
                        english(s, partner)));
            } else if (s.day() > 0 || s.year() > 0) {
                addAll(srcAt, s);
                out.add(new Issue(CODE, Severity.ERROR, pair.id(), -1, -1, "The date \"" + shown
                        + "\" of the source is not in the target.", english(s, null)));
            }
        }
    }

    private static void add(List<Integer> points, int at) {
        if (points != null && at >= 0) {
            points.add(at);
        }
    }

    private static void addAll(List<Integer> points, Mention m) {
        add(points, m.dayAt());
        add(points, m.yearAt());
    }

    /** " (6 November 2023 in the Gregorian calendar)" for a source date of another calendar. */
    private static String gregorianNote(Mention s, Mention t) {
        return s.cal() == Cal.GREGORIAN ? "" : " (" + english(s, t) + " in the Gregorian calendar)";
    }

    private static void keptYears(int year, String target, List<Integer> tgtAt) {
        for (Num n : Numbers.find(target, false)) {
            if (n.value() == year && !n.soft()) {
                add(tgtAt, n.start());
            }
        }
    }

    /** Whether the target holds every number of a source date by value: the date kept in its own calendar. */
    private static boolean keptAsWritten(Mention s, String target) {
        List<Num> nums = Numbers.find(target, false);
        return (s.day() == 0 || hasValue(nums, s.day())) && (s.year() == 0 || hasValue(nums, s.year()));
    }

    private static boolean hasValue(List<Num> nums, int value) {
        for (Num n : nums) {
            if (n.value() == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two dates are of kinds that may say the same: alike in giving a month or not, or both with a year, one
     * of them in the other (سال ۱۴۰۳, which runs from March 2024 to March 2025, is "by March 2025"; اسفند ۱۴۰۳ is
     * "early 2025"; ۱۵ آبان ۱۴۰۲ as "in 2023" lacks its day, which the comparison says). A Persian calendar's
     * only: a Gregorian date written on both sides is the number check's.
     */
    static boolean comparable(Mention s, Mention t) {
        // Gregorian on both sides, the numbers speak for themselves: the number check compares them.
        return s.hasMonth() == t.hasMonth() || s.cal() != Cal.GREGORIAN && s.year() > 0 && t.year() > 0;
    }

    /** Whether some day both dates may stand for is the same. */
    static boolean agree(Mention s, Mention t) {
        // The target's spans are looked for within each of the source's: years apart are never computed.
        for (long[] x : intervals(s, window(s, t))) {
            if (!intervals(t, x).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The days in which to look for the dates: a year one side gives, or else the default years. */
    private static long[] window(Mention s, Mention t) {
        Mention dated = s.year() > 0 ? s : t != null && t.year() > 0 ? t : null;
        if (dated == null) {
            return new long[] {DEFAULT_FROM, DEFAULT_TO};
        }
        long from = Calendars.epochDay(dated.cal(), dated.year(), 1, 1);
        long to = Calendars.epochDay(dated.cal(), dated.year() + 1, 1, 1);
        if (from == Calendars.NONE || to == Calendars.NONE) {
            return new long[] {DEFAULT_FROM, DEFAULT_TO};
        }
        return new long[] {from - 1, to};
    }

    /** The spans of days {@code m} may stand for within {@code window}, a day's slack around a Hijri date. */
    private static List<long[]> intervals(Mention m, long[] window) {
        List<long[]> out = new ArrayList<>();
        int first;
        int last;
        if (m.year() > 0) {
            first = m.year();
            last = m.year();
        } else {
            first = Calendars.yearOf(m.cal(), window[0]);
            last = Calendars.yearOf(m.cal(), window[1]);
            if (first == Integer.MIN_VALUE || last == Integer.MIN_VALUE) {
                return out;
            }
        }
        int slack = m.cal() == Cal.HIJRI ? 1 : 0;
        for (int y = first; y <= last; y++) {
            long from;
            long to;
            if (m.day() > 0) {
                from = Calendars.epochDay(m.cal(), y, m.month(), m.day());
                to = from;
            } else if (m.month() > 0) {
                from = Calendars.epochDay(m.cal(), y, m.month(), 1);
                int length = Calendars.monthLength(m.cal(), y, m.month());
                to = from == Calendars.NONE ? from : from + length - 1;
            } else {
                from = Calendars.epochDay(m.cal(), y, 1, 1);
                long next = Calendars.epochDay(m.cal(), y + 1, 1, 1);
                to = next == Calendars.NONE ? Calendars.NONE : next - 1;
            }
            if (from == Calendars.NONE || to == Calendars.NONE) {
                continue;
            }
            from -= slack;
            to += slack;
            if (to >= window[0] && from <= window[1]) {
                out.add(new long[] {from, to});
            }
        }
        return out;
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /**
     * The source date in the Gregorian calendar as English writes it, in the target date's order: 6 November 2023,
     * 5 or 6 November (a Jalali day without a year), October or November (a Jalali month), 2023 or 2024.
     */
    static String english(Mention s, Mention t) {
        long[] window = window(s, t != null && t.hasMonth() == s.hasMonth() ? t : null);
        List<long[]> spans = intervals(s, window);
        if (spans.isEmpty()) {
            return "";
        }
        boolean yearKnown = s.year() > 0 || t != null && t.year() > 0 && t.hasMonth() == s.hasMonth();
        boolean monthFirst = t != null && t.monthFirst();
        TreeSet<Integer> years = new TreeSet<>();
        if (s.cal() == Cal.HIJRI && !yearKnown) {
            // A lunar date without a year moves through the Gregorian year.
            return "";
        }
        if (s.day() > 0 && s.cal() != Cal.HIJRI) {
            TreeSet<Long> days = new TreeSet<>();
            for (long[] x : spans) {
                LocalDate d = LocalDate.ofEpochDay(x[0]);
                // Without a year, only the day and month matter: 6 November of any year (2000 has a 29 February).
                days.add(yearKnown ? x[0] : LocalDate.of(2000, d.getMonth(), d.getDayOfMonth())
                        .toEpochDay());
                years.add(d.getYear());
            }
            return days(days, yearKnown ? years : new TreeSet<>(), monthFirst);
        }
        if (s.day() > 0) {
            LocalDate d = LocalDate.ofEpochDay(spans.get(0)[0] + 1);
            return day(d, yearKnown, monthFirst) + " (give or take a day)";
        }
        TreeSet<Integer> months = new TreeSet<>();
        for (long[] x : spans) {
            LocalDate a = LocalDate.ofEpochDay(x[0]);
            LocalDate b = LocalDate.ofEpochDay(x[1]);
            years.add(a.getYear());
            years.add(b.getYear());
            months.add(a.getMonthValue());
            months.add(b.getMonthValue());
        }
        if (!s.hasMonth()) {
            return join(years.stream().map(String::valueOf).toList());
        }
        List<String> names = months.stream().map(m -> MONTHS[m - 1]).toList();
        String named = join(names);
        return yearKnown ? named + " " + join(years.stream().map(String::valueOf).toList()) : named;
    }

    private static String days(TreeSet<Long> days, TreeSet<Integer> years, boolean monthFirst) {
        List<LocalDate> dates = days.stream().map(LocalDate::ofEpochDay).toList();
        LocalDate first = dates.get(0);
        boolean oneMonth = dates.stream().allMatch(d -> d.getMonth() == first.getMonth()
                && d.getYear() == first.getYear());
        String year = years.isEmpty() ? "" : years.size() == 1 ? String.valueOf(years.first())
                : join(years.stream().map(String::valueOf).toList());
        if (oneMonth) {
            String nums = join(dates.stream().map(d -> String.valueOf(d.getDayOfMonth())).toList());
            String month = MONTHS[first.getMonthValue() - 1];
            return monthFirst ? month + " " + nums + (year.isEmpty() ? "" : ", " + year)
                    : nums + " " + month + (year.isEmpty() ? "" : " " + year);
        }
        return join(dates.stream().map(d -> day(d, !years.isEmpty(), monthFirst)).toList());
    }

    private static String day(LocalDate d, boolean withYear, boolean monthFirst) {
        String month = MONTHS[d.getMonthValue() - 1];
        if (monthFirst) {
            return month + " " + d.getDayOfMonth() + (withYear ? ", " + d.getYear() : "");
        }
        return d.getDayOfMonth() + " " + month + (withYear ? " " + d.getYear() : "");
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}

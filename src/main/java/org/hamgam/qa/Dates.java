package org.hamgam.qa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hamgam.qa.Calendars.Cal;
import org.hamgam.text.Digits;
import org.hamgam.text.Letters;

/**
 * Finds dates in a text: a month name of the Jalali (فروردین…اسفند), Hijri lunar (محرم…ذی‌الحجه) or Gregorian
 * calendar, written in Persian (ژانویه…دسامبر) or English (January, Jan., and the Jalali and Hijri months as
 * English spells them: Aban, Ramadan), with the day before or after it and the year after it, in any digits
 * (۱۵ آبان ۱۴۰۲, ۱۵ آبان‌ماه, 6 November 2023, November 6th, 2023, the 6th of November); and a Persian year alone
 * where the text says it is one (سال ۱۴۰۲, ۱۴۴۵ هجری قمری). A month name that is also a word (مهر, تیر, دی,
 * صفر, May, March) counts only beside a number or with ماه. A year in two digits after a Jalali month without a
 * day (اسفند ۹۸) is read as the Persian press writes it (1398), unless a word follows that makes it a count.
 */
final class Dates {
    private Dates() {
    }

    /**
     * A date as written: fields not given are 0. Offsets are into the text, end exclusive, and cover the day,
     * month and year; {@code dayAt} and {@code yearAt} are where the day's and the year's numbers start, or -1.
     * {@code monthFirst}: the month is written before the day (November 6).
     */
    record Mention(Cal cal, int day, int month, int year, int start, int end, boolean monthFirst, int dayAt,
                   int yearAt) {
        boolean hasMonth() {
            return month > 0;
        }
    }

    /** A month name: its calendar and number, and whether it is also an ordinary word. */
    private record Month(Cal cal, int number, boolean ambiguous) {
    }

    private static final Map<String, Month> PERSIAN = new HashMap<>();
    private static final Map<String, Month> ENGLISH = new HashMap<>();
    private static final String MAH = "ماه";

    static {
        String[][] jalali = {{"فروردین"}, {"اردیبهشت"}, {"خرداد"}, {"تیر"}, {"مرداد", "امرداد"}, {"شهریور"},
            {"مهر"}, {"آبان"}, {"آذر"}, {"دی"}, {"بهمن"}, {"اسفند"}};
        persian(jalali, Cal.JALALI, "فروردین", "اردیبهشت", "شهریور");
        String[][] hijri = {{"محرم"}, {"صفر"}, {"ربیع‌الاول", "ربیع‌الاولی"}, {"ربیع‌الثانی", "ربیع‌الآخر", "ربیع‌الاخر"},
            {"جمادی‌الاول", "جمادی‌الاولی"}, {"جمادی‌الثانی", "جمادی‌الثانیه", "جمادی‌الآخر", "جمادی‌الاخر"},
            {"رجب"}, {"شعبان"}, {"رمضان"}, {"شوال"}, {"ذی‌القعده", "ذیقعده", "ذوالقعده"},
            {"ذی‌الحجه", "ذیحجه", "ذوالحجه"}};
        persian(hijri, Cal.HIJRI, "ربیع‌الاول", "ربیع‌الاولی", "ربیع‌الثانی", "ربیع‌الآخر", "ربیع‌الاخر",
                "جمادی‌الاول", "جمادی‌الاولی", "جمادی‌الثانی", "جمادی‌الثانیه", "جمادی‌الآخر", "جمادی‌الاخر",
                "ذی‌القعده", "ذیقعده", "ذوالقعده", "ذی‌الحجه", "ذیحجه", "ذوالحجه");
        String[][] gregorian = {{"ژانویه", "ژانویهٔ"}, {"فوریه"}, {"مارس"}, {"آوریل"}, {"مه", "می", "مای"},
            {"ژوئن", "جون"}, {"ژوئیه", "جولای"}, {"اوت", "آگوست"}, {"سپتامبر"}, {"اکتبر"}, {"نوامبر"},
            {"دسامبر"}};
        persian(gregorian, Cal.GREGORIAN, "ژانویه", "ژانویهٔ", "فوریه", "آوریل", "ژوئیه", "سپتامبر", "اکتبر",
                "نوامبر", "دسامبر");
        String[] en = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int m = 0; m < 12; m++) {
            boolean word = en[m].equals("may") || en[m].equals("march");
            ENGLISH.put(en[m], new Month(Cal.GREGORIAN, m + 1, word));
            ENGLISH.put(en[m].substring(0, 3), new Month(Cal.GREGORIAN, m + 1, true));
        }
        ENGLISH.put("sept", new Month(Cal.GREGORIAN, 9, true));
        String[][] enJalali = {{"farvardin"}, {"ordibehesht"}, {"khordad"}, {"tir"}, {"mordad", "amordad"},
            {"shahrivar"}, {"mehr"}, {"aban"}, {"azar"}, {"dey", "dei"}, {"bahman"}, {"esfand"}};
        for (int m = 0; m < 12; m++) {
            for (String name : enJalali[m]) {
                ENGLISH.put(name, new Month(Cal.JALALI, m + 1, name.length() <= 5));
            }
        }
        String[][] enHijri = {{"muharram", "moharram"}, {"safar"}, {}, {}, {}, {}, {"rajab"},
            {"shaban", "sha'ban"}, {"ramadan", "ramazan"}, {"shawwal"}, {}, {}};
        for (int m = 0; m < 12; m++) {
            for (String name : enHijri[m]) {
                ENGLISH.put(name, new Month(Cal.HIJRI, m + 1, name.equals("safar")));
            }
        }
    }

    private static void persian(String[][] months, Cal cal, String... unambiguous) {
        List<String> plain = List.of(unambiguous);
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) {
                PERSIAN.put(key(name), new Month(cal, m + 1, !plain.contains(name)));
            }
        }
    }

    /** Days written as ordinal words before a month (یکم آذر, اول دی), by their key. */
    private static final Map<String, Integer> ORDINAL_DAYS = new HashMap<>();

    static {
        Numbers.persianOrdinals().forEach((word, day) -> {
            if (day >= 1 && day <= 31) {
                ORDINAL_DAYS.put(key(word), day.intValue());
            }
        });
    }

    /** A Persian word as a key: without ZWNJ, with the Persian forms of Arabic letters. */
    private static String key(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case '\u200C', '\u200D', '\u0640' -> {
                }
                case '\u064A', '\u0649' -> b.append('\u06CC');
                case '\u0643' -> b.append('\u06A9');
                case '\u0623', '\u0625' -> b.append('\u0627');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A word or a number of a text. {@code value}: the number, or -1 for a word; {@code digits}: how many. */
    private record Token(String text, int start, int end, int value, int digits) {
        boolean number() {
            return value >= 0;
        }
    }

    /** The dates in {@code text}; {@code persian}: the text is the Persian source. */
    static List<Mention> find(String text, boolean persian) {
        if (!mayHaveDate(text, persian)) {
            return List.of();
        }
        List<Token> tokens = tokens(text);
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.number()) {
                continue;
            }
            Mention m = persian ? persianDate(text, tokens, i, taken) : englishDate(text, tokens, i, taken);
            if (m != null) {
                out.add(m);
            }
        }
        ranges(text, tokens, taken, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        rangeYears(text, out);
        if (persian) {
            persianYears(text, tokens, taken, out);
        } else {
            englishYears(tokens, taken, out);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Whether the text may hold a date, found in one pass without building tokens: most pairs have none. A Persian
     * text needs a word that is a month name (or one glued to ماه, or the first word of a name in two) or a year of
     * a Persian calendar; an English one a number or a capitalized word of a month's first letters. Words are compared
     * by a hash of their letters, which lets a rare other word through to the full search but never misses a name.
     */
    private static boolean mayHaveDate(String text, boolean persian) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Digits.isDigit(c)) {
                if (!persian) {
                    return true;
                }
                // A Persian year alone is a number of four digits before 1500; a Gregorian one needs its month.
                int start = i;
                int value = 0;
                while (i < n && Digits.isDigit(text.charAt(i))) {
                    value = i - start < 5 ? value * 10 + Digits.value(text.charAt(i)) : value;
                    i++;
                }
                if (i - start == 4 && value >= 1200 && value < 1500) {
                    return true;
                }
                continue;
            }
            if (!Letters.isLetter(c)) {
                i++;
                continue;
            }
            if (!persian) {
                if (c >= 'A' && c <= 'Z' && i + 3 <= n
                        && ENGLISH_PREFIXES.contains(text.substring(i, i + 3).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                while (i < n && Letters.isLetter(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            int start = i;
            int hash = 0;
            while (i < n && (Letters.isLetter(text.charAt(i)) || text.charAt(i) == '\u200C')) {
                char l = text.charAt(i++);
                if (l != '\u200C' && l != '\u0640') {
                    hash = 31 * hash + letter(l);
                }
            }
            if (Arrays.binarySearch(STRONG_HASHES, hash) >= 0
                    || Arrays.binarySearch(WEAK_HASHES, hash) >= 0 && numberOrMonthBeside(text, start, i)) {
                return true;
            }
        }
        return false;
    }

    /** A letter as {@link #key} writes it. */
    private static char letter(char c) {
        return switch (c) {
            case '\u064A', '\u0649' -> '\u06CC';
            case '\u0643' -> '\u06A9';
            case '\u0623', '\u0625' -> '\u0627';
            default -> c;
        };
    }

    /**
     * Whether a digit or the word ماه stands next to the word at {@code start..end}, with only spaces between: what
     * a month name that is also a word (می, دی, مهر) needs to be one.
     */
    private static boolean numberOrMonthBeside(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && Letters.isSpaceOrZwsp(text.charAt(before))) {
            before--;
        }
        int after = end;
        while (after < text.length() && Letters.isSpaceOrZwsp(text.charAt(after))) {
            after++;
        }
        return before >= 0 && (Digits.isDigit(text.charAt(before)) || text.startsWith(MAH, before - MAH.length() + 1)
                || ORDINAL_DAYS.containsKey(key(wordEndingAt(text, before + 1))))
                || after < text.length() && (Digits.isDigit(text.charAt(after)) || text.startsWith(MAH, after));
    }

    /** The run of letters and ZWNJs that ends at {@code end}. */
    private static String wordEndingAt(String text, int end) {
        int start = end;
        while (start > 0 && (Letters.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '\u200C')) {
            start--;
        }
        return text.substring(start, end);
    }

    /**
     * The hashes, sorted, of the Persian month names that are no other word, of every name glued to ماه and of the
     * first words of names in two; and of the names that are also words. Searched without boxing a number for every
     * word of a text.
     */
    private static final int[] STRONG_HASHES = persianHashes(false);
    private static final int[] WEAK_HASHES = persianHashes(true);
    private static final Set<String> ENGLISH_PREFIXES = englishPrefixes();

    private static int[] persianHashes(boolean weak) {
        Set<Integer> out = new HashSet<>();
        for (Map.Entry<String, Month> e : PERSIAN.entrySet()) {
            String k = e.getKey();
            if (e.getValue().ambiguous() == weak) {
                out.add(k.hashCode());
            }
            if (weak) {
                continue;
            }
            out.add((k + MAH).hashCode());
            for (String prefix : List.of("ربیع", "جمادی", "ذی", "ذو")) {
                if (k.startsWith(prefix)) {
                    out.add(prefix.hashCode());
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static Set<String> englishPrefixes() {
        Set<String> out = new HashSet<>();
        for (String k : ENGLISH.keySet()) {
            out.add(k.substring(0, 3));
        }
        return out;
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Digits.isDigit(c)) {
                int start = i;
                long value = 0;
                while (i < n && Digits.isDigit(text.charAt(i))) {
                    value = Math.min(value * 10 + Digits.value(text.charAt(i)), Integer.MAX_VALUE);
                    i++;
                }
                int digits = i - start;
                // An English ordinal ending: 6th, 1st, 22nd, 3rd.
                if (i + 1 < n && ordinalEnding(text.substring(i, i + 2)) && (i + 2 == n
                        || !Character.isLetter(text.charAt(i + 2)))) {
                    i += 2;
                }
                if (i < n && Letters.isLetter(text.charAt(i))) {
                    // A number glued to letters (COVID-19a, ۱۵م) is no day or year.
                    while (i < n && Letters.isLetter(text.charAt(i))) {
                        i++;
                    }
                    out.add(new Token(text.substring(start, i), start, i, -1, 0));
                    continue;
                }
                out.add(new Token(text.substring(start, i), start, i, (int) value, digits));
            } else if (Letters.isLetter(c)) {
                int start = i;
                while (i < n && (Letters.isLetter(text.charAt(i)) || text.charAt(i) == '\u200C'
                        || text.charAt(i) == '\'' && i + 1 < n && Letters.isLetter(text.charAt(i + 1)))) {
                    i++;
                }
                out.add(new Token(text.substring(start, i), start, i, -1, 0));
            } else {
                i++;
            }
        }
        // An ordinal word before a month is its day: یکم آذر is ۱ آذر.
        for (int k = 0; k + 1 < out.size(); k++) {
            Token t = out.get(k);
            Integer day = t.number() ? null : ORDINAL_DAYS.get(key(t.text()));
            if (day != null && !out.get(k + 1).number() && PERSIAN.containsKey(key(out.get(k + 1).text()))) {
                out.set(k, new Token(t.text(), t.start(), t.end(), day, 1));
            }
        }
        return out;
    }

    private static boolean ordinalEnding(String s) {
        return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
    }

    /** Whether only spaces, and at most one of {@code allowed}, stand between two tokens. */
    private static boolean adjacent(String text, Token a, Token b, String allowed) {
        int marks = 0;
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (allowed.indexOf(c) >= 0) {
                marks++;
            } else if (!Letters.isSpaceOrZwsp(c) && c != '\u200C') {
                return false;
            }
        }
        return marks <= 1;
    }

    private static Token at(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    private static boolean isDay(Token t) {
        return t != null && t.number() && t.digits() <= 2 && t.value() >= 1 && t.value() <= 31;
    }

    /** The year a number stands for after a month of {@code cal}, or 0 when it cannot be one. */
    private static int year(Token t, Cal cal) {
        if (t == null || !t.number()) {
            return 0;
        }
        int v = t.value();
        if (t.digits() == 4) {
            boolean fits = switch (cal) {
                case JALALI -> v >= 1200 && v < 1500;
                case HIJRI -> v >= 1300 && v < 1600;
                case GREGORIAN -> v >= 1800 && v < 2200;
            };
            return fits ? v : 0;
        }
        return 0;
    }

    private static Mention persianDate(String text, List<Token> tokens, int i, boolean[] taken) {
        Token t = tokens.get(i);
        String k = key(t.text());
        Month month = PERSIAN.get(k);
        int last = i;
        boolean mah = false;
        if (month == null && k.endsWith(MAH) && k.length() > MAH.length() + 1) {
            // مهرماه, آبان‌ماه
            month = PERSIAN.get(k.substring(0, k.length() - MAH.length()));
            mah = month != null;
        }
        if (month == null) {
            // A name in two words: ربیع الاول, ذی الحجه.
            Token next = at(tokens, i + 1);
            if (next != null && !next.number() && adjacent(text, t, next, "")) {
                month = PERSIAN.get(k + key(next.text()));
                last = i + 1;
            }
            if (month == null) {
                return null;
            }
        }
        Token before = at(tokens, i - 1);
        boolean day = isDay(before) && !taken[i - 1] && adjacent(text, before, t, "");
        Token after = at(tokens, last + 1);
        if (!mah && after != null && !after.number() && key(after.text()).equals(MAH)
                && adjacent(text, tokens.get(last), after, "")) {
            mah = true;
            last++;
            after = at(tokens, last + 1);
        }
        if (after != null && !after.number() && key(after.text()).equals("سال")) {
            last++;
            after = at(tokens, last + 1);
        }
        int year = after != null && adjacent(text, tokens.get(last), after, "") ? year(after, month.cal()) : 0;
        if (year == 0 && !day && month.cal() == Cal.JALALI && after != null && adjacent(text, tokens.get(last), after,
                "") && shortYear(text, tokens, last + 1)) {
            year = after.value() >= 50 ? 1300 + after.value() : 1400 + after.value();
        }
        boolean monthWord = before != null && !before.number() && key(before.text()).equals(MAH);
        if (!day && year == 0 && !mah && !monthWord && month.ambiguous()) {
            return null;
        }
        int start = day ? before.start() : t.start();
        int end = year > 0 ? after.end() : tokens.get(last).end();
        if (day) {
            taken[i - 1] = true;
        }
        if (year > 0) {
            taken[last + 1] = true;
        }
        return new Mention(month.cal(), day ? before.value() : 0, month.number(), year, start, end, false,
                day ? before.start() : -1, year > 0 ? after.start() : -1);
    }

    /** Words between the days of a range: ۱۵ تا ۲۰ آبان, 6 to 11 November, between November 6 and 11. */
    private static final Set<String> RANGE_WORDS = Set.of("تا", "الی", "to", "and", "through", "until");
    private static final String RANGE_MARKS = "-\u2013\u2014";

    /**
     * The first day of a range of days in one month (۱۵ تا ۲۰ آبان, 6-11 November, November 6-11, 2023) as a date
     * of its own, with the month and year of the date it opens or closes; a year after the range's second day
     * (November 6-11, 2023) belongs to both.
     */
    private static void ranges(String text, List<Token> tokens, boolean[] taken, List<Mention> out) {
        for (int m = 0, found = out.size(); m < found; m++) {
            Mention d = out.get(m);
            int i = d.day() > 0 ? tokenAt(tokens, d.dayAt()) : -1;
            if (i < 0) {
                continue;
            }
            int j = d.monthFirst() ? partner(text, tokens, taken, i, 1) : partner(text, tokens, taken, i, -1);
            if (j < 0) {
                continue;
            }
            Token p = tokens.get(j);
            taken[j] = true;
            int year = d.year();
            int yearAt = d.yearAt();
            Token y = at(tokens, j + 1);
            if (d.monthFirst() && year == 0 && y != null && !taken[j + 1] && adjacent(text, p, y, ",")
                    && year(y, d.cal()) > 0) {
                year = year(y, d.cal());
                yearAt = y.start();
                taken[j + 1] = true;
                out.set(m, new Mention(d.cal(), d.day(), d.month(), year, d.start(), d.end(), true, d.dayAt(),
                        yearAt));
            }
            out.add(new Mention(d.cal(), p.value(), d.month(), year, p.start(), p.end(), d.monthFirst(), p.start(),
                    yearAt));
        }
    }

    /**
     * A range whose two dates fall in different months or years (September 29 – October 1, 2018; ۲۸ اسفند تا ۳
     * فروردین ۱۴۰۲): the year written after the second date is the first's too, or the year before when the first
     * date's month comes later in the year (December 30 – January 2, 2019). {@code out} is in text order.
     */
    private static void rangeYears(String text, List<Mention> out) {
        for (int k = 0; k + 1 < out.size(); k++) {
            Mention a = out.get(k);
            Mention b = out.get(k + 1);
            if (a.day() == 0 || !a.hasMonth() || a.year() > 0 || b.day() == 0 || !b.hasMonth() || b.year() == 0
                    || a.cal() != b.cal() || !rangeJoin(text.substring(a.end(), b.start()))) {
                continue;
            }
            int year = a.month() > b.month() ? b.year() - 1 : b.year();
            out.set(k, new Mention(a.cal(), a.day(), a.month(), year, a.start(), a.end(), a.monthFirst(), a.dayAt(),
                    b.yearAt()));
        }
    }

    /** Whether the text between two dates makes them a range: a dash or a range word, with spaces. */
    private static boolean rangeJoin(String between) {
        String s = between.strip();
        return s.length() == 1 && RANGE_MARKS.indexOf(s.charAt(0)) >= 0
                || RANGE_WORDS.contains(s.toLowerCase(Locale.ROOT));
    }

    private static int tokenAt(List<Token> tokens, int start) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() == start) {
                return k;
            }
        }
        return -1;
    }

    /** The other day of a range whose day is token {@code i}, before it ({@code step} -1) or after (1), or -1. */
    private static int partner(String text, List<Token> tokens, boolean[] taken, int i, int step) {
        Token day = tokens.get(i);
        Token next = at(tokens, i + step);
        if (isDay(next) && !taken[i + step] && adjacent(text, step < 0 ? next : day, step < 0 ? day : next,
                RANGE_MARKS) && !adjacent(text, step < 0 ? next : day, step < 0 ? day : next, "")) {
            return i + step;
        }
        Token further = at(tokens, i + 2 * step);
        if (next != null && !next.number() && RANGE_WORDS.contains(next.text().toLowerCase(Locale.ROOT))
                && isDay(further) && !taken[i + 2 * step]
                && adjacent(text, step < 0 ? further : day, next, "") && adjacent(text, next,
                step < 0 ? day : further, "")) {
            return i + 2 * step;
        }
        return -1;
    }

    /** Words a year may stand before; a count is followed by what it counts (آبان ۳۰ نفر). */
    private static final Set<String> AFTER_YEAR = Set.of("بود", "است", "و", "که", "در", "تا", "به", "از", "نیز",
            "هم", "را", "شد");

    /**
     * Whether the number at {@code i}, after a Jalali month without a day, is a year in two digits as the press
     * writes it (اسفند ۹۸, فروردین ۰۲): from 1350 to 1409, followed by a mark, the end or a word no count takes.
     */
    private static boolean shortYear(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.number() || t.digits() != 2 || t.value() < 50 && t.value() > 9) {
            return false;
        }
        Token next = at(tokens, i + 1);
        if (next == null || !adjacent(text, t, next, "")) {
            return true;
        }
        return !next.number() && AFTER_YEAR.contains(key(next.text()));
    }

    private static Mention englishDate(String text, List<Token> tokens, int i, boolean[] taken) {
        Token t = tokens.get(i);
        if (!Character.isUpperCase(t.text().charAt(0))) {
            return null;
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        Month month = ENGLISH.get(lower);
        if (month == null) {
            return null;
        }
        int end = t.end();
        Token dayToken = null;
        boolean monthFirst = false;
        Token before = at(tokens, i - 1);
        Token before2 = at(tokens, i - 2);
        if (isDay(before) && !taken[i - 1] && adjacent(text, before, t, "")) {
            dayToken = before;
        } else if (before != null && before.text().equals("of") && isDay(before2) && !taken[i - 2]
                && adjacent(text, before2, before, "") && adjacent(text, before, t, "")) {
            dayToken = before2;
        }
        int next = i + 1;
        Token after = at(tokens, next);
        // Nov. 6: the abbreviation's period.
        String gap = ".";
        if (dayToken == null && isDay(after) && adjacent(text, t, after, gap)) {
            dayToken = after;
            monthFirst = true;
            next++;
            after = at(tokens, next);
        }
        int year = 0;
        Token last = monthFirst ? dayToken : t;
        if (after != null && after.digits() == 4 && adjacent(text, last, after, monthFirst ? "," : ".")) {
            year = year(after, month.cal());
        }
        if (dayToken == null && year == 0 && month.ambiguous()) {
            return null;
        }
        int start = dayToken != null && !monthFirst ? dayToken.start() : t.start();
        if (dayToken != null) {
            end = Math.max(end, dayToken.end());
            taken[tokens.indexOf(dayToken)] = true;
        }
        if (year > 0) {
            end = after.end();
            taken[next] = true;
        }
        return new Mention(month.cal(), dayToken == null ? 0 : dayToken.value(), month.number(), year, start, end,
                monthFirst, dayToken == null ? -1 : dayToken.start(), year > 0 ? after.start() : -1);
    }

    /**
     * Persian years alone: a number after سال, or before هجری, شمسی, خورشیدی, قمری or ه.ش/ه.ق, that only a
     * Persian calendar can mean (before 1500); a year of the Gregorian calendar is a number like any other.
     */
    private static void persianYears(String text, List<Token> tokens, boolean[] taken, List<Mention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (taken[i] || !t.number() || t.digits() != 4 || t.value() < 1200 || t.value() >= 1500) {
                continue;
            }
            Token before = at(tokens, i - 1);
            Token after = at(tokens, i + 1);
            String next = after == null || !adjacent(text, t, after, "") ? "" : key(after.text());
            String then = nextWord(tokens, i + 2);
            boolean lunar = next.equals("قمری") || next.equals("هجری") && then.equals("قمری")
                    || next.equals("ه") && then.equals("ق");
            boolean marked = lunar || next.equals("هجری") || next.equals("شمسی") || next.equals("خورشیدی")
                    || next.equals("ه") || before != null && key(before.text()).equals("سال")
                    && adjacent(text, before, t, "");
            if (marked) {
                out.add(new Mention(lunar ? Cal.HIJRI : Cal.JALALI, 0, 0, t.value(), t.start(), t.end(), false, -1,
                        t.start()));
                taken[i] = true;
            }
        }
    }

    private static String nextWord(List<Token> tokens, int i) {
        Token t = at(tokens, i);
        return t == null ? "" : key(t.text());
    }

    /** English years alone: a four-digit number from 1900 to 2099 that is no part of a date. */
    private static void englishYears(List<Token> tokens, boolean[] taken, List<Mention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!taken[i] && t.number() && t.digits() == 4 && t.value() >= 1900 && t.value() < 2100) {
                out.add(new Mention(Cal.GREGORIAN, 0, 0, t.value(), t.start(), t.end(), false, -1, t.start()));
            }
        }
    }
}

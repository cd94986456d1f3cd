package org.hamgam.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conversions of a strftime date format ({@code %A, %B %e %l:%M %p}), grouped by what they show: the weekday,
 * the month, the day, the hour, the minute, the year. A date format takes no arguments, so a translation may order
 * its parts as its language does, write the month as a name or a number's name form ({@code %b}, {@code %B}), and
 * give the time on its own clock: {@code %H} or {@code %k} (24 hours) for {@code %I} or {@code %l} with {@code %p},
 * which then rightly goes. What it may not do is drop or add a part (the minutes, the year).
 */
final class Strftime {
    private Strftime() {
    }

    /** One conversion: its offsets and the parts of the date it shows (%T: the hour, the minute, the second). */
    record Part(int start, int end, List<String> fields) {
    }

    private static final Pattern CONVERSION = Pattern.compile("(?<![0-9\u06F0-\u06F9])%[-_0^#]*[EO]?([a-zA-Z+])");

    /**
     * Conversions only strftime has: their presence makes a message a date format. Not those printf has too: %m
     * (glibc's error text), %g, %G and %F (numbers), %C (a wide character).
     */
    private static final String STRFTIME_ONLY = "BbhHIklMPRTYyjUWVDrzZ";

    /** What each conversion shows; the clock's half of the day is its own field, as it may go with the 12 hours. */
    private static final Map<Character, String> FIELD = Map.ofEntries(
            Map.entry('a', "weekday"), Map.entry('A', "weekday"), Map.entry('u', "weekday"), Map.entry('w', "weekday"),
            Map.entry('b', "month"), Map.entry('B', "month"), Map.entry('h', "month"), Map.entry('m', "month"),
            Map.entry('d', "day"), Map.entry('e', "day"), Map.entry('j', "day"),
            Map.entry('H', "hour"), Map.entry('k', "hour"), Map.entry('I', "hour"), Map.entry('l', "hour"),
            Map.entry('p', "half"), Map.entry('P', "half"),
            Map.entry('M', "minute"), Map.entry('S', "second"),
            Map.entry('Y', "year"), Map.entry('y', "year"), Map.entry('G', "year"), Map.entry('g', "year"),
            Map.entry('C', "year"),
            Map.entry('R', "hour minute"), Map.entry('T', "hour minute second"),
            Map.entry('r', "hour minute second half"), Map.entry('D', "month day year"),
            Map.entry('F', "year month day"), Map.entry('x', "date"), Map.entry('X', "time"),
            Map.entry('c', "date-time"), Map.entry('U', "week"), Map.entry('W', "week"), Map.entry('V', "week"),
            Map.entry('z', "zone"), Map.entry('Z', "zone"));

    /** Whether the text is a date format: it has a conversion that only strftime knows. */
    static boolean isFormat(String text) {
        if (text.indexOf('%') < 0) {
            return false;
        }
        Matcher m = CONVERSION.matcher(text);
        while (m.find()) {
            char c = m.group(1).charAt(0);
            if (STRFTIME_ONLY.indexOf(c) >= 0 && !lengthModifier(text, m) && !escaped(text, m.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * %lu, %hd, %zu, %Id, %I.1f: a printf length modifier or glibc's I flag (the locale's digits) before its
     * conversion, not strftime's %l, %h or %I.
     */
    private static boolean lengthModifier(String text, Matcher m) {
        return "hlLqjztI".indexOf(m.group(1).charAt(0)) >= 0 && Placeholders.printfAt(text, m.start());
    }

    /** Whether the % at {@code at} is the second of a %%, a literal percent sign. */
    private static boolean escaped(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == '%') {
            k--;
        }
        return (at - 1 - k) % 2 == 1;
    }

    /** The conversions of a date format, in order; %% and letters strftime does not know are left out. */
    static List<Part> parts(String text) {
        List<Part> out = new ArrayList<>();
        Matcher m = CONVERSION.matcher(text);
        while (m.find()) {
            if (escaped(text, m.start()) || lengthModifier(text, m)) {
                continue;
            }
            String field = FIELD.get(m.group(1).charAt(0));
            if (field != null) {
                out.add(new Part(m.start(), m.end(), List.of(field.split(" "))));
            }
        }
        return out;
    }

    /** Whether the format gives the hour on the 24-hour clock ({@code %H}, {@code %k}, {@code %R}, {@code %T}). */
    static boolean twentyFourHours(String text) {
        Matcher m = CONVERSION.matcher(text);
        while (m.find()) {
            if ("HkRT".indexOf(m.group(1).charAt(0)) >= 0 && !escaped(text, m.start())) {
                return true;
            }
        }
        return false;
    }
}

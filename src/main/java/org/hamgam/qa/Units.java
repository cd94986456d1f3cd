package org.hamgam.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hamgam.qa.Numbers.Num;
import org.hamgam.text.Letters;

/**
 * Measures in a text: a number with a unit of mass, length or temperature after it, in either language, with the
 * value in a base unit (kilograms, metres, degrees Celsius), so that a translation that converts 550 pounds into
 * ۲۵۰ کیلوگرم can be told from one that gets the figure wrong. A height in feet and inches (6-foot-6, 6 ft 6 in,
 * ۶ فوت و ۶ اینچ) is one measure of two numbers.
 */
final class Units {
    private Units() {
    }

    enum Dimension { MASS, LENGTH, TEMPERATURE }

    /**
     * A measure: the index of its number in the text's numbers, of the inches that complete a height in feet (or
     * -1), its dimension, its value in the base unit, and whether its unit is metric.
     */
    record Measure(int number, int extra, Dimension dimension, double base, boolean metric, double rounding) {
        /**
         * Whether {@code other}, in another unit, names the same measure within rounding: 550 lb = 249.5 kg against
         * 250, two feet = 61 cm against 60. Rounding is half the place of either figure's last significant digit
         * (±5 kg for 250 kg, ±½ foot for two feet), but never more than a tenth of the measure; a twentieth is
         * always allowed, as translators round conversions freely.
         */
        boolean converts(Measure other) {
            if (dimension != other.dimension) {
                return false;
            }
            double diff = Math.abs(base - other.base);
            if (dimension == Dimension.TEMPERATURE) {
                return diff <= Math.max(1.1, Math.max(rounding, other.rounding) / 2);
            }
            double scale = Math.max(Math.abs(base), Math.abs(other.base));
            double half = Math.max(rounding, other.rounding) / 2;
            return diff <= Math.max(0.05 * scale, Math.min(half, 0.1 * scale));
        }
    }

    private record Unit(Dimension dimension, double factor, boolean metric) {
    }

    private static final Unit KG = new Unit(Dimension.MASS, 1, true);
    private static final Unit GRAM = new Unit(Dimension.MASS, 0.001, true);
    private static final Unit POUND = new Unit(Dimension.MASS, 0.45359237, false);
    private static final Unit OUNCE = new Unit(Dimension.MASS, 0.028349523, false);
    private static final Unit METRE = new Unit(Dimension.LENGTH, 1, true);
    private static final Unit KM = new Unit(Dimension.LENGTH, 1000, true);
    private static final Unit CM = new Unit(Dimension.LENGTH, 0.01, true);
    private static final Unit MM = new Unit(Dimension.LENGTH, 0.001, true);
    private static final Unit FOOT = new Unit(Dimension.LENGTH, 0.3048, false);
    private static final Unit INCH = new Unit(Dimension.LENGTH, 0.0254, false);
    private static final Unit YARD = new Unit(Dimension.LENGTH, 0.9144, false);
    private static final Unit MILE = new Unit(Dimension.LENGTH, 1609.344, false);
    /** Celsius; Fahrenheit is converted apart, as it has an offset. */
    private static final Unit CELSIUS = new Unit(Dimension.TEMPERATURE, 1, true);
    private static final Unit FAHRENHEIT = new Unit(Dimension.TEMPERATURE, 1, false);

    private static final Map<String, Unit> ENGLISH = Map.ofEntries(
            Map.entry("kg", KG), Map.entry("kgs", KG), Map.entry("kilogram", KG), Map.entry("kilograms", KG),
            Map.entry("kilogramme", KG), Map.entry("kilogrammes", KG), Map.entry("kilo", KG), Map.entry("kilos", KG),
            Map.entry("gram", GRAM), Map.entry("grams", GRAM), Map.entry("g", GRAM),
            Map.entry("pound", POUND), Map.entry("pounds", POUND), Map.entry("lb", POUND), Map.entry("lbs", POUND),
            Map.entry("ounce", OUNCE), Map.entry("ounces", OUNCE), Map.entry("oz", OUNCE),
            Map.entry("metre", METRE), Map.entry("metres", METRE), Map.entry("meter", METRE),
            Map.entry("meters", METRE), Map.entry("m", METRE),
            Map.entry("km", KM), Map.entry("kilometre", KM), Map.entry("kilometres", KM), Map.entry("kilometer", KM),
            Map.entry("kilometers", KM),
            Map.entry("cm", CM), Map.entry("centimetre", CM), Map.entry("centimetres", CM),
            Map.entry("centimeter", CM), Map.entry("centimeters", CM),
            Map.entry("mm", MM), Map.entry("millimetre", MM), Map.entry("millimetres", MM),
            Map.entry("millimeter", MM), Map.entry("millimeters", MM),
            Map.entry("foot", FOOT), Map.entry("feet", FOOT), Map.entry("ft", FOOT),
            Map.entry("inch", INCH), Map.entry("inches", INCH),
            Map.entry("yard", YARD), Map.entry("yards", YARD), Map.entry("yd", YARD),
            Map.entry("mile", MILE), Map.entry("miles", MILE), Map.entry("mi", MILE),
            Map.entry("celsius", CELSIUS), Map.entry("centigrade", CELSIUS), Map.entry("fahrenheit", FAHRENHEIT));

    /** Persian units; a word may carry ی, ای or ها after them (خوک ۲۵۰ کیلوگرمی). */
    private static final Map<String, Unit> PERSIAN = Map.ofEntries(
            Map.entry("کیلوگرم", KG), Map.entry("کیلو", KG), Map.entry("گرم", GRAM), Map.entry("پوند", POUND),
            Map.entry("اونس", OUNCE), Map.entry("متر", METRE), Map.entry("کیلومتر", KM),
            Map.entry("سانتیمتر", CM), Map.entry("سانتی\u200Cمتر", CM), Map.entry("سانتی", CM), Map.entry("سانت", CM),
            Map.entry("میلیمتر", MM), Map.entry("میلی\u200Cمتر", MM), Map.entry("فوت", FOOT), Map.entry("پا", FOOT),
            Map.entry("اینچ", INCH), Map.entry("یارد", YARD), Map.entry("مایل", MILE),
            Map.entry("سانتیگراد", CELSIUS), Map.entry("سانتی\u200Cگراد", CELSIUS), Map.entry("سلسیوس", CELSIUS),
            Map.entry("فارنهایت", FAHRENHEIT));

    /** The measures among {@code nums}, the numbers found in {@code text}. */
    static List<Measure> find(String text, List<Num> nums, boolean persian) {
        List<Measure> out = new ArrayList<>();
        for (int k = 0; k < nums.size(); k++) {
            Num n = nums.get(k);
            int[] unitEnd = new int[1];
            Unit unit = unitAfter(text, n.end(), persian, n.start(), unitEnd);
            if (unit == null && degreesAlone(text, n.end(), unitEnd)) {
                unit = CELSIUS; // as in temperatures: ۲۰ درجه زیر صفر against minus 4 degrees Fahrenheit converts
            }
            if (unit == null) {
                continue;
            }
            // Only temperatures go below zero; a dash before another measure is a range or a compound.
            double value = unit.dimension() == Dimension.TEMPERATURE && belowZero(text, n.start(), unitEnd[0])
                    ? -n.value() : n.value();
            double base = unit == FAHRENHEIT ? (value - 32) * 5 / 9 : value * unit.factor();
            double rounding = roundingUnit(n.value()) * (unit == FAHRENHEIT ? 5 / 9.0 : unit.factor());
            int extra = -1;
            if (unit == FOOT && k + 1 < nums.size()) {
                // 6-foot-6, 6 ft 6 in, 6 feet 6 inches, ۶ فوت و ۶ اینچ: the inches complete the height.
                Num next = nums.get(k + 1);
                String gap = text.substring(unitEnd[0], next.start()).strip();
                Unit after = unitAfter(text, next.end(), persian, next.start(), new int[1]);
                boolean joined = gap.isEmpty() || gap.equals("-") || gap.equals("و") || gap.equals("and");
                if (joined && (after == INCH || after == null && (gap.equals("-") || inchAbbreviation(text, next.end())))
                        && next.value() < 12) {
                    base += next.value() * INCH.factor();
                    rounding = INCH.factor();
                    extra = k + 1;
                }
            }
            out.add(new Measure(k, extra, unit.dimension(), base, unit.metric(), rounding));
            if (extra >= 0) {
                k++;
            }
        }
        return out;
    }

    /** A temperature as written: its number's index and its value in degrees Celsius, with its sign. */
    record Temperature(int number, double celsius) {
    }

    /** Words after a temperature's degrees that put it below zero: ۲۰ درجه زیر صفر, 20 degrees below zero. */
    private static final List<String> BELOW_ZERO = List.of("زیر صفر", "below zero", "below freezing");

    /**
     * The temperatures among {@code nums}: a number with a scale (°C, درجه سانتیگراد, Fahrenheit) or with degrees
     * alone, which weather news gives in Celsius; signed by a minus before it or "below zero" after it.
     */
    static List<Temperature> temperatures(String text, List<Num> nums, boolean persian) {
        List<Temperature> out = new ArrayList<>();
        for (int k = 0; k < nums.size(); k++) {
            Num n = nums.get(k);
            int[] end = new int[1];
            Unit unit = unitAfter(text, n.end(), persian, n.start(), end);
            if (unit == null) {
                unit = degreesAlone(text, n.end(), end) ? CELSIUS : null;
            } else if (unit.dimension() != Dimension.TEMPERATURE) {
                continue;
            }
            if (unit == null) {
                continue;
            }
            double value = belowZero(text, n.start(), end[0]) ? -n.value() : n.value();
            out.add(new Temperature(k, unit == FAHRENHEIT ? (value - 32) * 5 / 9 : value));
        }
        return out;
    }

    /**
     * Whether the temperature whose number starts at {@code start} and whose unit ends at {@code end} is below zero:
     * a minus before it or "below zero" after it.
     */
    private static boolean belowZero(String text, int start, int end) {
        String after = text.substring(end).stripLeading().toLowerCase(Locale.ROOT);
        return negative(text, start) || BELOW_ZERO.stream().anyMatch(after::startsWith);
    }

    /** Whether degrees without a scale follow a number (۲۰ درجه زیر صفر, 20 degrees, 20°); the end goes to end[0]. */
    private static boolean degreesAlone(String text, int from, int[] end) {
        int k = from;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k++;
        }
        for (String word : List.of("°", "درجه", "degrees", "degree")) {
            if (text.startsWith(word, k) && (k + word.length() == text.length()
                    || !Letters.isLetter(text.charAt(k + word.length())))) {
                end[0] = k + word.length();
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number starting at {@code start} is negative: a minus sign right before it that joins no word or
     * number before (-5, −5, not 10-15), or the word minus, منفی.
     */
    static boolean negative(String text, int start) {
        if (start > 0 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '\u2212')) {
            return start == 1 || !Character.isLetterOrDigit(text.charAt(start - 2));
        }
        int k = start;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\u00A0')) {
            k--;
        }
        for (String word : List.of("minus", "Minus", "منفی")) {
            if (k > word.length() - 1 && text.startsWith(word, k - word.length())
                    && (k == word.length() || !Character.isLetter(text.charAt(k - word.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "in" follows as the word of inches (6ft 6in): alone it is too often the preposition to be a unit. */
    private static boolean inchAbbreviation(String text, int from) {
        int k = from;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return text.startsWith("in", k) && (k + 2 == text.length() || !Character.isLetter(text.charAt(k + 2)));
    }

    /** The unit written right after a number ending at {@code from}, or null; its end goes to {@code end[0]}. */
    private static Unit unitAfter(String text, int from, boolean persian, int numberStart, int[] end) {
        int k = from;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0' || text.charAt(k) == '-'
                || text.charAt(k) == '\u200C')) {
            k++;
        }
        boolean degree = false;
        if (k < text.length() && (text.charAt(k) == '°' || text.charAt(k) == 'º')) {
            degree = true;
            k++;
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
        }
        int wEnd = k;
        while (wEnd < text.length() && (Letters.isLetter(text.charAt(wEnd)) || text.charAt(wEnd) == '\u200C')) {
            wEnd++;
        }
        String word = text.substring(k, wEnd);
        end[0] = wEnd;
        if (persian) {
            if (word.equals("درجه")) {
                // درجه سانتیگراد, درجه فارنهایت; درجه alone may be an angle.
                int next = wEnd;
                // the ezafe of درجهٔ فارنهایت is a mark after the word, not a letter
                while (next < text.length() && (text.charAt(next) == ' '
                        || Character.getType(text.charAt(next)) == Character.NON_SPACING_MARK)) {
                    next++;
                }
                int nextEnd = next;
                while (nextEnd < text.length() && (Letters.isLetter(text.charAt(nextEnd))
                        || text.charAt(nextEnd) == '\u200C')) {
                    nextEnd++;
                }
                end[0] = nextEnd;
                Unit u = PERSIAN.get(stripPersianEnding(text.substring(next, nextEnd)));
                return u == CELSIUS || u == FAHRENHEIT ? u : null;
            }
            return PERSIAN.get(stripPersianEnding(word));
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (degree) {
            return lower.equals("c") ? CELSIUS : lower.equals("f") ? FAHRENHEIT : ENGLISH.get(lower);
        }
        if (lower.equals("degrees") || lower.equals("degree")) {
            int next = wEnd;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            int nextEnd = next;
            while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
                nextEnd++;
            }
            end[0] = nextEnd;
            String scale = text.substring(next, nextEnd).toLowerCase(Locale.ROOT);
            return scale.equals("c") || scale.equals("celsius") || scale.equals("centigrade") ? CELSIUS
                    : scale.equals("f") || scale.equals("fahrenheit") ? FAHRENHEIT : null;
        }
        // After a currency sign, m is million (£125m), and a pound is money.
        boolean money = numberStart > 0 && "£$€¥".indexOf(text.charAt(numberStart - 1)) >= 0;
        if (money || lower.equals("in")) {
            return null;
        }
        return ENGLISH.get(lower);
    }

    private static String stripPersianEnding(String word) {
        if (PERSIAN.containsKey(word)) {
            return word;
        }
        for (String ending : new String[] {"\u200Cای", "ای", "ی", "\u200Cها", "ها"}) {
            if (word.endsWith(ending) && PERSIAN.containsKey(word.substring(0, word.length() - ending.length()))) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /** The place of the last significant digit of a stated figure: 10 for 250, 0.1 for 2.8, 1 for 7. */
    static double roundingUnit(double value) {
        double v = Math.abs(value);
        if (v == 0) {
            return 1;
        }
        if (v != Math.rint(v)) {
            double unit = 1;
            while (Math.abs(v / unit - Math.rint(v / unit)) > 1e-9 && unit > 1e-6) {
                unit /= 10;
            }
            return unit;
        }
        double unit = 1;
        while (v % (unit * 10) == 0) {
            unit *= 10;
        }
        return unit;
    }
}

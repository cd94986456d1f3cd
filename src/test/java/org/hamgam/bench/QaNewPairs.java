package org.hamgam.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeSet;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.hamgam.model.QaPair;

/**
 * The "new" part of {@link QaJudgedBench}: Persian–English pairs from two translations that no QA check was ever
 * tuned on, both on the class path, so the part needs no data beside the project. LanguageTool's user-interface
 * messages ({@code MessagesBundle_fa.properties} of its Persian module against the English bundle of its core: every
 * key whose Persian value is written in Persian) and CLDR's names and formats as ICU4J gives them: territory and
 * currency names, dates in the Persian calendar against the Gregorian, ranges of days, and measures with their
 * units, from seeded random days and values. Ids are the document letter and the key (L:checkStart, T:DE, C:EUR,
 * D3, R4, M5).
 */
final class QaNewPairs {
    private static final ULocale FA = new ULocale("fa@calendar=persian");
    private static final ULocale EN = ULocale.ENGLISH;

    private QaNewPairs() {
    }

    static Map<String, List<QaPair>> pairs() throws IOException {
        Map<String, List<QaPair>> out = new LinkedHashMap<>();
        out.put("languagetool-messages", messages());
        out.put("cldr-territories", territories());
        out.put("cldr-currencies", currencies());
        out.put("cldr-dates", dates());
        out.put("cldr-day-ranges", ranges());
        out.put("cldr-measures", measures());
        return out;
    }

    private static List<QaPair> messages() throws IOException {
        Properties fa = load("org/languagetool/MessagesBundle_fa.properties");
        Properties en = load("org/languagetool/MessagesBundle.properties");
        List<QaPair> out = new ArrayList<>();
        for (String key : new TreeSet<>(fa.stringPropertyNames())) {
            String source = fa.getProperty(key);
            String target = en.getProperty(key);
            if (target != null && source.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
                out.add(QaPair.of("L:" + key, source, target));
            }
        }
        return out;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = QaNewPairs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " not on the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return p;
    }

    private static List<QaPair> territories() {
        LocaleDisplayNames fa = LocaleDisplayNames.getInstance(FA);
        LocaleDisplayNames en = LocaleDisplayNames.getInstance(EN);
        List<QaPair> out = new ArrayList<>();
        for (String region : new TreeSet<>(List.of(ULocale.getISOCountries()))) {
            String source = fa.regionDisplayName(region);
            String target = en.regionDisplayName(region);
            if (!source.equals(region) && !target.equals(region)) {
                out.add(QaPair.of("T:" + region, source, target));
            }
        }
        return out;
    }

    private static List<QaPair> currencies() {
        List<QaPair> out = new ArrayList<>();
        for (com.ibm.icu.util.Currency c : com.ibm.icu.util.Currency.getAvailableCurrencies().stream()
                .filter(c -> com.ibm.icu.util.Currency.isAvailable(c.getCurrencyCode(), null, null))
                .sorted(java.util.Comparator.comparing(com.ibm.icu.util.Currency::getCurrencyCode)).toList()) {
            String source = c.getName(FA, com.ibm.icu.util.Currency.LONG_NAME, null);
            String target = c.getName(EN, com.ibm.icu.util.Currency.LONG_NAME, null);
            if (!source.equals(c.getCurrencyCode()) && !source.equals(target)) {
                out.add(QaPair.of("C:" + c.getCurrencyCode(), source, target));
            }
        }
        return out;
    }

    /** A day from 1970 to 2039, drawn. */
    private static long day(Random random) {
        return (long) (random.nextInt(70 * 365)) * 86_400_000L;
    }

    private static List<QaPair> dates() {
        Random random = new Random(26);
        int[] styles = {DateFormat.LONG, DateFormat.MEDIUM};
        List<QaPair> out = new ArrayList<>();
        for (int k = 0; k < 120; k++) {
            int style = styles[k % styles.length];
            long when = day(random) + 12 * 3_600_000L;
            out.add(QaPair.of("D" + k, format(DateFormat.getDateInstance(style, FA), when),
                    format(DateFormat.getDateInstance(style, EN), when)));
        }
        return out;
    }

    private static String format(DateFormat f, long when) {
        f.setTimeZone(TimeZone.GMT_ZONE);
        return f.format(new java.util.Date(when));
    }

    private static List<QaPair> ranges() {
        Random random = new Random(2626);
        List<QaPair> out = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            long from = day(random) + 12 * 3_600_000L;
            long to = from + (1 + random.nextInt(5)) * 86_400_000L;
            String skeleton = k % 2 == 0 ? "yMMMMd" : "MMMMd";
            out.add(QaPair.of("R" + k, interval(skeleton, FA, from, to), interval(skeleton, EN, from, to)));
        }
        return out;
    }

    private static String interval(String skeleton, ULocale locale, long from, long to) {
        DateIntervalFormat f = DateIntervalFormat.getInstance(skeleton, locale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        return f.format(new DateInterval(from, to));
    }

    private static List<QaPair> measures() {
        Random random = new Random(262626);
        MeasureUnit[] units = {MeasureUnit.CELSIUS, MeasureUnit.FAHRENHEIT, MeasureUnit.KILOMETER, MeasureUnit.MILE,
            MeasureUnit.KILOGRAM, MeasureUnit.POUND, MeasureUnit.CENTIMETER, MeasureUnit.INCH, MeasureUnit.METER,
            MeasureUnit.FOOT};
        List<QaPair> out = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            MeasureUnit unit = units[k % units.length];
            boolean temperature = unit == MeasureUnit.CELSIUS || unit == MeasureUnit.FAHRENHEIT;
            int value = temperature ? random.nextInt(81) - 40 : 1 + random.nextInt(2000);
            MeasureFormat.FormatWidth width = k % 3 == 0 ? MeasureFormat.FormatWidth.SHORT
                    : MeasureFormat.FormatWidth.WIDE;
            Measure m = new Measure(value, unit);
            out.add(QaPair.of("M" + k, MeasureFormat.getInstance(FA, width).format(m),
                    MeasureFormat.getInstance(EN, width).format(m)));
        }
        return out;
    }

    /** Prints the pairs, a document a block: for reading them beside the findings. */
    public static void main(String[] args) throws IOException {
        for (Map.Entry<String, List<QaPair>> d : pairs().entrySet()) {
            System.out.println("# " + d.getKey() + " " + d.getValue().size());
            for (QaPair p : d.getValue()) {
                System.out.println(p.id() + "\t" + p.source() + "\t" + p.target());
            }
        }
    }
}

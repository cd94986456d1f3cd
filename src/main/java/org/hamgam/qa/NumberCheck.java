package org.hamgam.qa;

import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.qa.Numbers.Num;
import org.hamgam.text.Letters;

/**
 * Numbers compared by value across digit systems and separators: a source number missing from the target, a
 * target number not in the source, or one written with a different value. Percent signs and words ({@code ٪},
 * {@code %}, "percent") do not change a value, so they never disagree. A number inside a Latin name or code in
 * the target (COVID-19, SARS-CoV-2) is never reported as extra: translators add such names freely. One of a name
 * in the source (کووید-19) that the target lacks is only a hint ({@code info}): the name may be rendered without
 * it (coronavirus), unless the target has another name's number left over, which then differs. A range of years
 * with the second shortened (2019–20) stands for the full years. Beyond values: a slash pair, a clock time or a
 * decade written another way ({@link Numbers.Num#key}), digits grouped otherwise (a phone number), a measure
 * converted into other units within rounding ({@link Units}) and a figure the source repeats agree; a wrong
 * conversion and a score whose numbers come in another order are reported.
 */
final class NumberCheck extends PairCheck {
    static final String CODE = "number";

    /** Compares the dates first and keeps its comparisons for the date check to report. */
    private final DateCheck dates;

    NumberCheck() {
        this(new DateCheck());
    }

    /** A number check that leaves the numbers of dates to {@code dates}, which it shares the comparisons with. */
    NumberCheck(DateCheck dates) {
        this.dates = dates;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    void check(QaPair original, List<Issue> out) {
        // Format placeholders (%d, %.1f, %I.1f, {0}) are code, not figures: their own check compares them.
        QaPair pair = new QaPair(original.id(), Placeholders.mask(original.source()),
                Placeholders.mask(original.target()), original.sourceTerms(), original.targetTerms());
        String target = pair.target();
        if (Letters.isBlank(target)) {
            return;
        }
        List<Num> src = Numbers.find(pair.source(), true);
        List<Num> tgt = Numbers.find(target, false);
        if (src.isEmpty() && tgt.isEmpty()) {
            return;
        }
        boolean[] srcUsed = new boolean[src.size()];
        boolean[] tgtUsed = new boolean[tgt.size()];
        dates.claim(original, src, tgt, srcUsed, tgtUsed);
        // A name's number with a name's number first (کووید-19, COVID-19): else the name takes a plain number of the
        // same value (۱۹ سال) and an omitted one goes unseen. Then written numbers, then words for what is left.
        matchCodes(src, tgt, srcUsed, tgtUsed);
        match(src, tgt, srcUsed, tgtUsed, false, false);
        match(src, tgt, srcUsed, tgtUsed, false, true);
        match(src, tgt, srcUsed, tgtUsed, true, false);
        solarHijriYears(src, tgt, srcUsed, tgtUsed);
        // The other number of a pair whose key matched (24/7, ۷:۵۵) is accounted for with it.
        keyPartners(src, srcUsed);
        keyPartners(tgt, tgtUsed);
        spelledOutNames(pair.source(), src, srcUsed);
        spelledOutNames(target, tgt, tgtUsed);
        groupedDigits(pair.source(), src, srcUsed, target, tgt, tgtUsed);
        conversions(pair, src, tgt, srcUsed, tgtUsed, out);
        order(pair, src, tgt, out);
        signs(pair, src, tgt, out);
        int t = 0;
        for (int s = 0; s < src.size(); s++) {
            Num missing = src.get(s);
            if (srcUsed[s] || missing.soft()) {
                continue;
            }
            while (t < tgt.size() && (tgtUsed[t] || tgt.get(t).soft())) {
                t++;
            }
            String shown = pair.source().substring(missing.start(), missing.end());
            if (missing.code() && !otherCode(tgt, tgtUsed)) {
                // A name with a number (کووید-19) is often rendered without it (coronavirus): a hint only.
                out.add(new Issue(CODE, Severity.INFO, pair.id(), -1, -1,
                        "The number \"" + shown + "\" of a name in the source is not in the target; is the name"
                                + " rendered another way?", format(missing.value())));
                continue;
            }
            if (!missing.code() && restated(pair.source(), src, srcUsed, missing)) {
                // The source repeats a figure the target states once ("۲۰۰ بیمار ... ۲۰۰ بیمار").
                out.add(new Issue(CODE, Severity.INFO, pair.id(), -1, -1, "The number \"" + shown
                        + "\" appears again in the source; the target gives it once.", format(missing.value())));
                continue;
            }
            if (t < tgt.size()) {
                Num wrong = tgt.get(t);
                tgtUsed[t] = true;
                out.add(new Issue(CODE, Severity.ERROR, pair.id(), wrong.start(), wrong.end(),
                        "The number \"" + target.substring(wrong.start(), wrong.end())
                                + "\" differs from \"" + shown + "\" in the source.", format(missing.value())));
            } else {
                out.add(new Issue(CODE, Severity.ERROR, pair.id(), -1, -1,
                        "The number \"" + shown + "\" in the source is missing from the target.",
                        format(missing.value())));
            }
        }
        for (int k = 0; k < tgt.size(); k++) {
            Num extra = tgt.get(k);
            if (!tgtUsed[k] && !extra.soft() && !extra.code()) {
                boolean again = restated(target, tgt, tgtUsed, extra);
                out.add(new Issue(CODE, again ? Severity.INFO : Severity.ERROR, pair.id(), extra.start(), extra.end(),
                        "The number \"" + target.substring(extra.start(), extra.end())
                                + (again ? "\" appears again in the target; the source gives it once."
                                : "\" is not in the source."), ""));
            }
        }
    }

    /**
     * Whether a matched number of the same side restates {@code n}: the same value counting the same thing, the
     * same word after it ("۲۰۰ بیمار ... ۲۰۰ بیمار", "۱۰۰،۰۰۰ نفر ... ۱۰۰،۰۰۰ نفر"), which a translation may state
     * once. The same figure in another setting (23 January 2020 ... 28 January 2020) is a statement of its own. A
     * name's number (کووید-19) does not restate a figure (۱۹ سال).
     */
    private static boolean restated(String text, List<Num> nums, boolean[] used, Num n) {
        for (int k = 0; k < nums.size(); k++) {
            Num o = nums.get(k);
            if (used[k] && o != n && o.value() == n.value() && !o.soft() && !o.code()
                    && same(wordAfter(text, o), wordAfter(text, n))) {
                return true;
            }
        }
        return false;
    }

    /** The word after a number, its percent sign included, without punctuation; empty at the end. */
    static String wordAfter(String text, Num n) {
        int i = n.end();
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i)) && !isPercent(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || isPercent(text.charAt(i))
                || text.charAt(i) == '\u200C')) {
            i++;
        }
        return text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean same(String a, String b) {
        return !a.isEmpty() && a.equals(b);
    }

    private static boolean isPercent(char c) {
        return c == '%' || c == '\u066A';
    }

    /**
     * A number just before a name with the same number in brackets belongs to the name written out: "coronavirus 2
     * (SARS-CoV-2)", "enzyme 2 (ACE2)", "disease 2019 (COVID-19)". The other side may give the short name only.
     */
    private static void spelledOutNames(String text, List<Num> nums, boolean[] used) {
        for (int k = 0; k + 1 < nums.size(); k++) {
            Num n = nums.get(k);
            if (used[k] || n.soft() || n.code()) {
                continue;
            }
            int open = text.indexOf('(', n.end());
            if (open < 0 || !text.substring(n.end(), open).isBlank()) {
                continue;
            }
            int close = text.indexOf(')', open);
            for (int j = k + 1; j < nums.size() && nums.get(j).start() < (close < 0 ? text.length() : close); j++) {
                double v = nums.get(j).value();
                // A name may shorten a year: coronavirus disease 2019 (COVID-19).
                boolean shortYear = n.value() >= 1900 && n.value() < 2100 && v == n.value() % 100;
                if (nums.get(j).code() && (v == n.value() || shortYear)) {
                    used[k] = true;
                    break;
                }
            }
        }
    }

    private static void keyPartners(List<Num> nums, boolean[] used) {
        for (int k = 0; k < nums.size(); k++) {
            String key = nums.get(k).key();
            if (used[k] || key == null) {
                continue;
            }
            for (int j = 0; j < nums.size(); j++) {
                if (used[j] && key.equals(nums.get(j).key())) {
                    used[k] = true;
                    break;
                }
            }
        }
    }

    /**
     * A run of numbers written as one figure on the other side, its digits grouped otherwise: a phone number
     * 0800 555 111 against ۰۸۰۰۵۵۵۱۱۱. The digits as written, leading zeros included, must agree.
     */
    private static void groupedDigits(String source, List<Num> src, boolean[] srcUsed, String target, List<Num> tgt,
                                      boolean[] tgtUsed) {
        for (int a = 0; a < src.size(); a++) {
            for (int b = a; b < src.size() && joinable(source, src, srcUsed, a, b); b++) {
                String digits = digits(source, src, a, b);
                for (int c = 0; c < tgt.size(); c++) {
                    for (int d = c; d < tgt.size() && joinable(target, tgt, tgtUsed, c, d); d++) {
                        if ((b > a || d > c) && digits.length() >= 5 && digits.equals(digits(target, tgt, c, d))) {
                            java.util.Arrays.fill(srcUsed, a, b + 1, true);
                            java.util.Arrays.fill(tgtUsed, c, d + 1, true);
                            return;
                        }
                    }
                }
            }
        }
    }

    /** Whether the numbers {@code a..b} are unmatched, written in digits and apart only by spaces or dashes. */
    private static boolean joinable(String text, List<Num> nums, boolean[] used, int a, int b) {
        Num last = nums.get(b);
        if (used[b] || last.soft() || last.code()) {
            return false;
        }
        if (b == a) {
            return true;
        }
        String gap = text.substring(nums.get(b - 1).end(), last.start());
        return gap.length() == 1 && " -.\u00A0".indexOf(gap.charAt(0)) >= 0;
    }

    private static String digits(String text, List<Num> nums, int a, int b) {
        StringBuilder out = new StringBuilder();
        for (int k = a; k <= b; k++) {
            for (char c : text.substring(nums.get(k).start(), nums.get(k).end()).toCharArray()) {
                if (org.hamgam.text.Digits.isDigit(c)) {
                    out.append((char) ('0' + org.hamgam.text.Digits.value(c)));
                } else if (Letters.isLetter(c)) {
                    return "";
                }
            }
        }
        return out.toString();
    }

    /**
     * Measures converted between units: a figure that converts within rounding is the same figure, and so is a
     * converted figure a translation adds or drops beside the one it states (6 feet (1.8 m) for ۱٫۸ متر); a figure
     * that converts to something else is a wrong conversion.
     */
    private static void conversions(QaPair pair, List<Num> src, List<Num> tgt, boolean[] srcUsed, boolean[] tgtUsed,
                                    List<Issue> out) {
        List<Units.Measure> sm = Units.find(pair.source(), src, true);
        List<Units.Measure> tm = Units.find(pair.target(), tgt, false);
        if (sm.isEmpty() && tm.isEmpty()) {
            return;
        }
        for (Units.Measure s : sm) {
            for (Units.Measure t : tm) {
                if (!srcUsed[s.number()] && !tgtUsed[t.number()] && s.converts(t)) {
                    use(s, srcUsed);
                    use(t, tgtUsed);
                }
            }
        }
        // The figure copied but not converted: 100 degrees Celsius for 100°F.
        for (Units.Measure s : sm) {
            for (Units.Measure t : tm) {
                Num n = tgt.get(t.number());
                if (srcUsed[s.number()] && tgtUsed[t.number()] && s.extra() < 0 && t.extra() < 0
                        && s.dimension() == t.dimension() && s.metric() != t.metric() && !s.converts(t)
                        && src.get(s.number()).sameValue(n) && !convertedElsewhere(s, tm)) {
                    out.add(new Issue(CODE, Severity.ERROR, pair.id(), n.start(), n.end(), "The measure \""
                            + pair.target().substring(n.start(), n.end()) + "\" keeps the figure of the source but"
                            + " not its unit: it is not converted.", ""));
                }
            }
        }
        redundant(tm, tgt, tgtUsed);
        redundant(sm, src, srcUsed);
        for (Units.Measure s : sm) {
            for (Units.Measure t : tm) {
                if (!srcUsed[s.number()] && !tgtUsed[t.number()] && s.dimension() == t.dimension()
                        && s.metric() != t.metric()) {
                    use(s, srcUsed);
                    use(t, tgtUsed);
                    Num n = tgt.get(t.number());
                    Num sn = src.get(s.number());
                    int end = t.extra() >= 0 ? tgt.get(t.extra()).end() : n.end();
                    out.add(new Issue(CODE, Severity.ERROR, pair.id(), n.start(), end, "The measure \""
                            + pair.target().substring(n.start(), end) + "\" does not convert to \""
                            + pair.source().substring(sn.start(), sn.end()) + "\" of the source.",
                            format(sn.value())));
                }
            }
        }
    }

    /**
     * A temperature whose sign the target lost or added: ۲۰ درجه زیر صفر as 20°C, or -5°C as 5°C. Compared in
     * Celsius, so a conversion that crosses zero (14°F for -10°C) is right; only the same figure with the other
     * sign, and no target temperature that agrees, is reported.
     */
    private static void signs(QaPair pair, List<Num> src, List<Num> tgt, List<Issue> out) {
        List<Units.Temperature> st = Units.temperatures(pair.source(), src, true);
        if (st.isEmpty()) {
            return;
        }
        List<Units.Temperature> tt = Units.temperatures(pair.target(), tgt, false);
        for (Units.Temperature s : st) {
            if (s.celsius() == 0 || tt.stream().anyMatch(t -> Math.abs(t.celsius() - s.celsius()) <= 1.1)) {
                continue;
            }
            for (Units.Temperature t : tt) {
                if (Math.abs(t.celsius() + s.celsius()) <= 1.1) {
                    Num n = tgt.get(t.number());
                    Num sn = src.get(s.number());
                    out.add(new Issue(CODE, Severity.ERROR, pair.id(), n.start(), n.end(), "The temperature \""
                            + pair.target().substring(n.start(), n.end()) + "\" is " + (t.celsius() < 0 ? "below"
                            : "above") + " zero; \"" + pair.source().substring(sn.start(), sn.end())
                            + "\" of the source is " + (s.celsius() < 0 ? "below" : "above") + " zero.",
                            format(s.celsius() < 0 ? -sn.value() : sn.value())));
                    break;
                }
            }
        }
    }

    private static boolean convertedElsewhere(Units.Measure s, List<Units.Measure> others) {
        for (Units.Measure o : others) {
            if (s.converts(o)) {
                return true;
            }
        }
        return false;
    }

    /** A measure left over that restates, in another unit, a measure of the same text that was matched. */
    private static void redundant(List<Units.Measure> measures, List<Num> nums, boolean[] used) {
        for (Units.Measure m : measures) {
            if (used[m.number()]) {
                continue;
            }
            for (Units.Measure other : measures) {
                if (other != m && used[other.number()] && other.metric() != m.metric() && m.converts(other)) {
                    use(m, used);
                    break;
                }
            }
        }
    }

    private static void use(Units.Measure m, boolean[] used) {
        used[m.number()] = true;
        if (m.extra() >= 0) {
            used[m.extra()] = true;
        }
    }

    /**
     * A score or code of three or more numbers joined by dashes (5-0-0) whose numbers the other side has in another
     * order (0-0-5): every number matches, so only the order can tell. Two numbers are left alone: a range is as
     * often written in right-to-left order in Persian text (۱۸-۶۴, 11-2010).
     */
    private static void order(QaPair pair, List<Num> src, List<Num> tgt, List<Issue> out) {
        List<int[]> srcRuns = dashRuns(pair.source(), src);
        List<int[]> tgtRuns = dashRuns(pair.target(), tgt);
        for (int[] t : tgtRuns) {
            double[] tv = values(tgt, t);
            double[] sortedT = tv.clone();
            java.util.Arrays.sort(sortedT);
            for (int[] s : srcRuns) {
                double[] sv = values(src, s);
                double[] sortedS = sv.clone();
                java.util.Arrays.sort(sortedS);
                if (java.util.Arrays.equals(sortedS, sortedT) && !java.util.Arrays.equals(sv, tv)) {
                    Num first = tgt.get(t[0]);
                    Num last = tgt.get(t[1]);
                    out.add(new Issue(CODE, Severity.WARNING, pair.id(), first.start(), last.end(), "The numbers \""
                            + pair.target().substring(first.start(), last.end()) + "\" are in another order than \""
                            + pair.source().substring(src.get(s[0]).start(), src.get(s[1]).end())
                            + "\" in the source.", pair.source().substring(src.get(s[0]).start(),
                            src.get(s[1]).end())));
                }
            }
        }
    }

    /** Runs of three or more numbers joined by single dashes: the first and last index of each. */
    private static List<int[]> dashRuns(String text, List<Num> nums) {
        List<int[]> runs = new java.util.ArrayList<>();
        int k = 0;
        while (k < nums.size()) {
            int j = k;
            while (j + 1 < nums.size() && !nums.get(j).soft() && !nums.get(j + 1).soft()
                    && nums.get(j + 1).start() == nums.get(j).end() + 1 && isDash(text.charAt(nums.get(j).end()))) {
                j++;
            }
            if (j - k >= 2) {
                runs.add(new int[] {k, j});
            }
            k = j + 1;
        }
        return runs;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    private static double[] values(List<Num> nums, int[] run) {
        double[] out = new double[run[1] - run[0] + 1];
        for (int k = run[0]; k <= run[1]; k++) {
            out[k - run[0]] = nums.get(k).value();
        }
        return out;
    }

    /** Whether the target has a number of a name left unmatched: then a source name's number differs. */
    private static boolean otherCode(List<Num> tgt, boolean[] tgtUsed) {
        for (int k = 0; k < tgt.size(); k++) {
            if (!tgtUsed[k] && tgt.get(k).code()) {
                return true;
            }
        }
        return false;
    }

    private static void matchCodes(List<Num> src, List<Num> tgt, boolean[] srcUsed, boolean[] tgtUsed) {
        for (int s = 0; s < src.size(); s++) {
            if (!src.get(s).code() || src.get(s).soft()) {
                continue;
            }
            for (int t = 0; t < tgt.size(); t++) {
                if (!tgtUsed[t] && tgt.get(t).code() && !tgt.get(t).soft() && src.get(s).sameValue(tgt.get(t))) {
                    srcUsed[s] = true;
                    tgtUsed[t] = true;
                    break;
                }
            }
        }
    }

    /**
     * A year the source gives in the Solar Hijri calendar (۱۴۰۱) for the year of the target (2022): a Persian
     * year runs from March to March, so it holds parts of two Gregorian years and either is the same year. Only a
     * year alone: the days of a date are compared by the date check.
     */
    private static void solarHijriYears(List<Num> src, List<Num> tgt, boolean[] srcUsed, boolean[] tgtUsed) {
        for (int s = 0; s < src.size(); s++) {
            Num p = src.get(s);
            if (srcUsed[s] || p.soft() || p.code() || !isYear(p.value(), 1200, 1500)) {
                continue;
            }
            for (int t = 0; t < tgt.size(); t++) {
                Num g = tgt.get(t);
                double offset = g.value() - p.value();
                if (!tgtUsed[t] && !g.soft() && !g.code() && isYear(g.value(), 1821, 2122)
                        && (offset == 621 || offset == 622)) {
                    srcUsed[s] = true;
                    tgtUsed[t] = true;
                    break;
                }
            }
        }
    }

    private static boolean isYear(double value, int from, int to) {
        return value == Math.rint(value) && value >= from && value <= to;
    }

    private static void match(List<Num> src, List<Num> tgt, boolean[] srcUsed, boolean[] tgtUsed,
                              boolean srcSoft, boolean tgtSoft) {
        for (int s = 0; s < src.size(); s++) {
            if (srcUsed[s] || src.get(s).soft() != srcSoft) {
                continue;
            }
            for (int t = 0; t < tgt.size(); t++) {
                if (!tgtUsed[t] && tgt.get(t).soft() == tgtSoft && src.get(s).sameValue(tgt.get(t))) {
                    srcUsed[s] = true;
                    tgtUsed[t] = true;
                    break;
                }
            }
        }
    }

    /** A value as English writes it: 6000, 2.5, 120 million. */
    static String format(double value) {
        return EnglishAmount.of(value);
    }
}

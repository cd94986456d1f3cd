package org.hamgam.qa;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hamgam.text.Digits;
import org.hamgam.text.Letters;

/**
 * Finds the numbers in a text by value, whatever digits and separators they are written with: {@code ۲۰۲۲} and
 * {@code 2022}, {@code ۲٫۵} and {@code 2.5}, {@code ۶٬۰۰۰} and {@code 6,000}, {@code ۶ هزار} and {@code 6 thousand}.
 * Numbers spelled as words ({@code two}, {@code بیست و پنج}) are found too but marked soft: they may stand in for a
 * number on the other side, yet are never reported as missing or extra, because Persian {@code یک} is as often
 * "a" as "one".
 */
final class Numbers {
    private Numbers() {
    }

    /**
     * A number found in a text; offsets are into that text, end exclusive. {@code soft}: spelled as a word;
     * {@code code}: part of a Latin name or code (COVID-19, SARS-CoV-2, Su-35), which a translation may add.
     * {@code key}: a writing that stands for the same thing whatever its value reads as, or null: a slash pair
     * ({@code 2/3}, {@code 24/7}: a fraction in English, a decimal by the Persian reading), a clock time
     * ({@code t7:55} for 7.55am and ۷:۵۵), a decade ({@code d30} for the 1930s and دهه ۳۰). Both numbers of a pair
     * carry its key.
     */
    record Num(double value, int start, int end, boolean soft, boolean code, String key) {
        Num(double value, int start, int end, boolean soft, boolean code) {
            this(value, start, end, soft, code, null);
        }

        boolean sameValue(Num other) {
            return sameValue(value, other.value) || key != null && key.equals(other.key);
        }

        Num withKey(String k) {
            return new Num(value, start, end, soft, code, k);
        }

        static boolean sameValue(double a, double b) {
            return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
        }
    }

    private static final Map<String, Long> EN_WORDS = new HashMap<>();
    private static final Map<String, Long> FA_WORDS = new HashMap<>();
    private static final Map<String, Long> SCALES = new HashMap<>();

    /** Characters a number word can start with, to skip all other words without looking them up. */
    private static final boolean[] FIRST = new boolean[0x10000];
    /** Every number and scale word, by {@link #slot}, open addressing: a word is looked up without a copy. */
    private static final String[] WORDS = new String[512];
    private static final int SHAPE_BITS = 4096;
    /**
     * The {@link #shape} of every number and scale word: most words of a text fail this test of two letters, and
     * are never hashed whole.
     */
    private static final BitSet SHAPES = new BitSet(SHAPE_BITS);

    static {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < units.length; i++) {
            EN_WORDS.put(units[i], (long) i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            EN_WORDS.put(tens[i], (long) (20 + 10 * i));
        }
        String[] ordinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth"};
        for (int i = 0; i < ordinals.length; i++) {
            EN_WORDS.put(ordinals[i], (long) (i + 1));
        }
        String[] moreOrdinals = {"thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth"};
        for (int i = 0; i < moreOrdinals.length; i++) {
            EN_WORDS.put(moreOrdinals[i], (long) (13 + i));
        }
        String[] tenOrdinals = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
            "eightieth", "ninetieth"};
        for (int i = 0; i < tenOrdinals.length; i++) {
            EN_WORDS.put(tenOrdinals[i], (long) (20 + 10 * i));
        }
        EN_WORDS.put("once", 1L);
        EN_WORDS.put("twice", 2L);
        EN_WORDS.put("single", 1L);
        EN_WORDS.put("double", 2L);
        EN_WORDS.put("dozen", 12L);
        EN_WORDS.put("hundred", 100L);

        String[] faUnits = {"صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده",
            "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"};
        for (int i = 0; i < faUnits.length; i++) {
            FA_WORDS.put(faUnits[i], (long) i);
        }
        FA_WORDS.put("هیجده", 18L);
        FA_WORDS.put("شونزده", 16L);
        String[] faTens = {"بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"};
        for (int i = 0; i < faTens.length; i++) {
            FA_WORDS.put(faTens[i], (long) (20 + 10 * i));
        }
        String[] faHundreds = {"صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"};
        for (int i = 0; i < faHundreds.length; i++) {
            FA_WORDS.put(faHundreds[i], (long) (100 * (i + 1)));
        }
        String[] faOrdinals = {"یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم"};
        for (int i = 0; i < faOrdinals.length; i++) {
            FA_WORDS.put(faOrdinals[i], (long) (i + 1));
        }
        // Ordinals: نوزدهم, نوزدهمین (19th), چهل و چهارمین (44th), سی‌ام (30th); سوم is irregular.
        for (Map.Entry<String, Long> e : List.copyOf(FA_WORDS.entrySet())) {
            String w = e.getKey();
            if (e.getValue() == 3 || w.equals("صفر") || w.endsWith("م")) {
                continue;
            }
            String stem = w.endsWith("ی") ? w + "‌ا" : w;
            FA_WORDS.putIfAbsent(stem + "م", e.getValue());
            FA_WORDS.putIfAbsent(stem + "مین", e.getValue());
        }
        FA_WORDS.put("سی‌ام", 30L);
        FA_WORDS.put("سی‌امین", 30L);
        FA_WORDS.put("اول", 1L);
        FA_WORDS.put("نخست", 1L);
        FA_WORDS.put("نخستین", 1L);
        FA_WORDS.put("اولین", 1L);
        FA_WORDS.put("دومین", 2L);
        FA_WORDS.put("سومین", 3L);
        FA_WORDS.put("دوبار", 2L);

        SCALES.put("thousand", 1_000L);
        SCALES.put("million", 1_000_000L);
        SCALES.put("billion", 1_000_000_000L);
        SCALES.put("trillion", 1_000_000_000_000L);
        SCALES.put("هزار", 1_000L);
        SCALES.put("میلیون", 1_000_000L);
        SCALES.put("میلیارد", 1_000_000_000L);
        SCALES.put("بیلیون", 1_000_000_000L);
        SCALES.put("تریلیون", 1_000_000_000_000L);
        for (Map<String, Long> words : List.of(EN_WORDS, FA_WORDS, SCALES)) {
            for (String w : words.keySet()) {
                FIRST[w.charAt(0)] = true;
                FIRST[Character.toUpperCase(w.charAt(0))] = true;
                int slot = slot(w);
                while (WORDS[slot] != null) {
                    slot = (slot + 1) & (WORDS.length - 1);
                }
                WORDS[slot] = w;
                SHAPES.set(shape(w.length(), w.charAt(0), w.charAt(w.length() - 1)));
            }
        }
    }

    /** {@link #wordAt} gives no word longer than this. */
    private static final int MAX_WORD = 12;

    /**
     * {@link Character#toLowerCase} of every character, or 0 for a capital outside ASCII, whose lower case in a
     * string may differ (İ, final Σ): computed once, as every word of a text is looked up letter by letter.
     */
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LOWER[c] = c >= 128 && Character.isUpperCase((char) c) ? 0 : Character.toLowerCase((char) c);
        }
    }

    /**
     * The number or scale word that the letters of {@code text} from {@code start} to {@code end} spell in lower
     * case, or null: {@code wordAt} looked up without making the word, as most words of a text start with a letter
     * some number word starts with.
     */
    private static String numberWordAt(char[] text, int start, int end) {
        if (end - start > MAX_WORD) {
            return null;
        }
        char first = LOWER[text[start]];
        char last = LOWER[text[end - 1]];
        // A capital outside ASCII (0) at either end takes the long way below. One inside the word cannot make it a
        // number word: no such capital lower-cases to letters of one (İ gives i and a combining dot).
        if (first != 0 && last != 0 && !SHAPES.get(shape(end - start, first, last))) {
            return null;
        }
        int h = 0;
        for (int k = start; k < end; k++) {
            char lower = LOWER[text[k]];
            if (lower == 0) {
                // Lower case outside ASCII may change the length: take the long way.
                String w = wordAt(text, start, end);
                return isNumberWord(w) ? w : null;
            }
            h = 31 * h + lower;
        }
        for (int slot = home(h); WORDS[slot] != null; slot = (slot + 1) & (WORDS.length - 1)) {
            String w = WORDS[slot];
            if (w.length() == end - start && sameLetters(w, text, start)) {
                return w;
            }
        }
        return null;
    }

    /** Whether {@code text} from {@code start} holds the letters of {@code word} in any case. */
    private static boolean sameLetters(String word, char[] text, int start) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != LOWER[text[start + k]]) {
                return false;
            }
        }
        return true;
    }

    /** A hash of a word's length and first and last letters in lower case: the table of {@link #SHAPES}. */
    private static int shape(int length, char first, char last) {
        return ((first * 31 + last) * 31 + length) & (SHAPE_BITS - 1);
    }

    /** The home slot of a word of lower-case letters. */
    private static int slot(String word) {
        int h = 0;
        for (int k = 0; k < word.length(); k++) {
            h = 31 * h + word.charAt(k);
        }
        return home(h);
    }

    private static int home(int hash) {
        return (hash ^ (hash >>> 16)) & (WORDS.length - 1);
    }

    /**
     * The numbers of {@code text} in order. {@code persian} says the text is Persian, where a single slash
     * between digits ({@code ۲/۵}) is the common decimal mark.
     */
    static List<Num> find(String text, boolean persian) {
        // An array, not String.charAt: every character is read at least once, most several times.
        return find(text.toCharArray(), persian);
    }

    private static List<Num> find(char[] text, boolean persian) {
        List<Num> out = new ArrayList<>(4);
        int n = text.length;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (Digits.isDigit(c)) {
                i = readDigits(text, i, persian, out);
            } else if (Letters.isLetter(c)) {
                int end = wordEnd(text, i);
                if (FIRST[c] && (i == 0 || !Character.isLetterOrDigit(text[i - 1]))
                        && numberWordAt(text, i, end) != null) {
                    int next = readWords(text, i, out);
                    i = Math.max(next, end);
                } else {
                    i = end;
                }
            } else {
                i++;
            }
        }
        scaledSums(text, out);
        yearRanges(text, out);
        return out;
    }

    /**
     * Joins a number that ends in a scale word to a smaller one after "و" or "and": Persian writes large amounts
     * so, in words, digits or both (دو میلیون و ۳۰۰ هزار, ۱ میلیارد و ۲۰۰ میلیون), which English gives as one
     * figure (2.3 million).
     */
    private static void scaledSums(char[] text, List<Num> out) {
        for (int k = out.size() - 2; k >= 0; k--) {
            Num a = out.get(k);
            Num b = out.get(k + 1);
            if (a.code() || b.code() || a.key() != null || b.key() != null || b.value() <= 0
                    || b.value() >= scaleEnding(text, a.end()) || !joinedByAnd(text, a.end(), b.start())) {
                continue;
            }
            out.set(k, new Num(a.value() + b.value(), a.start(), b.end(), a.soft() && b.soft(), false));
            out.remove(k + 1);
        }
    }

    /** The scale of the scale word that ends at {@code end} (میلیون, thousand), or 0. */
    private static long scaleEnding(char[] text, int end) {
        int start = end;
        while (start > 0 && Letters.isLetter(text[start - 1])) {
            start--;
        }
        Long scale = start < end ? SCALES.get(wordAt(text, start, end)) : null;
        return scale == null ? 0 : scale;
    }

    /** Whether only "و" or "and" between spaces lies between {@code from} and {@code to}. */
    private static boolean joinedByAnd(char[] text, int from, int to) {
        String between = new String(text, from, Math.max(0, to - from)).strip();
        return (between.equals("و") || between.equals("and")) && to - from > between.length() + 1;
    }

    /**
     * A range of years with the second shortened (2019–20, 1957–58) means the full second year: 2020, 1958, as
     * the other side may write it. Persian text may hold the range in right-to-left order (20–2019): the shortened
     * year comes first there.
     */
    private static void yearRanges(char[] text, List<Num> out) {
        for (int k = 1; k < out.size(); k++) {
            Num a = out.get(k - 1);
            Num b = out.get(k);
            if (a.soft() || b.soft() || b.start() != a.end() + 1
                    || !isDash(text[a.end()]) && !(text[a.end()] == '/' && !slashDate(text, a.start(), b.end()))) {
                continue;
            }
            if (isYear(a) && b.end() - b.start() == 2) {
                Num full = fullYear(a, b);
                if (full != null) {
                    out.set(k, full);
                }
            } else if (isYear(b) && a.end() - a.start() == 2 && isDash(text[a.end()])) {
                Num full = fullYear(b, a);
                if (full != null) {
                    out.set(k - 1, full);
                }
            }
        }
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    private static boolean isYear(Num n) {
        return n.end() - n.start() == 4 && n.value() >= 1000 && n.value() <= 2999;
    }

    /** The shortened year {@code yy} in full, after {@code year}; null if it cannot follow it. */
    private static Num fullYear(Num year, Num yy) {
        int y = (int) year.value();
        int last = (int) yy.value();
        if (yy.value() != last || last <= y % 100) {
            return null;
        }
        return new Num(y - y % 100 + last, yy.start(), yy.end(), false, yy.code(), yy.key());
    }

    private static int readDigits(char[] text, int start, boolean persian, List<Num> out) {
        int n = text.length;
        int i = start;
        // ".08%": a decimal written without its zero, after a space or a bracket, never after a word (a full stop).
        boolean leadingPoint = start > 0 && text[start - 1] == '.'
                && (start == 1 || !Character.isLetterOrDigit(text[start - 2]));
        double intPart = 0;
        int firstGroup = 0;
        while (i < n && Digits.isDigit(text[i])) {
            intPart = intPart * 10 + Digits.value(text[i]);
            i++;
            firstGroup++;
        }
        // Thousands groups: ٬ always; a comma only after a group of at most three digits and before exactly three.
        boolean grouped = false;
        while (i < n) {
            char sep = text[i];
            // Persian writers also group thousands with the Arabic comma: ۳۹،۷۶۸.
            boolean thousands = sep == '\u066C'
                    || ((sep == ',' || sep == '\u060C') && (grouped || firstGroup <= 3));
            if (!thousands || runOfDigits(text, i + 1) != 3) {
                break;
            }
            for (int k = i + 1; k < i + 4; k++) {
                intPart = intPart * 10 + Digits.value(text[k]);
            }
            grouped = true;
            i += 4;
        }
        double value = intPart;
        if (i < n) {
            char sep = text[i];
            int frac = runOfDigits(text, i + 1);
            boolean decimal = frac > 0 && (sep == '.' || sep == '\u066B'
                    || (persian && sep == '/' && frac <= 2 && !grouped && !slashDate(text, start, i + 1 + frac)));
            if (decimal) {
                double scale = 0.1;
                for (int k = i + 1; k < i + 1 + frac; k++) {
                    value += Digits.value(text[k]) * scale;
                    scale /= 10;
                }
                i += 1 + frac;
                // 1.2.3 is a version or a date, not a decimal: read the parts one by one.
                if (i < n && (text[i] == '.' || text[i] == '/') && runOfDigits(text, i + 1) > 0) {
                    value = intPart;
                    i = start + firstGroup;
                }
            }
        }
        if (leadingPoint && i == start + firstGroup) {
            value = intPart / Math.pow(10, firstGroup);
        }
        String key = null;
        // Whole hours: "8:00" says no more than "ساعت ۸".
        if (i + 3 <= n && text[i] == ':' && Digits.value(text[i + 1]) == 0
                && Digits.value(text[i + 2]) == 0 && (i + 3 == n || !Digits.isDigit(text[i + 3]))) {
            i += 3;
        } else if (firstGroup <= 2 && i == start + firstGroup && i + 3 <= n && text[i] == ':'
                && runOfDigits(text, i + 1) == 2) {
            // A clock time, ۷:۵۵ or 7:55: its two numbers carry the time, which 7.55am also names.
            key = clock((int) intPart, (int) (Digits.value(text[i + 1]) * 10 + Digits.value(text[i + 2])));
        } else if (!persian && firstGroup <= 2 && i == start + firstGroup + 3 && text[start + firstGroup] == '.'
                && meridiem(text, i)) {
            key = clock((int) intPart, (int) Math.round((value - intPart) * 100));
        }
        if (key == null && firstGroup == 2 && i == start + 2 && start > 1 && text[start - 1] == ':'
                && Digits.isDigit(text[start - 2]) && (start < 4 || !Digits.isDigit(text[start - 4]))) {
            int hour = Digits.value(text[start - 2]) + (start > 2 && Digits.isDigit(text[start - 3])
                    ? 10 * Digits.value(text[start - 3]) : 0);
            key = clock(hour, (int) intPart);
        }
        if (key == null) {
            key = slashPair(text, start, i, persian);
        }
        if (key == null) {
            key = decade(text, start, i, value, persian);
        }
        int end = i;
        int after = scaleAfter(text, i);
        if (after > 0) {
            long scale = SCALES.get(wordAt(text, after));
            value *= scale;
            end = wordEnd(text, after);
            // a scale of scales: ۳۰ هزار میلیارد is 30,000 billion, thirty trillion
            for (int next = scaleAfter(text, end); next > 0 && SCALES.get(wordAt(text, next)) > scale;
                    next = scaleAfter(text, end)) {
                scale = SCALES.get(wordAt(text, next));
                value *= scale;
                end = wordEnd(text, next);
            }
        } else {
            long glued = abbreviatedScale(text, start, i);
            if (glued > 0) {
                value *= glued;
                end = wordEnd(text, i);
            }
        }
        // In a Persian text, a number glued to a word of either script is part of a name too (کووید-19).
        boolean code = start > 0 && (persian ? Letters.isLetter(text[start - 1])
                || start > 1 && text[start - 1] == '-' && Letters.isLetter(text[start - 2])
                : isLatinLetter(text[start - 1])
                || start > 1 && text[start - 1] == '-' && isLatinLetter(text[start - 2]));
        out.add(new Num(value, leadingPoint ? start - 1 : start, end, false, code, key));
        return end;
    }

    private static String clock(int hour, int minute) {
        return "t" + hour % 12 + ":" + minute;
    }

    /** Whether am or pm (a.m., p.m.) follows, glued or after a space. */
    private static boolean meridiem(char[] text, int from) {
        int k = from;
        if (k < text.length && text[k] == ' ') {
            k++;
        }
        if (k + 1 >= text.length) {
            return false;
        }
        char a = Character.toLowerCase(text[k]);
        char m = Character.toLowerCase(text[k + 1] == '.' && k + 2 < text.length ? text[k + 2] : text[k + 1]);
        return (a == 'a' || a == 'p') && m == 'm';
    }

    /**
     * The key of a number that is one side of a slash pair (2/3, 24/7, 1968/69), whole digits on both sides and
     * no third part (a date): the pair as written in ASCII digits; or null.
     */
    private static String slashPair(char[] text, int start, int end, boolean persian) {
        int a = start;
        int b = end;
        if (end < text.length && text[end] == '/' && runOfDigits(text, end + 1) > 0) {
            b = end + 1 + runOfDigits(text, end + 1);
        } else if (start > 1 && text[start - 1] == '/' && Digits.isDigit(text[start - 2])) {
            a = start - 1;
            while (a > 0 && Digits.isDigit(text[a - 1])) {
                a--;
            }
        } else if (persian) {
            // The Persian reading took "۲/۳" as one decimal: find its slash inside.
            int slash = -1;
            for (int k = start; k < end; k++) {
                if (text[k] == '/') {
                    slash = k;
                }
            }
            if (slash < 0) {
                return null;
            }
        } else {
            return null;
        }
        if (a > 0 && (text[a - 1] == '/' || text[a - 1] == '.') || b < text.length && text[b] == '/') {
            return null;
        }
        StringBuilder k = new StringBuilder("s");
        for (int i = a; i < b; i++) {
            k.append(Digits.isDigit(text[i]) ? (char) ('0' + Digits.value(text[i])) : text[i]);
        }
        return k.indexOf("/") < 0 || k.indexOf(".") >= 0 ? null : k.toString();
    }

    /**
     * The key of a decade, or null: English 1930s, '30s or 30s (the digits and an s), Persian دهه ۳۰ or دهه ۱۹۳۰.
     */
    private static String decade(char[] text, int start, int end, double value, boolean persian) {
        if (value != Math.rint(value) || value % 10 != 0) {
            return null;
        }
        if (persian) {
            int k = start - 1;
            while (k >= 0 && (text[k] == ' ' || text[k] == '\u200C')) {
                k--;
            }
            boolean after = k >= 2 && text[k] == 'ه' && text[k - 1] == 'ه' && text[k - 2] == 'د'
                    && (k == 2 || !Letters.isLetter(text[k - 3]));
            return after ? "d" + (long) value % 100 : null;
        }
        int k = end;
        if (k < text.length && (text[k] == '\'' || text[k] == '\u2019')) {
            k++;
        }
        if (k >= text.length || text[k] != 's') {
            return null;
        }
        return k + 1 >= text.length || !Letters.isLetter(text[k + 1]) ? "d" + (long) value % 100 : null;
    }

    /**
     * The scale of an abbreviation glued to an amount (£2.8bn, $125m, €40k, 3tn), or 0. Alone, m means metres and k
     * a thousand of anything: they count only after a currency sign.
     */
    private static long abbreviatedScale(char[] text, int start, int end) {
        int wEnd = wordEnd(text, end);
        if (wEnd == end || wEnd - end > 3) {
            return 0;
        }
        String w = new String(text, end, wEnd - end).toLowerCase(java.util.Locale.ROOT);
        boolean currency = start > 0 && "£$€¥".indexOf(text[start - 1]) >= 0;
        return switch (w) {
            case "bn" -> 1_000_000_000L;
            case "tn", "trn" -> 1_000_000_000_000L;
            case "m", "mn" -> currency ? 1_000_000L : 0;
            case "b" -> currency ? 1_000_000_000L : 0;
            case "k" -> currency ? 1_000L : 0;
            default -> 0;
        };
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Whether the digits around a slash at {@code ... end} look like a date (another slash group before/after). */
    private static boolean slashDate(char[] text, int start, int end) {
        if (end < text.length && text[end] == '/' && runOfDigits(text, end + 1) > 0) {
            return true;
        }
        return start > 1 && text[start - 1] == '/' && Digits.isDigit(text[start - 2]);
    }

    private static int runOfDigits(char[] text, int from) {
        int k = from;
        while (k < text.length && Digits.isDigit(text[k])) {
            k++;
        }
        return k - from;
    }

    /** The start of a scale word (thousand, میلیون) right after a number, or -1. */
    private static int scaleAfter(char[] text, int from) {
        int k = from;
        // "$300+ billion": at least 300 billion, the amount of بیش از ۳۰۰ میلیارد.
        while (k < text.length && (text[k] == ' ' || text[k] == '\u00A0' || text[k] == '-' || text[k] == '+')) {
            k++;
        }
        if (k >= text.length || !Letters.isLetter(text[k])) {
            return -1;
        }
        String word = numberWordAt(text, k, wordEnd(text, k));
        return word != null && SCALES.containsKey(word) ? k : -1;
    }

    /** The Persian ordinal words (یکم, دوم, اول, سی‌ام) with their values, as the number words list them. */
    static Map<String, Long> persianOrdinals() {
        Map<String, Long> out = new HashMap<>();
        FA_WORDS.forEach((word, value) -> {
            if (word.endsWith("م") && !word.endsWith("مین") || word.equals("اول")) {
                out.put(word, value);
            }
        });
        return out;
    }

    /** Reads a run of number words starting at {@code start}, a number word; returns where reading stopped. */
    private static int readWords(char[] text, int start, List<Num> out) {
        double total = 0;
        double current = 0;
        boolean joined = false;
        int i = start;
        int end = start;
        while (i < text.length) {
            int wEnd = wordEnd(text, i);
            String word = wordAt(text, i, wEnd);
            Long unit = EN_WORDS.containsKey(word) ? EN_WORDS.get(word) : FA_WORDS.get(word);
            Long scale = SCALES.get(word);
            // Units join without "and" only as tens and a unit (twenty five); یک صفر is a score, two numbers.
            if (unit != null && current != 0 && !joined && unit != 100
                    && !(current % 100 == 0 && unit < 100
                            || current % 100 >= 20 && current % 10 == 0 && unit < 10)) {
                break;
            }
            joined = false;
            if (unit != null) {
                if (unit == 100 && word.equals("hundred")) {
                    current = (current == 0 ? 1 : current) * 100;
                } else {
                    current += unit;
                }
            } else if (scale != null) {
                total += (current == 0 ? 1 : current) * scale;
                current = 0;
            } else {
                break;
            }
            end = wEnd;
            // Joiners inside a spelled number: "twenty-five", "one hundred and five", "بیست و پنج".
            int k = wEnd;
            while (k < text.length && (text[k] == ' ' || text[k] == '-')) {
                k++;
            }
            int jEnd = k < text.length ? wordEnd(text, k) : k;
            String joiner = wordAt(text, k, jEnd);
            if (joiner.equals("and") || joiner.equals("و")) {
                joined = true;
                k = jEnd;
                while (k < text.length && text[k] == ' ') {
                    k++;
                }
                if (k >= text.length || !isNumberWord(wordAt(text, k, wordEnd(text, k)))) {
                    break;
                }
            }
            if (k == wEnd || k >= text.length || !Letters.isLetter(text[k])) {
                break;
            }
            i = k;
        }
        out.add(new Num(total + current, start, end, true, false));
        return end;
    }

    private static boolean isNumberWord(String w) {
        return EN_WORDS.containsKey(w) || FA_WORDS.containsKey(w) || SCALES.containsKey(w);
    }

    private static int wordEnd(char[] text, int start) {
        int k = start;
        while (k < text.length && (Letters.isLetter(text[k]) || text[k] == '\u200C')) {
            k++;
        }
        return k;
    }

    private static String wordAt(char[] text, int start) {
        return wordAt(text, start, wordEnd(text, start));
    }

    private static String wordAt(char[] text, int start, int end) {
        if (end - start > MAX_WORD) {
            return "";
        }
        String w = new String(text, start, end - start);
        for (int k = 0; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k))) {
                return w.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return w;
    }
}

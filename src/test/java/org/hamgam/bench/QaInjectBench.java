package org.hamgam.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamgam.io.QaInputReader;
import org.hamgam.model.Issue;
import org.hamgam.model.Severity;
import org.hamgam.model.QaPair;
import org.hamgam.qa.QaRunner;

/**
 * Real problems a reviewer of news translations must see, injected into clean TICO-19 pairs of one part (pairs with
 * no finding at warning or error), and how many the checks raise at warning or error: a wrong number, an omitted
 * number, doubled punctuation (team.,), a name misspelled by a doubled or undoubled letter against the source's
 * transliteration (Miler for میلر), and, added to both sides as a clause, a wrong unit conversion, a figure kept
 * with the unit changed, and numbers of a score in another order. Correct conversions added the same way count
 * the false alarms of the conversion check. Omissions: a sentence of a multi-sentence English dropped, and another
 * clean pair's Persian sentence added after the source without its English. Run:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hamgam.bench.QaInjectBench
 * [--part=dev|test] [--cases=N] [--no-lt]}.
 */
public final class QaInjectBench {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,-])\\d+(?:[.,]\\d+)?(?![\\w-])");
    private static final Pattern WORD = Pattern.compile("\\b[A-Z][a-z]{3,}\\b");

    private QaInjectBench() {
    }

    public static void main(String[] args) throws IOException {
        String which = "test";
        int cases = 100;
        boolean lt = true;
        for (String a : args) {
            if (a.startsWith("--part=")) {
                which = a.substring("--part=".length());
            } else if (a.startsWith("--cases=")) {
                cases = Integer.parseInt(a.substring("--cases=".length()));
            } else if (a.equals("--no-lt")) {
                lt = false;
            } else {
                throw new IllegalArgumentException(a);
            }
        }
        Map<String, List<QaPair>> docs = new LinkedHashMap<>();
        for (QaPair p : QaInputReader.read(BenchData.shared().resolve("data/tico19/all.en-fa.tmx"))) {
            docs.computeIfAbsent(p.id().substring(0, p.id().indexOf(':')), d -> new ArrayList<>()).add(p);
        }
        QaRunner fast = QaRunner.withoutLanguageTool();
        QaRunner full = lt ? QaRunner.standard(Set.of()) : fast;
        List<QaPair> clean = new ArrayList<>();
        int index = 0;
        for (List<QaPair> d : docs.values()) {
            boolean dev = index++ % 2 == 0;
            if (dev != which.equals("dev")) {
                continue;
            }
            Set<String> flagged = new java.util.HashSet<>();
            for (Issue i : fast.run(d)) {
                if (i.severity() != Severity.INFO) {
                    flagged.add(i.segment());
                }
            }
            d.stream().filter(p -> !flagged.contains(p.id())).forEach(clean::add);
        }
        System.out.println(which + ".clean_pairs: " + clean.size());
        Map<String, BiFunction<QaPair, Random, QaPair>> kinds = new LinkedHashMap<>();
        kinds.put("wrong_number", QaInjectBench::wrongNumber);
        kinds.put("omitted_number", QaInjectBench::omittedNumber);
        kinds.put("doubled_punctuation", QaInjectBench::doubledPunctuation);
        kinds.put("wrong_conversion", (p, r) -> conversion(p, r, Mode.WRONG));
        kinds.put("unit_changed_not_converted", (p, r) -> conversion(p, r, Mode.UNCONVERTED));
        kinds.put("score_in_another_order", QaInjectBench::scoreOrder);
        kinds.put("sentence_of_target_left_out", QaInjectBench::targetSentenceLeftOut);
        kinds.put("source_sentence_untranslated", (p, r) -> sourceSentenceUntranslated(p, clean, r));
        if (lt) {
            kinds.put("name_misspelt_by_doubling", QaInjectBench::nameDoubling);
        }
        int raisedAll = 0;
        int casesAll = 0;
        for (Map.Entry<String, BiFunction<QaPair, Random, QaPair>> k : kinds.entrySet()) {
            Random random = new Random(k.getKey().hashCode());
            boolean needsLt = k.getKey().startsWith("name");
            int[] r = measure(clean, random, k.getValue(), needsLt ? full : fast, cases, true);
            raisedAll += r[0];
            casesAll += r[1];
            System.out.printf(Locale.ROOT, "%s.%s: raised at warning or error %d of %d (%.2f)%n", which, k.getKey(),
                    r[0], r[1], r[0] / (double) Math.max(1, r[1]));
        }
        System.out.printf(Locale.ROOT, "%s.all_injected: raised at warning or error %d of %d (%.3f)%n", which,
                raisedAll, casesAll, raisedAll / (double) Math.max(1, casesAll));
        int[] right = measure(clean, new Random(7), (p, r) -> conversion(p, r, Mode.RIGHT), fast, cases, false);
        System.out.printf(Locale.ROOT, "%s.right_conversion_added: flagged at warning or error %d of %d%n", which,
                right[0], right[1]);
    }

    /** {raised, cases}: pairs changed by {@code inject} that the runner flags at warning or error. */
    private static int[] measure(List<QaPair> clean, Random random, BiFunction<QaPair, Random, QaPair> inject,
                                 QaRunner runner, int cases, boolean show) {
        List<QaPair> bad = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < clean.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        for (int i : order) {
            QaPair b = inject.apply(clean.get(i), random);
            if (b != null) {
                bad.add(b);
                if (bad.size() == cases) {
                    break;
                }
            }
        }
        int raised = 0;
        for (QaPair b : bad) {
            boolean hit = runner.run(List.of(b)).stream().anyMatch(i -> i.severity() != Severity.INFO);
            raised += hit ? 1 : 0;
            if (show != hit && System.getProperty("qa.inject.show") != null) {
                System.out.println((show ? "  missed: " : "  false alarm: ") + b.id() + " | " + b.source() + " | "
                        + b.target());
            }
        }
        return new int[] {raised, bad.size()};
    }

    private static QaPair with(QaPair p, String source, String target) {
        return QaPair.of(p.id(), source, target);
    }

    private static QaPair wrongNumber(QaPair p, Random random) {
        List<int[]> spans = spans(NUMBER.matcher(p.target()));
        if (spans.isEmpty()) {
            return null;
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        String n = p.target().substring(s[0], s[1]);
        // A typical slip: one digit changed, or two neighbours swapped (1967 for 1976).
        char[] c = n.toCharArray();
        int k = random.nextInt(c.length);
        while (!Character.isDigit(c[k])) {
            k = (k + 1) % c.length;
        }
        if (k + 1 < c.length && Character.isDigit(c[k + 1]) && c[k] != c[k + 1] && random.nextBoolean()) {
            char t = c[k];
            c[k] = c[k + 1];
            c[k + 1] = t;
        } else {
            c[k] = (char) ('0' + (c[k] - '0' + 1 + random.nextInt(8)) % 10);
        }
        if (k == 0 && c[0] == '0') {
            c[0] = '1';
        }
        return with(p, p.source(), p.target().substring(0, s[0]) + new String(c) + p.target().substring(s[1]));
    }

    private static QaPair omittedNumber(QaPair p, Random random) {
        List<int[]> spans = spans(NUMBER.matcher(p.target()));
        if (spans.isEmpty()) {
            return null;
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        String t = p.target();
        int end = s[1] < t.length() && t.charAt(s[1]) == ' ' ? s[1] + 1 : s[1];
        return with(p, p.source(), t.substring(0, s[0]) + t.substring(end));
    }

    private static final Pattern TARGET_SENTENCE_END = Pattern.compile("(?<=[a-z0-9)\"'][.!?])\\s+(?=[A-Z])");

    /** A pair whose English has two sentences or more with one of them, a quarter of its letters or more, dropped. */
    private static QaPair targetSentenceLeftOut(QaPair p, Random random) {
        String[] sentences = TARGET_SENTENCE_END.split(p.target());
        if (sentences.length < 2) {
            return null;
        }
        int k = random.nextInt(sentences.length);
        if (sentences[k].length() < p.target().length() / 4) {
            return null;
        }
        List<String> kept = new ArrayList<>(List.of(sentences));
        kept.remove(k);
        return with(p, p.source(), String.join(" ", kept));
    }

    /** Another clean pair's Persian sentence added after the source, its English not: a sentence left untranslated. */
    private static QaPair sourceSentenceUntranslated(QaPair p, List<QaPair> clean, Random random) {
        QaPair other = clean.get(random.nextInt(clean.size()));
        String first = p.source().strip();
        String added = other.source().strip();
        if (other == p || !first.matches("(?s).*[.!؟]") || added.length() < first.length() / 3) {
            return null;
        }
        return with(p, first + " " + added, p.target());
    }

    private static QaPair doubledPunctuation(QaPair p, Random random) {
        String t = p.target();
        int comma = t.indexOf(", ");
        if (comma > 0 && Character.isLetter(t.charAt(comma - 1)) && random.nextBoolean()) {
            return with(p, p.source(), t.substring(0, comma) + ".," + t.substring(comma + 1));
        }
        // After a word of four lower-case letters or more: a point after an abbreviation may take a comma.
        if (t.matches("(?s).*\\s[a-z]{4,}\\.")) {
            return with(p, p.source(), t + (random.nextBoolean() ? "," : "."));
        }
        return null;
    }

    private enum Mode { RIGHT, WRONG, UNCONVERTED }

    /** Units with their Persian and English names and the factor from the English unit to the Persian one. */
    private static final String[][] UNITS = {
        {"کیلوگرم", "pounds", "0.45359237"}, {"کیلومتر", "miles", "1.609344"}, {"سانتیمتر", "inches", "2.54"},
        {"متر", "feet", "0.3048"}, {"درجه سانتیگراد", "°F", "F"}};

    /** A clause with a measure added to both sides: converted right, wrong, or the figure kept. */
    private static QaPair conversion(QaPair p, Random random, Mode mode) {
        String[] u = UNITS[random.nextInt(UNITS.length)];
        int english = 20 + random.nextInt(480);
        double converted = u[2].equals("F") ? (english - 32) * 5 / 9.0 : english * Double.parseDouble(u[2]);
        long persian = switch (mode) {
            case RIGHT -> Math.round(converted);
            case WRONG -> Math.round(converted * (random.nextBoolean() ? 1.3 : 0.7)) + 3;
            case UNCONVERTED -> english;
        };
        if (mode == Mode.UNCONVERTED && Math.abs(converted - english) < 0.2 * english) {
            return null;
        }
        String unitEn = u[1].equals("°F") ? "°F" : " " + u[1];
        return with(p, p.source() + " (اندازه: " + persian + " " + u[0] + ")",
                p.target() + " (measure: " + english + unitEn + ")");
    }

    private static QaPair scoreOrder(QaPair p, Random random) {
        int a = 1 + random.nextInt(6);
        int b = random.nextInt(a);
        int c = random.nextInt(a);
        if (b == a && c == a) {
            return null;
        }
        return with(p, p.source() + " (نتیجه: " + a + "-" + b + "-" + c + ")",
                p.target() + " (result: " + c + "-" + b + "-" + a + ")");
    }

    /**
     * A name of the target that the source writes by its sound, misspelt by writing a letter twice or a doubled
     * letter once: the slip Persian script cannot show.
     */
    private static QaPair nameDoubling(QaPair p, Random random) {
        Set<String> sounds = org.hamgam.qa.TransliterationProbe.skeletons(p.source());
        Matcher m = WORD.matcher(p.target());
        while (m.find()) {
            String name = m.group();
            if (m.start() == 0 || !org.hamgam.qa.TransliterationProbe.writtenIn(name, sounds)) {
                continue;
            }
            String wrong = null;
            for (int k = 1; k < name.length(); k++) {
                if (name.charAt(k) == name.charAt(k - 1)) {
                    wrong = name.substring(0, k) + name.substring(k + 1);
                }
            }
            if (wrong == null) {
                int k = 1 + random.nextInt(name.length() - 1);
                char c = name.charAt(k);
                if ("aeiou".indexOf(c) >= 0) {
                    continue;
                }
                wrong = name.substring(0, k + 1) + c + name.substring(k + 1);
            }
            return with(p, p.source(), p.target().substring(0, m.start()) + wrong + p.target().substring(m.end()));
        }
        return null;
    }

    private static List<int[]> spans(Matcher m) {
        List<int[]> out = new ArrayList<>();
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}

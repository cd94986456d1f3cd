package org.hamgam.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.hamgam.align.AlignerOptions;
import org.hamgam.align.Aligners;
import org.hamgam.align.Dictionary;
import org.hamgam.align.Alignment;
import org.hamgam.align.SentenceAligner;
import org.hamgam.model.Bead;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;

/**
 * Long pairs, one sentence a line, 1-1 throughout: all of TICO-19 (3,071 pairs) in document order, and two and four
 * times as long built from its documents cut into chunks of 10 to 40 pairs and shuffled. Each length three ways: as
 * TICO-19 gives it; with little to anchor on, the Persian side without digits and Latin-script words (numbers,
 * cognates and acronyms then never match, and only transliterated names, chance look-alikes among them, give
 * anchors); and misleading, those words moved to random other Persian sentences, so that anchors point anywhere. Prints strict F1 and the median thread CPU time of three runs, with plain Gale–Church (a full table)
 * beside it where it fits in memory. {@code -Dbench.times=1,2} measures only those lengths;
 * {@code -Dbench.undictionaried=true} adds the standard aligner without its shipped word list ({@link Dictionary}).
 */
public final class LongTextBench {
    private static final Pattern LATIN_OR_DIGITS = Pattern.compile("[\\p{IsLatin}0-9۰-۹٠-٩]+([.,:/-][\\p{IsLatin}0-9۰-۹٠-٩]+)*");
    static final long SEED = 20250301L;
    static final int RUNS = 3;

    private LongTextBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String[]> all = new ArrayList<>();
        List<List<String[]>> chunks = new ArrayList<>();
        Random random = new Random(SEED);
        for (List<String[]> doc : BenchData.tico().values()) {
            all.addAll(doc);
            for (int from = 0; from < doc.size(); ) {
                int to = Math.min(doc.size(), from + 10 + random.nextInt(31));
                chunks.add(doc.subList(from, to));
                from = to;
            }
        }
        SentenceAligner standard = Aligners.standard();
        SentenceAligner galeChurch = new GaleChurchBaseline();
        // -Dbench.undictionaried=true: the standard aligner without the shipped word list too, to see what it costs
        SentenceAligner withoutList = Boolean.getBoolean("bench.undictionaried")
                ? Aligners.standard(AlignerOptions.defaults().withDictionary(Dictionary.empty())) : null;
        // Warm the JIT up on a pair of its own.
        standard.align(BenchData.segments("w", column(all.subList(0, 1500), 0), Lang.FA),
                BenchData.segments("w", column(all.subList(0, 1500), 1), Lang.EN));
        // -Dbench.times=1,2: only these lengths
        int[] lengths = java.util.Arrays.stream(System.getProperty("bench.times", "1,2,4").split(","))
                .mapToInt(x -> Integer.parseInt(x.strip())).toArray();
        for (int times : lengths) {
            List<String[]> pairs = new ArrayList<>(all);
            for (int k = 1; k < times; k++) {
                List<List<String[]>> round = new ArrayList<>(chunks);
                Collections.shuffle(round, random);
                round.forEach(pairs::addAll);
            }
            for (String kind : List.of("plain", "sparse", "misleading")) {
                List<String> fa = column(pairs, 0);
                if (kind.equals("sparse")) {
                    fa.replaceAll(s -> LATIN_OR_DIGITS.matcher(s).replaceAll("").replaceAll("\\s+", " ").strip());
                } else if (kind.equals("misleading")) {
                    fa = misleading(fa, random);
                }
                List<Segment> source = BenchData.segments("long", fa, Lang.FA);
                List<Segment> target = BenchData.segments("long", column(pairs, 1), Lang.EN);
                List<Bead> gold = new ArrayList<>();
                for (int i = 0; i < pairs.size(); i++) {
                    gold.add(new Bead(List.of(i), List.of(i), 1));
                }
                String name = "long." + times + "x." + kind;
                System.out.println(name + ".sentences: " + source.size() + "x" + target.size());
                measure(name + ".standard", standard, source, target, gold);
                if (withoutList != null) {
                    measure(name + ".standard_without_dictionary", withoutList, source, target, gold);
                }
                if ((long) source.size() * target.size() <= 40_000_000L) {
                    measure(name + ".galechurch", galeChurch, source, target, gold);
                }
            }
        }
    }

    private static void measure(String name, SentenceAligner aligner, List<Segment> source, List<Segment> target,
                                List<Bead> gold) {
        var threads = ManagementFactory.getThreadMXBean();
        List<Double> cpu = new ArrayList<>();
        Alignment a = null;
        for (int r = 0; r < RUNS; r++) {
            long start = threads.getCurrentThreadCpuTime();
            a = aligner.align(source, target);
            cpu.add((threads.getCurrentThreadCpuTime() - start) / 1e9);
        }
        Collections.sort(cpu);
        AlignmentScore score = new AlignmentScore();
        score.add(gold, a.beads());
        System.out.println(name + ".cpu_seconds_median: " + String.format(Locale.ROOT, "%.2f", cpu.get(RUNS / 2)));
        System.out.println(name + ".strict.f1: " + String.format(Locale.ROOT, "%.4f", score.strictF1()));
        System.out.println(name + ".warnings: " + a.warnings().size());
    }

    /**
     * The Persian side with the digits and Latin-script words of each sentence swapped for those of a random other
     * sentence: every number, acronym and Latin name then points somewhere else in the document.
     */
    private static List<String> misleading(List<String> fa, Random random) {
        List<List<String>> tokens = new ArrayList<>();
        for (String s : fa) {
            List<String> found = new ArrayList<>();
            LATIN_OR_DIGITS.matcher(s).results().forEach(r -> found.add(r.group()));
            tokens.add(found);
        }
        Collections.shuffle(tokens, random);
        List<String> out = new ArrayList<>(fa.size());
        for (int i = 0; i < fa.size(); i++) {
            String bare = LATIN_OR_DIGITS.matcher(fa.get(i)).replaceAll("").replaceAll("\\s+", " ").strip();
            out.add((bare + " " + String.join(" ", tokens.get(i))).strip());
        }
        return out;
    }

    private static List<String> column(List<String[]> pairs, int k) {
        List<String> out = new ArrayList<>(pairs.size());
        for (String[] p : pairs) {
            out.add(p[k]);
        }
        return out;
    }
}

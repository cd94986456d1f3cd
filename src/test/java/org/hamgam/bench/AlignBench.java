package org.hamgam.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamgam.align.AlignerOptions;
import org.hamgam.align.Aligners;
import org.hamgam.align.Alignment;
import org.hamgam.io.BeadFormat;
import org.hamgam.align.SentenceAligner;
import org.hamgam.model.Bead;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;

/**
 * Alignment benchmark: Sennrich–Volk strict and lax P/R/F1 of the standard aligner (with and without the second
 * pass) and of plain Gale–Church on textberg-dev (de–fr, also each half of the file on its own) and on perturbed
 * TICO-19 documents (fa–en), split into the documents used for tuning and those reported; then speed at 10,000 × 10,000 and memory at
 * 20,000 × 20,000 sentences. Run with {@code -Xmx1g} to check the memory bound. Arguments: {@code quality},
 * {@code speed}, {@code memory} (default: all), and {@code repeat=N} to time the speed case N times.
 */
public final class AlignBench {
    public static final double MERGE = 0.08;
    public static final double DROP = 0.04;
    public static final long SEED = 20110101L;

    private AlignBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> what = args.length == 0 ? List.of("quality", "speed", "memory") : List.of(args);
        int repeat = 1;
        for (String a : what) {
            if (a.startsWith("repeat=")) {
                repeat = Integer.parseInt(a.substring("repeat=".length()));
            }
        }
        Map<String, SentenceAligner> aligners = new java.util.LinkedHashMap<>();
        aligners.put("standard", Aligners.standard());
        aligners.put("firstpass", Aligners.standard(new AlignerOptions(0.5, false)));
        aligners.put("galechurch", new GaleChurchBaseline());
        if (what.contains("quality")) {
            quality(aligners);
        }
        if (what.contains("speed")) {
            speed(aligners.get("standard"), 10_000, repeat);
        }
        if (what.contains("memory")) {
            memory(aligners.get("standard"), 20_000);
        }
    }

    /** Tuning documents: every third TICO document in name order; the others are reported as held out. */
    public static boolean isTuning(int docIndex) {
        return docIndex % 3 == 0;
    }

    static void quality(Map<String, SentenceAligner> aligners) throws Exception {
        Path dev = BenchData.shared().resolve("data/textberg-dev");
        List<Segment> de = BenchData.segments("dev", BenchData.lines(dev.resolve("dev.de")), Lang.OTHER);
        List<Segment> fr = BenchData.segments("dev", BenchData.lines(dev.resolve("dev.fr")), Lang.OTHER);
        List<Bead> gold = BeadFormat.parse(Files.readString(dev.resolve("dev.defr"), StandardCharsets.UTF_8));
        print("defr.sentences", de.size() + "x" + fr.size());
        for (var e : aligners.entrySet()) {
            AlignmentScore score = new AlignmentScore();
            Alignment a = e.getValue().align(de, fr);
            score.add(gold, a.beads());
            print("defr." + e.getKey() + ".beads_hash", fingerprint(a));
            System.out.println(score.report("defr." + e.getKey()));
            List<AlignmentScore> halves = halves(gold, a.beads());
            for (int h = 0; h < 2; h++) {
                print("defr." + e.getKey() + ".half" + (h + 1) + ".strict.f1",
                        String.format(Locale.ROOT, "%.4f", halves.get(h).strictF1()));
                print("defr." + e.getKey() + ".half" + (h + 1) + ".lax.f1",
                        String.format(Locale.ROOT, "%.4f", halves.get(h).laxF1()));
            }
            if (e.getKey().equals("standard")) {
                print("defr.standard.quality", String.format(Locale.ROOT, "%.3f", a.quality()));
                Flags flags = new Flags();
                flags.add(gold, a.beads());
                flags.print("defr.standard");
            }
        }

        Map<String, List<String[]>> tico = BenchData.tico();
        List<BenchData.Pair> tune = new ArrayList<>();
        List<BenchData.Pair> held = new ArrayList<>();
        int k = 0;
        for (var e : tico.entrySet()) {
            BenchData.Pair p = BenchData.perturb(e.getKey(), e.getValue(), MERGE, DROP, SEED + k);
            (isTuning(k) ? tune : held).add(p);
            k++;
        }
        print("faen.tune.documents", tune.size() + " (" + count(tune) + " gold beads)");
        print("faen.heldout.documents", held.size() + " (" + count(held) + " gold beads)");
        for (var e : aligners.entrySet()) {
            for (var split : List.of(Map.entry("tune", tune), Map.entry("heldout", held))) {
                AlignmentScore score = new AlignmentScore();
                Flags flags = new Flags();
                long hash = 0;
                for (BenchData.Pair p : split.getValue()) {
                    Alignment a = e.getValue().align(p.source(), p.target());
                    score.add(p.gold(), a.beads());
                    flags.add(p.gold(), a.beads());
                    hash = hash * 31 + a.beads().hashCode();
                }
                System.out.println(score.report("faen." + split.getKey() + "." + e.getKey()));
                print("faen." + split.getKey() + "." + e.getKey() + ".beads_hash", Long.toHexString(hash));
                if (e.getKey().equals("standard")) {
                    flags.print("faen." + split.getKey() + ".standard");
                }
            }
        }
    }

    /**
     * Scores of the two halves of one document: the gold beads are split at the middle bead, and each test bead
     * goes to the half where its first sentence lies (its first source sentence, or for a 0-1 bead its target
     * sentence), so a bead that straddles the split counts as wrong in the half it starts in.
     */
    static List<AlignmentScore> halves(List<Bead> gold, List<Bead> test) {
        int middle = gold.size() / 2;
        Bead split = gold.get(middle);
        int sourceSplit = split.source().isEmpty() ? firstSourceAfter(gold, middle) : split.source().get(0);
        int targetSplit = split.target().isEmpty() ? firstTargetAfter(gold, middle) : split.target().get(0);
        List<Bead> first = new ArrayList<>();
        List<Bead> second = new ArrayList<>();
        for (Bead b : test) {
            boolean inFirst = !b.source().isEmpty() ? b.source().get(0) < sourceSplit
                    : b.target().get(0) < targetSplit;
            (inFirst ? first : second).add(b);
        }
        AlignmentScore one = new AlignmentScore();
        one.add(gold.subList(0, middle), first);
        AlignmentScore two = new AlignmentScore();
        two.add(gold.subList(middle, gold.size()), second);
        return List.of(one, two);
    }

    private static int firstSourceAfter(List<Bead> gold, int from) {
        for (int k = from; k < gold.size(); k++) {
            if (!gold.get(k).source().isEmpty()) {
                return gold.get(k).source().get(0);
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int firstTargetAfter(List<Bead> gold, int from) {
        for (int k = from; k < gold.size(); k++) {
            if (!gold.get(k).target().isEmpty()) {
                return gold.get(k).target().get(0);
            }
        }
        return Integer.MAX_VALUE;
    }

    /** How well the review flag (confidence below 0.5) separates wrong beads from right ones. */
    static final class Flags {
        private int flaggedWrong;
        private int flaggedRight;
        private int unflaggedWrong;
        private int unflaggedRight;

        void add(List<Bead> gold, List<Bead> test) {
            java.util.Set<String> right = new java.util.HashSet<>();
            gold.forEach(b -> right.add(b.notation()));
            for (Bead b : test) {
                boolean ok = right.contains(b.notation());
                boolean flagged = b.score() < 0.5;
                if (flagged) {
                    if (ok) {
                        flaggedRight++;
                    } else {
                        flaggedWrong++;
                    }
                } else if (ok) {
                    unflaggedRight++;
                } else {
                    unflaggedWrong++;
                }
            }
        }

        void print(String prefix) {
            int wrong = flaggedWrong + unflaggedWrong;
            int flagged = flaggedWrong + flaggedRight;
            print(prefix + ".beads_flagged", flagged + " of " + (flagged + unflaggedWrong + unflaggedRight));
            print(prefix + ".wrong_beads_flagged", flaggedWrong + " of " + wrong);
            print(prefix + ".flagged_that_are_wrong", String.format(Locale.ROOT, "%.3f",
                    flagged == 0 ? 0 : (double) flaggedWrong / flagged));
        }

        private static void print(String name, String value) {
            System.out.println(name + ": " + value);
        }
    }

    private static int count(List<BenchData.Pair> pairs) {
        return pairs.stream().mapToInt(p -> p.gold().size()).sum();
    }

    static BenchData.Pair synthetic(int size) throws Exception {
        List<String[]> pairs = BenchData.repeated(BenchData.tico(), (int) Math.round(size * 1.05), SEED);
        BenchData.Pair p = BenchData.perturb("synthetic", pairs, MERGE, DROP, SEED);
        List<Segment> s = p.source().subList(0, Math.min(size, p.source().size()));
        List<Segment> t = p.target().subList(0, Math.min(size, p.target().size()));
        return new BenchData.Pair("synthetic", s, t, List.of());
    }

    /** Times the alignment {@code repeat} times in the same JVM and also prints the median thread CPU time. */
    static void speed(SentenceAligner aligner, int size, int repeat) throws Exception {
        List<Double> cpu = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            cpu.add(speed(aligner, size));
        }
        if (repeat > 1) {
            java.util.Collections.sort(cpu);
            print("speed.cpu_seconds_median", String.format(Locale.ROOT, "%.2f", cpu.get(repeat / 2)));
        }
    }

    static double speed(SentenceAligner aligner, int size) throws Exception {
        BenchData.Pair p = synthetic(size);
        // Warm up the JIT on a smaller pair first.
        aligner.align(p.source().subList(0, 2000), p.target().subList(0, 2000));
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long process = os.getProcessCpuTime();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Alignment a = aligner.align(p.source(), p.target());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double processSeconds = (os.getProcessCpuTime() - process) / 1e9;
        print("speed.sentences", p.source().size() + "x" + p.target().size());
        print("speed.seconds", String.format(Locale.ROOT, "%.2f", seconds));
        print("speed.cpu_seconds", String.format(Locale.ROOT, "%.2f", cpuSeconds));
        // Includes the garbage collector's and the compiler's threads.
        print("speed.process_cpu_seconds", String.format(Locale.ROOT, "%.2f", processSeconds));
        print("speed.beads", String.valueOf(a.beads().size()));
        print("speed.beads_hash", fingerprint(a));
        return cpuSeconds;
    }

    static void memory(SentenceAligner aligner, int size) throws Exception {
        BenchData.Pair p = synthetic(size);
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        Alignment a = aligner.align(p.source(), p.target());
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        print("memory.sentences", p.source().size() + "x" + p.target().size());
        print("memory.max_heap_mb", String.valueOf(Runtime.getRuntime().maxMemory() >> 20));
        print("memory.peak_heap_mb", String.valueOf(peak >> 20));
        print("memory.seconds", String.format(Locale.ROOT, "%.2f", seconds));
        print("memory.beads", String.valueOf(a.beads().size()));
        print("memory.beads_hash", fingerprint(a));
    }

    /** The hash of the beads with their probabilities: equal fingerprints mean the same alignment, bit for bit. */
    private static String fingerprint(Alignment a) {
        return Integer.toHexString(a.beads().hashCode());
    }

    private static void print(String name, String value) {
        System.out.println(name + ": " + value);
    }
}

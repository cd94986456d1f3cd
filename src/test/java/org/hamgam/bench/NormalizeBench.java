package org.hamgam.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hamgam.text.LexiconBuilder;
import org.hamgam.text.NormalizedText;
import org.hamgam.text.PersianNormalizer;
import org.hamgam.text.ZwnjDictionary;

/**
 * ZWNJ repair quality and normalization speed on UD Persian sentences.
 *
 * <p>Quality: sentences are joined into paragraphs; the joined variant drops every ZWNJ, the spaced variant turns
 * every ZWNJ into a space; both are normalized and the ZWNJs between letters are compared with the original.
 * The main figures use seraji-test, which the shipped lexicon never saw. The cross-check figures rebuild the
 * lexicon without the file they score (a dev file), so nothing there was learned from the text it is scored on.
 * "follow_writer" figures use {@link org.hamgam.text.NormalizerOptions#followWriter()}. "fair" figures count a gap
 * that {@link FairGaps} allows either way (گروه‌ها or گروهها) as right written solid or with a ZWNJ; a space left
 * there (گروه ها) is wrong. Each is printed as precision, recall and F1; {@link ZwnjErrors} lists the errors behind
 * the cross-check ones.
 * "dictionary" figures weigh the spelling dictionary of {@link #dictionary()} (Debian's myspell-fa when installed).
 * "visible" counts only gold ZWNJs after a joining letter (a ZWNJ after ا د ذ ر ز ژ و shows nothing, and the
 * normalizer never writes one).
 *
 * <p>Speed: {@code normalize} on all UD sentences as paragraphs, one thread, after warm-up, per second of the
 * thread's CPU time (the wall-clock figure is printed beside it). {@code --quick} skips the cross-check,
 * {@code --no-speed} the speed, {@code --speed-only} all
 * but the speed, {@code --fingerprints-only} all but the fingerprints of the output, {@code --dev-only} the held-out file and the
 * oracle.
 */
public final class NormalizeBench {
    private static final char ZWNJ = '\u200C';
    private static final int SENTENCES_PER_PARAGRAPH = 8;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("hamgam.shared", "../shared")).resolve("data");
        Path ud = data.resolve("ud-persian");
        PersianNormalizer shipped = new PersianNormalizer();
        PersianNormalizer follower = new PersianNormalizer(shipped.options().withFollowWriter(true));
        if (List.of(args).contains("--fingerprints-only")) {
            fingerprints(data, shipped, follower);
            return;
        }
        if (List.of(args).contains("--speed-only")) {
            throughput(shipped, ud);
            return;
        }

        FairGaps fair = FairGaps.fromHazm(data);
        ZwnjDictionary dictionary = dictionary();
        PersianNormalizer withDictionary = new PersianNormalizer(shipped.options(), dictionary);
        if (!List.of(args).contains("--dev-only")) {
            List<String> heldOut = paragraphs(Files.readAllLines(ud.resolve(LexiconBuilder.HELD_OUT_FILE),
                    StandardCharsets.UTF_8));
            score("heldout_" + stem(LexiconBuilder.HELD_OUT_FILE), shipped, heldOut, fair);
            score("heldout_" + stem(LexiconBuilder.HELD_OUT_FILE) + "_follow_writer", follower, heldOut, fair);
            if (!dictionary.isEmpty()) {
                score("heldout_" + stem(LexiconBuilder.HELD_OUT_FILE) + "_dictionary", withDictionary, heldOut, fair);
            }
        }

        if (!List.of(args).contains("--quick")) {
            for (String dev : LexiconBuilder.TRAINING_FILES) {
                List<String> others = new ArrayList<>(LexiconBuilder.TRAINING_FILES);
                others.remove(dev);
                List<String> paragraphs = paragraphs(Files.readAllLines(ud.resolve(dev), StandardCharsets.UTF_8));
                score("crosscheck_" + stem(dev), LexiconBuilder.normalizerWith(data, others, shipped.options()),
                        paragraphs, fair);
                score("crosscheck_" + stem(dev) + "_follow_writer",
                        LexiconBuilder.normalizerWith(data, others, follower.options()), paragraphs, fair);
                if (!dictionary.isEmpty()) {
                    score("crosscheck_" + stem(dev) + "_dictionary",
                            LexiconBuilder.normalizerWith(data, others, shipped.options(), dictionary), paragraphs,
                            fair);
                }
            }
        }
        for (String file : List.of("seraji-dev.txt", "perdt-dev.txt", LexiconBuilder.HELD_OUT_FILE)) {
            if (List.of(args).contains("--dev-only")) {
                break;
            }
            oracle("oracle_" + stem(file), paragraphs(Files.readAllLines(ud.resolve(file), StandardCharsets.UTF_8)));
        }
        fingerprints(data, shipped, follower);
        if (!List.of(args).contains("--no-speed")) {
            throughput(shipped, ud);
        }
    }

    /**
     * The spelling dictionary named by {@code -Dhamgam.dictionary}, by default Debian's myspell-fa when installed;
     * empty without one (the "_dictionary" figures are then left out).
     */
    public static ZwnjDictionary dictionary() throws IOException {
        List<String> words = dictionaryWords();
        return words.isEmpty() ? ZwnjDictionary.empty() : ZwnjDictionary.of(words);
    }

    /** The words of the spelling dictionary of {@link #dictionary()}, none without one. */
    static List<String> dictionaryWords() throws IOException {
        Path file = Path.of(System.getProperty("hamgam.dictionary", "/usr/share/hunspell/fa_IR.dic"));
        List<String> words = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return words;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int slash = line.indexOf('/');
            words.add((slash < 0 ? line : line.substring(0, slash)).strip());
        }
        return words;
    }

    /**
     * A hash of the normalized text and offset map of the seeds and the dev files (as written, joined, spaced), for
     * each option set: a change that is meant only to make the code faster must leave these lines as they were.
     */
    private static void fingerprints(Path data, PersianNormalizer shipped, PersianNormalizer follower)
            throws Exception {
        List<String> seeds = new ArrayList<>();
        Path seedDir = data.resolveSibling("seeds");
        if (Files.isDirectory(seedDir)) {
            try (var files = Files.list(seedDir)) {
                for (Path f : files.sorted().toList()) {
                    seeds.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
                }
            }
        }
        List<String> dev = new ArrayList<>();
        for (String f : List.of("seraji-dev.txt", "perdt-dev.txt")) {
            dev.addAll(paragraphs(Files.readAllLines(data.resolve("ud-persian").resolve(f), StandardCharsets.UTF_8)));
        }
        List<String> joined = dev.stream().map(p -> p.replace(String.valueOf(ZWNJ), "")).toList();
        List<String> spaced = dev.stream().map(p -> p.replace(ZWNJ, ' ')).toList();
        for (PersianNormalizer n : List.of(shipped, follower)) {
            String suffix = n.options().followWriter() ? "_follow_writer" : "";
            System.out.printf(Locale.ROOT, "fingerprint_seeds%s: %016x%n", suffix, fingerprint(n, seeds));
            System.out.printf(Locale.ROOT, "fingerprint_dev%s: %016x%n", suffix, fingerprint(n, dev));
            System.out.printf(Locale.ROOT, "fingerprint_dev_joined%s: %016x%n", suffix, fingerprint(n, joined));
            System.out.printf(Locale.ROOT, "fingerprint_dev_spaced%s: %016x%n", suffix, fingerprint(n, spaced));
        }
    }

    /** FNV-1a over each normalized text and its offset map. */
    static long fingerprint(PersianNormalizer normalizer, List<String> texts) {
        long h = 0xcbf29ce484222325L;
        for (String t : texts) {
            NormalizedText n = normalizer.normalize(t);
            String s = n.text();
            for (int i = 0; i <= s.length(); i++) {
                h = (h ^ (i < s.length() ? s.charAt(i) : 0xFFFF)) * 0x100000001b3L;
                h = (h ^ n.toOriginal(i)) * 0x100000001b3L;
            }
        }
        return h;
    }

    /**
     * The ceiling set by the gold's own inconsistency: an oracle that knows the file and writes every word the way
     * the file writes it most often (joined variant), or every pair of neighbouring words the way the file
     * mostly separates them, ZWNJ or space (spaced variant; words the gold writes joined stay joined). A method
     * that decides from the word alone, without context, can do no better. "reachable" also drops the ZWNJs
     * after a letter that does not join, which the normalizer never writes.
     */
    static void oracle(String name, List<String> paragraphs) {
        Map<String, Map<String, Integer>> words = new HashMap<>();
        Map<String, int[]> pairs = new HashMap<>();
        for (String p : paragraphs) {
            for (String token : tokens(p)) {
                words.computeIfAbsent(token.replace(String.valueOf(ZWNJ), ""), x -> new HashMap<>())
                        .merge(token, 1, Integer::sum);
            }
            forEachPair(p, (pair, zwnj, visible) -> pairs.computeIfAbsent(pair, x -> new int[2])[zwnj ? 1 : 0]++);
        }
        Counts joined = new Counts();
        Counts joinedReachable = new Counts();
        Counts spaced = new Counts();
        Counts spacedReachable = new Counts();
        for (String p : paragraphs) {
            for (String token : tokens(p)) {
                Map<String, Integer> spellings = words.get(token.replace(String.valueOf(ZWNJ), ""));
                String best = token;
                for (Map.Entry<String, Integer> e : spellings.entrySet()) {
                    int c = Integer.compare(e.getValue(), spellings.get(best));
                    if (c > 0 || (c == 0 && e.getKey().compareTo(best) < 0)) {
                        best = e.getKey();
                    }
                }
                joined.add(zwnjPositions(token, false), zwnjPositions(best, false));
                joinedReachable.add(zwnjPositions(token, false), zwnjPositions(best, true));
            }
            Set<Integer> gold = new HashSet<>();
            Set<Integer> predicted = new HashSet<>();
            Set<Integer> predictedReachable = new HashSet<>();
            int[] index = {0};
            forEachPair(p, (pair, zwnj, visible) -> {
                int[] c = pairs.get(pair);
                int at = index[0]++;
                if (zwnj) {
                    gold.add(at);
                }
                if (c[1] > c[0]) {
                    predicted.add(at);
                    if (visible) {
                        predictedReachable.add(at);
                    }
                }
            });
            spaced.add(gold, predicted);
            spacedReachable.add(gold, predictedReachable);
        }
        joined.print(name + "_joined");
        joinedReachable.print(name + "_joined_reachable");
        spaced.print(name + "_spaced");
        spacedReachable.print(name + "_spaced_reachable");
    }

    private interface PairVisitor {
        void visit(String pair, boolean zwnj, boolean visible);
    }

    /**
     * Each two neighbouring letter runs of {@code p} separated by one ZWNJ or one space, with whether the
     * separator is a ZWNJ and whether the left run ends in a joining letter.
     */
    private static void forEachPair(String p, PairVisitor visitor) {
        int i = 0;
        int n = p.length();
        String previous = null;
        while (i < n) {
            if (!Character.isLetter(p.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(p.charAt(i)) || isMark(p.charAt(i)))) {
                i++;
            }
            String run = p.substring(start, i);
            char separator = start > 0 ? p.charAt(start - 1) : 0;
            boolean paired = previous != null && start >= 2 && (separator == ZWNJ || separator == ' ')
                    && Character.isLetter(p.charAt(start - 2));
            if (paired) {
                visitor.visit(previous + " " + run, separator == ZWNJ, !nonJoining(p.charAt(start - 2)));
            }
            previous = run;
        }
    }

    /** Maximal runs of letters, marks and ZWNJs. */
    private static List<String> tokens(String p) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = p.length();
        while (i < n) {
            char c = p.charAt(i);
            if (!Character.isLetter(c) && c != ZWNJ && !isMark(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(p.charAt(i)) || p.charAt(i) == ZWNJ || isMark(p.charAt(i)))) {
                i++;
            }
            out.add(p.substring(start, i));
        }
        return out;
    }

    /** Letter counts before which {@code token} has a ZWNJ between two letters; with reachable, after joining ones. */
    private static Set<Integer> zwnjPositions(String token, boolean reachable) {
        Set<Integer> out = new HashSet<>();
        int seen = 0;
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) != ZWNJ) {
                seen++;
            } else if (i > 0 && i + 1 < token.length() && Character.isLetter(token.charAt(i - 1))
                    && Character.isLetter(token.charAt(i + 1)) && !(reachable && nonJoining(token.charAt(i - 1)))) {
                out.add(seen);
            }
        }
        return out;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static String stem(String file) {
        return file.replace(".txt", "").replace('-', '_');
    }

    public static List<String> paragraphs(List<String> sentences) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        int inParagraph = 0;
        for (String s : sentences) {
            if (s.isBlank()) {
                continue;
            }
            if (inParagraph > 0) {
                b.append(' ');
            }
            b.append(s.strip());
            if (++inParagraph == SENTENCES_PER_PARAGRAPH) {
                out.add(b.toString());
                b.setLength(0);
                inParagraph = 0;
            }
        }
        if (b.length() > 0) {
            out.add(b.toString());
        }
        return out;
    }

    private static void score(String name, PersianNormalizer normalizer, List<String> paragraphs) {
        score(name, normalizer, paragraphs, null);
    }

    /** With {@code fairGaps}, also the "fair" figures, where a gap {@link FairGaps} allows either way counts as right whatever the normalizer did. */
    private static void score(String name, PersianNormalizer normalizer, List<String> paragraphs, FairGaps fairGaps) {
        Counts joinedAll = new Counts();
        Counts joinedVisible = new Counts();
        Counts spacedAll = new Counts();
        Counts spacedVisible = new Counts();
        Counts joinedFair = new Counts();
        Counts spacedFair = new Counts();
        for (String gold : paragraphs) {
            GoldZwnjs g = GoldZwnjs.of(gold);
            StringBuilder joined = g.joined();
            StringBuilder spaced = g.spaced();
            Set<Integer> goldJoined = g.joinedAt();
            Set<Integer> goldJoinedVisible = g.joinedVisibleAt();
            Set<Integer> goldSpaced = g.spacedAt();
            Set<Integer> goldSpacedVisible = g.spacedVisibleAt();
            Set<Integer> predictedJoined = predicted(normalizer.normalize(joined.toString()));
            Set<Integer> predictedSpaced = predicted(normalizer.normalize(spaced.toString()));
            joinedAll.add(goldJoined, predictedJoined);
            joinedVisible.add(goldJoinedVisible, predictedJoined);
            spacedAll.add(goldSpaced, predictedSpaced);
            spacedVisible.add(goldSpacedVisible, predictedSpaced);
            if (fairGaps != null) {
                joinedFair.add(fairGaps.fairGold(joined, goldJoined, predictedJoined), predictedJoined);
                spacedFair.add(fairGaps.fairGold(spaced, goldSpaced, predictedSpaced), predictedSpaced);
            }
        }
        if (fairGaps != null) {
            joinedFair.print(name + "_fair_joined");
            spacedFair.print(name + "_fair_spaced");
        }
        joinedAll.print(name + "_joined");
        joinedVisible.print(name + "_joined_visible");
        spacedAll.print(name + "_spaced");
        spacedVisible.print(name + "_spaced_visible");
    }

    /** Original offsets of the ZWNJs the normalizer wrote: the following character, or the space it replaced. */
    static Set<Integer> predicted(NormalizedText n) {
        Set<Integer> out = new HashSet<>();
        String t = n.text();
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == ZWNJ) {
                out.add(n.toOriginal(i));
            }
        }
        return out;
    }

    static boolean nonJoining(char c) {
        return "ءآأؤإاةدذرزژوۀ".indexOf(c) >= 0;
    }

    private static final class Counts {
        long gold;
        long predicted;
        long correct;

        void add(Set<Integer> g, Set<Integer> p) {
            gold += g.size();
            predicted += p.size();
            for (Integer x : p) {
                if (g.contains(x)) {
                    correct++;
                }
            }
        }

        void print(String name) {
            double precision = predicted == 0 ? 0 : (double) correct / predicted;
            double recall = gold == 0 ? 0 : (double) correct / gold;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            System.out.printf(Locale.ROOT, "%s_gold: %d%n%s_predicted: %d%n%s_correct: %d%n", name, gold, name,
                    predicted, name, correct);
            System.out.printf(Locale.ROOT, "%s_precision: %.4f%n%s_recall: %.4f%n%s_f1: %.4f%n", name, precision,
                    name, recall, name, f1);
        }
    }

    private static void throughput(PersianNormalizer normalizer, Path ud) throws Exception {
        List<String> sentences = new ArrayList<>();
        for (String f : List.of("seraji-dev.txt", "seraji-test.txt", "perdt-dev.txt")) {
            sentences.addAll(Files.readAllLines(ud.resolve(f), StandardCharsets.UTF_8));
        }
        List<String> paragraphs = paragraphs(sentences);
        List<String> joined = new ArrayList<>();
        long bytes = 0;
        for (String p : paragraphs) {
            bytes += p.getBytes(StandardCharsets.UTF_8).length;
            joined.add(p.replace(String.valueOf(ZWNJ), ""));
        }
        System.out.printf(Locale.ROOT, "throughput_corpus_mb: %.3f%n", bytes / 1e6);
        measure("throughput_mb_per_s", normalizer, paragraphs, bytes);
        measure("throughput_joined_mb_per_s", normalizer, joined, bytes);
    }

    /**
     * MB (UTF-8) normalized per second of this thread's CPU time, after a warm-up long enough for the JIT: CPU time
     * rather than wall time, so that other processes on the machine do not count against the figure.
     */
    private static void measure(String name, PersianNormalizer normalizer, List<String> paragraphs, long bytes) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long warmUntil = threads.getCurrentThreadCpuTime()
                + Long.getLong("hamgam.bench.warmupSeconds", 20) * 1_000_000_000L;
        while (threads.getCurrentThreadCpuTime() < warmUntil) {
            for (String p : paragraphs) {
                sink += normalizer.normalize(p).text().length();
            }
        }
        // blocks of a few rounds each: the median block is what the code costs when the machine lets it run, the
        // total what it cost in this run, neighbours included
        int blocks = 60;
        int rounds = 1;
        double[] blockSeconds = new double[blocks];
        long start = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (int b = 0; b < blocks; b++) {
            long blockStart = threads.getCurrentThreadCpuTime();
            for (int r = 0; r < rounds; r++) {
                for (String p : paragraphs) {
                    sink += normalizer.normalize(p).text().length();
                }
            }
            blockSeconds[b] = (threads.getCurrentThreadCpuTime() - blockStart) / 1e9;
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        java.util.Arrays.sort(blockSeconds);
        System.out.printf(Locale.ROOT, "%s: %.1f%n", name, bytes * rounds * blocks / 1e6 / seconds);
        System.out.printf(Locale.ROOT, "%s_median_block: %.1f%n", name, bytes * rounds / 1e6 / blockSeconds[blocks / 2]);
        System.out.printf(Locale.ROOT, "%s_best_block: %.1f%n", name, bytes * rounds / 1e6 / blockSeconds[0]);
        System.out.printf(Locale.ROOT, "%s_wall: %.1f%n", name, bytes * rounds * blocks / 1e6 / wall);
        if (sink == 42) {
            System.out.println();
        }
    }
}

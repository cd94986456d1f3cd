package org.hamgam.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hamgam.text.LexiconBuilder;
import org.hamgam.text.NormalizedText;
import org.hamgam.text.PersianNormalizer;

/**
 * ZWNJ repair quality and normalization speed on UD Persian sentences.
 *
 * <p>Quality: sentences are joined into paragraphs; the joined variant drops every ZWNJ, the spaced variant turns
 * every ZWNJ into a space; both are normalized and the ZWNJs between letters are compared with the original.
 * The main figures use seraji-test, which the shipped lexicon never saw. The cross-check figures rebuild the
 * lexicon without the file they score (a dev file), so nothing there was learned from the text it is scored on.
 * "visible" counts only gold ZWNJs after a joining letter (a ZWNJ after ا د ذ ر ز ژ و shows nothing, and the
 * normalizer never writes one).
 *
 * <p>Speed: {@code normalize} on all UD sentences as paragraphs, one thread, after warm-up, per second of the
 * thread's CPU time (the wall-clock figure is printed beside it). {@code --quick} skips the cross-check.
 */
public final class NormalizeBench {
    private static final char ZWNJ = '\u200C';
    private static final int SENTENCES_PER_PARAGRAPH = 8;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("hamgam.shared", "../shared")).resolve("data");
        Path ud = data.resolve("ud-persian");
        PersianNormalizer shipped = new PersianNormalizer();

        List<String> heldOut = paragraphs(Files.readAllLines(ud.resolve(LexiconBuilder.HELD_OUT_FILE),
                StandardCharsets.UTF_8));
        score("heldout_" + stem(LexiconBuilder.HELD_OUT_FILE), shipped, heldOut);

        if (!List.of(args).contains("--quick")) {
            for (String dev : LexiconBuilder.TRAINING_FILES) {
                List<String> others = new ArrayList<>(LexiconBuilder.TRAINING_FILES);
                others.remove(dev);
                PersianNormalizer crossNormalizer = LexiconBuilder.normalizerWith(data, others,
                        shipped.options());
                List<String> paragraphs = paragraphs(Files.readAllLines(ud.resolve(dev), StandardCharsets.UTF_8));
                score("crosscheck_" + stem(dev), crossNormalizer, paragraphs);
            }
        }
        throughput(shipped, ud);
    }

    private static String stem(String file) {
        return file.replace(".txt", "").replace('-', '_');
    }

    static List<String> paragraphs(List<String> sentences) {
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
        Counts joinedAll = new Counts();
        Counts joinedVisible = new Counts();
        Counts spacedAll = new Counts();
        Counts spacedVisible = new Counts();
        for (String gold : paragraphs) {
            StringBuilder joined = new StringBuilder();
            StringBuilder spaced = new StringBuilder();
            Set<Integer> goldJoined = new HashSet<>();
            Set<Integer> goldJoinedVisible = new HashSet<>();
            Set<Integer> goldSpaced = new HashSet<>();
            Set<Integer> goldSpacedVisible = new HashSet<>();
            for (int i = 0; i < gold.length(); i++) {
                char c = gold.charAt(i);
                if (c != ZWNJ) {
                    joined.append(c);
                    spaced.append(c);
                    continue;
                }
                spaced.append(' ');
                boolean betweenLetters = i > 0 && i + 1 < gold.length() && Character.isLetter(gold.charAt(i - 1))
                        && Character.isLetter(gold.charAt(i + 1));
                if (betweenLetters) {
                    boolean visible = !nonJoining(gold.charAt(i - 1));
                    goldJoined.add(joined.length());
                    goldSpaced.add(spaced.length() - 1);
                    if (visible) {
                        goldJoinedVisible.add(joined.length());
                        goldSpacedVisible.add(spaced.length() - 1);
                    }
                }
            }
            Set<Integer> predictedJoined = predicted(normalizer.normalize(joined.toString()));
            Set<Integer> predictedSpaced = predicted(normalizer.normalize(spaced.toString()));
            joinedAll.add(goldJoined, predictedJoined);
            joinedVisible.add(goldJoinedVisible, predictedJoined);
            spacedAll.add(goldSpaced, predictedSpaced);
            spacedVisible.add(goldSpacedVisible, predictedSpaced);
        }
        joinedAll.print(name + "_joined");
        joinedVisible.print(name + "_joined_visible");
        spacedAll.print(name + "_spaced");
        spacedVisible.print(name + "_spaced_visible");
    }

    /** Original offsets of the ZWNJs the normalizer wrote: the following character, or the space it replaced. */
    private static Set<Integer> predicted(NormalizedText n) {
        Set<Integer> out = new HashSet<>();
        String t = n.text();
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == ZWNJ) {
                out.add(n.toOriginal(i));
            }
        }
        return out;
    }

    private static boolean nonJoining(char c) {
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
        long warmUntil = threads.getCurrentThreadCpuTime() + 20_000_000_000L;
        while (threads.getCurrentThreadCpuTime() < warmUntil) {
            for (String p : paragraphs) {
                sink += normalizer.normalize(p).text().length();
            }
        }
        int rounds = 30;
        long start = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String p : paragraphs) {
                sink += normalizer.normalize(p).text().length();
            }
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %.1f%n", name, bytes * rounds / 1e6 / seconds);
        System.out.printf(Locale.ROOT, "%s_wall: %.1f%n", name, bytes * rounds / 1e6 / wall);
        if (sink == 42) {
            System.out.println();
        }
    }
}

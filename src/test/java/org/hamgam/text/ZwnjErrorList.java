package org.hamgam.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hamgam.bench.NormalizeBench;

/**
 * The ZWNJ repair errors on one UD dev file, with a lexicon built from another file only, as NormalizeBench's
 * cross-check scores them: one line per error, variant (joined, spaced), FP or FN, the gold words around it and the
 * repaired ones; with {@code --fair}, none at a gap {@link org.hamgam.bench.FairGaps} allows either way. With {@code --dictionary}, the repair weighs the spelling dictionary NormalizeBench reads. For choosing changes on development data; never run it on the held-out file.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hamgam.text.ZwnjErrorList \
 *     perdt-dev.txt seraji-dev.txt [--follow-writer] [--fair] [--dictionary]
 * </pre>
 */
public final class ZwnjErrorList {
    private static final char ZWNJ = '\u200C';

    private ZwnjErrorList() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args[0].equals(LexiconBuilder.HELD_OUT_FILE) || args[1].equals(LexiconBuilder.HELD_OUT_FILE)) {
            System.err.println("usage: ZwnjErrorList SCORED_DEV_FILE TRAINING_DEV_FILE [--follow-writer] [--fair] [--dictionary]");
            System.exit(2);
        }
        Path data = org.hamgam.bench.BenchData.shared().resolve("data");
        NormalizerOptions options = NormalizerOptions.defaults()
                .withFollowWriter(List.of(args).contains("--follow-writer"));
        PersianNormalizer normalizer = LexiconBuilder.normalizerWith(data, List.of(args[1]), options,
                List.of(args).contains("--dictionary") ? NormalizeBench.dictionary() : ZwnjDictionary.empty());
        org.hamgam.bench.FairGaps fair = List.of(args).contains("--fair")
                ? org.hamgam.bench.FairGaps.fromHazm(data) : null;
        List<String> paragraphs = NormalizeBench.paragraphs(
                Files.readAllLines(data.resolve("ud-persian").resolve(args[0]), StandardCharsets.UTF_8));
        for (boolean spaced : new boolean[] {false, true}) {
            String variant = spaced ? "spaced" : "joined";
            long gold = 0;
            long predicted = 0;
            long correct = 0;
            for (String p : paragraphs) {
                StringBuilder in = new StringBuilder();
                int[] toGold = new int[p.length() + 1];
                Set<Integer> goldAt = new HashSet<>();
                for (int i = 0; i < p.length(); i++) {
                    char c = p.charAt(i);
                    boolean betweenLetters = c == ZWNJ && i > 0 && i + 1 < p.length()
                            && Character.isLetter(p.charAt(i - 1)) && Character.isLetter(p.charAt(i + 1));
                    if (c != ZWNJ || spaced) {
                        toGold[in.length()] = i;
                        in.append(c == ZWNJ ? ' ' : c);
                    }
                    if (betweenLetters) {
                        goldAt.add(spaced ? in.length() - 1 : in.length());
                    }
                }
                toGold[in.length()] = p.length();
                NormalizedText n = normalizer.normalize(in.toString());
                if (fair != null) {
                    goldAt.removeIf(x -> fair.isFree(in, x));
                }
                Set<Integer> at = new HashSet<>();
                for (int i = 0; i < n.text().length(); i++) {
                    if (n.text().charAt(i) == ZWNJ) {
                        at.add(n.toOriginal(i));
                    }
                }
                if (fair != null) {
                    at.removeIf(x -> fair.isFree(in, x));
                }
                gold += goldAt.size();
                predicted += at.size();
                for (int x : at) {
                    if (goldAt.contains(x)) {
                        correct++;
                    } else {
                        System.out.println(variant + "\tFP\t" + around(p, toGold[x]) + "\t" + around(n, x));
                    }
                }
                for (int x : goldAt) {
                    if (!at.contains(x)) {
                        System.out.println(variant + "\tFN\t" + around(p, toGold[x]) + "\t" + around(n, x));
                    }
                }
            }
            double precision = (double) correct / Math.max(1, predicted);
            double recall = (double) correct / Math.max(1, gold);
            System.out.printf(Locale.ROOT, "%s\tSCORE\tP %.4f R %.4f F1 %.4f%n", variant, precision, recall,
                    2 * precision * recall / Math.max(1e-9, precision + recall));
        }
    }

    /** The word at {@code at} in {@code s} with one word either side. */
    private static String around(String s, int at) {
        int from = Math.max(0, Math.min(at, s.length()) - 1);
        int to = Math.min(s.length(), at + 1);
        for (int spaces = 0; from > 0 && spaces < 2; from--) {
            if (s.charAt(from - 1) == ' ' && ++spaces == 2) {
                break;
            }
        }
        for (int spaces = 0; to < s.length(); to++) {
            if (s.charAt(to) == ' ' && ++spaces == 2) {
                break;
            }
        }
        return s.substring(from, to);
    }

    /** {@link #around(String, int)} in the repaired text, at the first character from original offset {@code at}. */
    private static String around(NormalizedText n, int at) {
        for (int i = 0; i < n.text().length(); i++) {
            if (n.toOriginal(i) >= at) {
                return around(n.text(), i);
            }
        }
        return "";
    }
}

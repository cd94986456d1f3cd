package org.hamgam.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hamgam.text.LexiconBuilder;
import org.hamgam.text.NormalizedText;
import org.hamgam.text.PersianNormalizer;
import org.hamgam.text.ZwnjDictionary;

/**
 * The errors behind the fair figures of {@link NormalizeBench} on the development files, each scored with a
 * lexicon built without it (as the cross-check figures are): every ZWNJ the repair wrote where the gold has none
 * (false positive) and every gold ZWNJ it missed (false negative), counted by the word as input with {@code |} at
 * the gap, most frequent first, each with its kind and evidence, after their counts by {@link ZwnjErrorKind} with
 * how many of them the other development file spells as the repair did, and by what the lexicon and the spelling
 * dictionary say of the word ({@link ZwnjWordEvidence}), with the right repairs of the same evidence beside them
 * (not counting gaps the fair measure allows either way), so that a rule meant to turn errors of one kind away can be
 * weighed against the right repairs it would cost. A {@code ~} after FP, FN or TP marks a gap the input has as a
 * space (two words written apart, which the repair joined or left apart); without it the gap is inside a word
 * written solid. {@code --rights} lists the right repairs with the errors. Not run by {@code bench/run}: a tool for
 * looking at what goes wrong, never at the held-out file.
 *
 * <pre>
 * java -Dhamgam.shared=../shared -cp ... org.hamgam.bench.ZwnjErrors [--dictionary] [--top N] [--rights]
 * </pre>
 */
public final class ZwnjErrors {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("hamgam.shared", "../shared")).resolve("data");
        List<String> arguments = List.of(args);
        int top = arguments.contains("--top") ? Integer.parseInt(arguments.get(arguments.indexOf("--top") + 1)) : 40;
        boolean listRights = arguments.contains("--rights");
        ZwnjDictionary dictionary = arguments.contains("--dictionary") ? NormalizeBench.dictionary()
                : ZwnjDictionary.empty();
        FairGaps fair = FairGaps.fromHazm(data);
        List<String> dictionaryWords = NormalizeBench.dictionaryWords();
        for (String dev : LexiconBuilder.TRAINING_FILES) {
            List<String> others = new ArrayList<>(LexiconBuilder.TRAINING_FILES);
            others.remove(dev);
            PersianNormalizer normalizer = LexiconBuilder.normalizerWith(data, others,
                    new PersianNormalizer().options(), dictionary);
            int[] joinedCounts = new int[2];
            int[] spacedCounts = new int[2];
            Map<String, Integer> joinedErrors = new HashMap<>();
            Map<String, Integer> spacedErrors = new HashMap<>();
            List<String> otherLines = new ArrayList<>();
            for (String other : others) {
                otherLines.addAll(Files.readAllLines(data.resolve("ud-persian").resolve(other), StandardCharsets.UTF_8));
            }
            Spellings elsewhere = Spellings.of(otherLines);
            ZwnjWordEvidence evidence = ZwnjWordEvidence.of(LexiconBuilder.build(data, others), dictionaryWords);
            List<String> paragraphs = NormalizeBench.paragraphs(
                    Files.readAllLines(data.resolve("ud-persian").resolve(dev), StandardCharsets.UTF_8));
            for (String paragraph : paragraphs) {
                GoldZwnjs g = GoldZwnjs.of(paragraph);
                collect(normalizer, g.joined(), g.joinedAt(), fair, joinedErrors, joinedCounts);
                collect(normalizer, g.spaced(), g.spacedAt(), fair, spacedErrors, spacedCounts);
            }
            print(dev + " joined", joinedErrors, joinedCounts, top, elsewhere, evidence, listRights);
            print(dev + " spaced", spacedErrors, spacedCounts, top, elsewhere, evidence, listRights);
        }
    }

    private static void collect(PersianNormalizer normalizer, CharSequence input, Set<Integer> gold, FairGaps fair,
                                Map<String, Integer> errors, int[] counts) {
        NormalizedText out = normalizer.normalize(input.toString());
        Set<Integer> predicted = NormalizeBench.predicted(out);
        Set<Integer> fairGold = fair.fairGold(input, gold, predicted);
        counts[0] += fairGold.size();
        counts[1] += predicted.size();
        for (Integer p : predicted) {
            // right repairs are kept too (TP), so that a rule that turns errors away can be weighed against the
            // right repairs of the same evidence it would cost; not at a gap the fair measure allows either way,
            // where leaving the word solid costs nothing
            if (!fairGold.contains(p)) {
                errors.merge("FP" + where(input, p) + around(input, p), 1, Integer::sum);
            } else if (!fair.isFree(input, p) || input.charAt(p) == ' ') {
                errors.merge("TP" + where(input, p) + around(input, p), 1, Integer::sum);
            }
        }
        for (Integer p : fairGold) {
            if (!predicted.contains(p)) {
                errors.merge("FN" + where(input, p) + around(input, p), 1, Integer::sum);
            }
        }
    }

    /**
     * How a treebank spells two words that meet: counts of the pair as one token with a ZWNJ between them, and as two
     * tokens or one solid token.
     */
    private record Spellings(Map<String, Integer> tokens, Map<String, Integer> pairs, Map<String, Integer> zwnjPairs) {
        static Spellings of(List<String> lines) {
            Map<String, Integer> tokens = new HashMap<>();
            Map<String, Integer> pairs = new HashMap<>();
            Map<String, Integer> zwnjPairs = new HashMap<>();
            for (String line : lines) {
                String previous = null;
                for (String raw : line.split("\\s+")) {
                    String token = raw.replaceAll("^[^\\p{L}\\p{M}\u200C]+|[^\\p{L}\\p{M}\u200C]+$", "");
                    if (token.isEmpty()) {
                        previous = null;
                        continue;
                    }
                    tokens.merge(token, 1, Integer::sum);
                    if (previous != null) {
                        pairs.merge(previous + " " + token, 1, Integer::sum);
                    }
                    String[] parts = token.split("\u200C");
                    for (int i = 0; i + 1 < parts.length; i++) {
                        zwnjPairs.merge(parts[i] + "\u200C" + parts[i + 1], 1, Integer::sum);
                    }
                    previous = token;
                }
            }
            return new Spellings(tokens, pairs, zwnjPairs);
        }

        int withZwnj(String left, String right) {
            return zwnjPairs.getOrDefault(left + "\u200C" + right, 0);
        }

        int without(String left, String right) {
            return pairs.getOrDefault(left + " " + right, 0) + tokens.getOrDefault(left + right, 0);
        }
    }

    /** {@code ~} where the gap at {@code p} is a space (two words written apart), else a space (inside a word). */
    private static String where(CharSequence text, int p) {
        return text.charAt(p) == ' ' ? "~" : " ";
    }

    /** The word(s) of {@code text} at gap {@code p}, with {@code |} at the gap (in place of the space there). */
    private static String around(CharSequence text, int p) {
        FairGaps.Gap gap = FairGaps.Gap.at(text, p);
        return text.subSequence(gap.leftStart(), p) + "|" + text.subSequence(gap.rightStart(), gap.rightEnd());
    }

    /**
     * The errors of {@code errors}, after the fair gold and predicted counts in {@code counts}, and a count of them
     * by {@link ZwnjErrorKind}: how many there are, and how many of those the other development file (in
     * {@code elsewhere}) spells as the repair did, so that no rule could satisfy both treebanks there.
     */
    private static void print(String name, Map<String, Integer> errors, int[] counts, int top, Spellings elsewhere,
                              ZwnjWordEvidence evidence, boolean listRights) {
        int fp = errors.entrySet().stream().filter(e -> e.getKey().startsWith("FP")).mapToInt(Map.Entry::getValue)
                .sum();
        int fn = errors.entrySet().stream().filter(e -> e.getKey().startsWith("FN")).mapToInt(Map.Entry::getValue)
                .sum();
        Map<String, Integer> rights = new HashMap<>();
        errors.forEach((k, v) -> {
            if (k.startsWith("TP")) {
                rights.put(k, v);
            }
        });
        errors = new HashMap<>(errors);
        errors.keySet().removeAll(rights.keySet());
        double precision = counts[1] == 0 ? 0 : (double) (counts[1] - fp) / counts[1];
        double recall = counts[0] == 0 ? 0 : (double) (counts[0] - fn) / counts[0];
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "# %s: %d false positives, %d false negatives; precision %.4f, recall %.4f,"
                + " F1 %.4f%n", name, fp, fn, precision, recall, f1);
        Map<ZwnjErrorKind, int[]> byKind = new EnumMap<>(ZwnjErrorKind.class);
        errors.forEach((error, n) -> {
            boolean falsePositive = error.startsWith("FP");
            String gap = error.substring(3);
            int bar = gap.indexOf('|');
            String left = gap.substring(0, bar);
            String right = gap.substring(bar + 1);
            int[] c = byKind.computeIfAbsent(ZwnjErrorKind.of(left, right), k -> new int[4]);
            boolean asRepaired = falsePositive ? elsewhere.withZwnj(left, right) > elsewhere.without(left, right)
                    : elsewhere.without(left, right) > elsewhere.withZwnj(left, right);
            int slot = falsePositive ? 0 : 2;
            c[slot] += n;
            c[slot + 1] += asRepaired ? n : 0;
        });
        byKind.forEach((kind, c) -> System.out.printf(Locale.ROOT,
                "  kind %-28s FP %3d (other file spells %3d as repaired), FN %3d (%3d)%n", kind.label(), c[0], c[1],
                c[2], c[3]));
        Map<String, int[]> byEvidence = new java.util.TreeMap<>();
        Map<String, Integer> all = new HashMap<>(errors);
        all.putAll(rights);
        all.forEach((error, n) -> {
            String gap = error.substring(3);
            int bar = gap.indexOf('|');
            int slot = error.startsWith("FP") ? 0 : error.startsWith("FN") ? 1 : 2;
            int[] c = byEvidence.computeIfAbsent(evidence.label(gap.substring(0, bar), gap.substring(bar + 1)),
                    k -> new int[4]);
            c[slot] += n;
            if (slot == 0 && error.charAt(2) == '~') {
                c[3] += n;
            }
        });
        byEvidence.forEach((label, c) -> System.out.printf(Locale.ROOT,
                "  word: %-32s FP %3d (%3d written apart), FN %3d, right %4d%n", label, c[0], c[3], c[1], c[2]));
        (listRights ? all : errors).entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> {
                    String gap = e.getKey().substring(3);
                    int bar = gap.indexOf('|');
                    System.out.printf(Locale.ROOT, "%4d %s  (%s; %s)%n", e.getValue(), e.getKey(),
                            ZwnjErrorKind.of(gap.substring(0, bar), gap.substring(bar + 1)).label(),
                            evidence.label(gap.substring(0, bar), gap.substring(bar + 1)));
                });
    }
}

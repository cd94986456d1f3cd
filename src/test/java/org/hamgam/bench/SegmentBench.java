package org.hamgam.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.model.Span;
import org.hamgam.segment.SentenceSegmenter;
import org.hamgam.segment.Segmenters;
import org.hamgam.segment.TrainingData;
import org.languagetool.Languages;
import org.languagetool.tokenizers.SentenceTokenizer;

/**
 * Sentence-boundary precision, recall and F1 on running text built from held-out sentences (seraji-test and the
 * held-out TICO-19 documents), for Hamgam's splitters, the rule-only splitter and LanguageTool's SRX segmenter in
 * the same run; then Persian throughput of the whole document segmenter. Gold boundaries are the sentence ends
 * inside a paragraph (a paragraph's own end is given and not counted). Two views: "all" joins every held-out
 * sentence; "marked" joins only sentences that end in . ! ? ؟ … (optionally before closing quotes), since a
 * sentence without an end mark (a dateline ending in ':' or a heading) cannot be found in running text.
 * TICO-19 units sometimes hold two sentences (the source glued "SARS-CoV-2.In China", translators wrote them
 * apart), so the TICO sets get a third view, "resplit", whose gold also cuts a unit after an end mark followed by
 * whitespace; this favours no system over another but removes gold boundaries no one could respect.
 * Pass {@code -v} to print the errors of Hamgam's splitter.
 */
public final class SegmentBench {
    private static final int[] PARAGRAPH_SIZES = {6, 3, 9, 4, 7, 2, 5, 8};

    private SegmentBench() {
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        Path shared = Path.of(System.getProperty("hamgam.shared", "../shared"));
        Path tmx = shared.resolve("data/tico19/all.en-fa.tmx");
        Map<String, List<String>> fa = new LinkedHashMap<>();
        fa.put("fa_ud_seraji_test", TrainingData.sentenceFile(shared.resolve("data/ud-persian/seraji-test.txt")));
        fa.put("fa_tico_heldout", TrainingData.tmxSentences(tmx, "fa", true));
        List<String> en = TrainingData.tmxSentences(tmx, "en", true);

        Map<String, Function<String, List<Integer>>> faSystems = new LinkedHashMap<>();
        faSystems.put("hamgam", spans(Segmenters.splitter(Lang.FA)));
        faSystems.put("rules_only", spans(Segmenters.ruleSplitter()));
        faSystems.put("languagetool", languageTool(Languages.getLanguageForShortCode("fa").getSentenceTokenizer()));
        Map<String, Function<String, List<Integer>>> enSystems = new LinkedHashMap<>();
        enSystems.put("hamgam", spans(Segmenters.splitter(Lang.EN)));
        enSystems.put("rules_only", spans(Segmenters.ruleSplitter()));
        enSystems.put("languagetool", languageTool(Languages.getLanguageForShortCode("en-US").getSentenceTokenizer()));

        List<String> faAll = new ArrayList<>();
        for (Map.Entry<String, List<String>> set : fa.entrySet()) {
            evaluate(set.getKey(), set.getValue(), faSystems, verbose, set.getKey().contains("tico"));
            faAll.addAll(set.getValue());
        }
        evaluate("fa_heldout", faAll, faSystems, false, false);
        evaluate("en_tico_heldout", en, enSystems, verbose, true);
        throughput(shared);
    }

    private static void evaluate(String name, List<String> sentences, Map<String, Function<String, List<Integer>>> systems,
                                 boolean verbose, boolean resplit) {
        List<String> marked = sentences.stream().filter(SegmentBench::endsWithMark).toList();
        List<String> views = resplit ? List.of("all", "marked", "resplit") : List.of("all", "marked");
        for (String view : views) {
            Corpus corpus = Corpus.of(switch (view) {
                case "all" -> sentences;
                case "marked" -> marked;
                default -> resplit(marked);
            });
            System.out.println(name + "." + view + ".sentences: " + corpus.sentenceCount);
            System.out.println(name + "." + view + ".gold_boundaries: " + corpus.goldCount());
            for (Map.Entry<String, Function<String, List<Integer>>> system : systems.entrySet()) {
                Score score = corpus.score(system.getValue(), verbose && view.equals("all")
                        && system.getKey().equals("hamgam"));
                String prefix = name + "." + view + "." + system.getKey();
                System.out.println(prefix + ".precision: " + format(score.precision()));
                System.out.println(prefix + ".recall: " + format(score.recall()));
                System.out.println(prefix + ".f1: " + format(score.f1()));
            }
        }
    }

    private static void throughput(Path shared) throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String file : List.of("seraji-test.txt", "seraji-dev.txt", "perdt-dev.txt")) {
            sentences.addAll(TrainingData.sentenceFile(shared.resolve("data/ud-persian/" + file)));
        }
        String once = String.join("\n", Corpus.of(sentences).paragraphs) + "\n";
        StringBuilder text = new StringBuilder();
        while (text.length() < 4_000_000) {
            text.append(once);
        }
        Document document = new Document("bench", Lang.FA, text.toString());
        double megabytes = text.toString().getBytes(StandardCharsets.UTF_8).length / 1e6;
        SentenceSegmenter segmenter = Segmenters.forLanguage(Lang.FA);
        for (int i = 0; i < 3; i++) {
            segmenter.segment(document);
        }
        int runs = 5;
        long segments = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            segments += segmenter.segment(document).segments().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.println("fa_throughput.input_mb: " + format(megabytes));
        System.out.println("fa_throughput.segments_per_run: " + segments / runs);
        // Wall time suffers when other processes share the cores; CPU time of the one working thread is the
        // per-core figure.
        System.out.println("fa_throughput.mb_per_s_wall_one_thread: " + format(megabytes * runs / seconds));
        System.out.println("fa_throughput.mb_per_cpu_s: " + format(megabytes * runs / cpuSeconds));
        System.out.println("fa_throughput.load_average: " + format(ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()));
    }

    /** The sentences cut after every end mark (with its closing quotes) that whitespace follows. */
    private static List<String> resplit(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String sentence : sentences) {
            for (String piece : sentence.split("(?<=[.!?؟…][»)\"'”’\\]]{0,3})\\s+")) {
                if (!piece.isBlank()) {
                    out.add(piece);
                }
            }
        }
        return out;
    }

    private static boolean endsWithMark(String sentence) {
        int i = sentence.length() - 1;
        while (i > 0 && "»)\"'”’]".indexOf(sentence.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?؟…".indexOf(sentence.charAt(i)) >= 0;
    }

    private static Function<String, List<Integer>> spans(org.hamgam.segment.SentenceSplitter splitter) {
        return paragraph -> splitter.split(paragraph).stream().map(Span::end).toList();
    }

    private static Function<String, List<Integer>> languageTool(SentenceTokenizer tokenizer) {
        return paragraph -> {
            List<Integer> ends = new ArrayList<>();
            int offset = 0;
            for (String piece : tokenizer.tokenize(paragraph)) {
                int end = offset + piece.length();
                int trimmed = end;
                while (trimmed > offset && Character.isWhitespace(paragraph.charAt(trimmed - 1))) {
                    trimmed--;
                }
                if (trimmed > offset) {
                    ends.add(trimmed);
                }
                offset = end;
            }
            return ends;
        };
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** Paragraphs of held-out sentences joined by a space, with the gold sentence ends inside each. */
    private static final class Corpus {
        final List<String> paragraphs = new ArrayList<>();
        final List<Set<Integer>> gold = new ArrayList<>();
        int sentenceCount;

        static Corpus of(List<String> sentences) {
            Corpus corpus = new Corpus();
            corpus.sentenceCount = sentences.size();
            int next = 0;
            for (int k = 0; next < sentences.size(); k++) {
                int size = Math.min(PARAGRAPH_SIZES[k % PARAGRAPH_SIZES.length], sentences.size() - next);
                StringBuilder paragraph = new StringBuilder();
                Set<Integer> ends = new TreeSet<>();
                for (String sentence : sentences.subList(next, next + size)) {
                    if (paragraph.length() > 0) {
                        ends.add(paragraph.length());
                        paragraph.append(' ');
                    }
                    paragraph.append(sentence.strip());
                }
                corpus.paragraphs.add(paragraph.toString());
                corpus.gold.add(ends);
                next += size;
            }
            return corpus;
        }

        int goldCount() {
            return gold.stream().mapToInt(Set::size).sum();
        }

        Score score(Function<String, List<Integer>> system, boolean verbose) {
            int truePositives = 0;
            int predicted = 0;
            for (int p = 0; p < paragraphs.size(); p++) {
                String paragraph = paragraphs.get(p);
                Set<Integer> found = new TreeSet<>(system.apply(paragraph));
                found.remove(paragraph.length());
                predicted += found.size();
                for (int end : found) {
                    if (gold.get(p).contains(end)) {
                        truePositives++;
                    } else if (verbose) {
                        System.err.println("FALSE SPLIT: " + context(paragraph, end));
                    }
                }
                if (verbose) {
                    for (int end : gold.get(p)) {
                        if (!found.contains(end)) {
                            System.err.println("MISSED:      " + context(paragraph, end));
                        }
                    }
                }
            }
            return new Score(truePositives, predicted, goldCount());
        }

        private static String context(String paragraph, int at) {
            return paragraph.substring(Math.max(0, at - 50), at) + " ‖ "
                    + paragraph.substring(at, Math.min(paragraph.length(), at + 40));
        }
    }

    private record Score(int truePositives, int predicted, int gold) {
        double precision() {
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}

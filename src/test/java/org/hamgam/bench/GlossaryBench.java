package org.hamgam.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamgam.glossary.EvalSet;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.TermMatcher;
import org.hamgam.pipeline.GlossaryFiles;
import org.hamgam.text.NormalizerOptions;
import org.hamgam.text.PersianNormalizer;

/**
 * Term matching at scale and its accuracy. A 50,000-term glossary (the most frequent words of the Hazm lexicon
 * and word pairs seen in the UD Persian and TICO-19 sentences) is written as TSV, then loaded, compiled and run
 * over 100,000 sentences (the UD and TICO-19 Persian sentences, repeated). Then precision and recall on the
 * hand-written test sets. With {@code --zwnj-repair} the matcher's normalizer also repairs ZWNJs, which the
 * default matcher skips as it folds ZWNJ away; each mode runs in a fresh JVM so both are cold. Run on one core: {@code taskset -c 0 java -cp … org.hamgam.bench.GlossaryBench}.
 */
public final class GlossaryBench {
    private static final int TERMS = 50_000;
    private static final int SENTENCES = 100_000;

    private GlossaryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(System.getProperty("hamgam.shared", "../shared"), "data");
        List<String> corpus = sentences(shared);
        Path tsv = Files.createTempFile("glossary-bench", ".tsv");
        try {
            int written = writeGlossary(shared, corpus, tsv);
            List<String> input = new ArrayList<>(SENTENCES);
            for (int i = 0; input.size() < SENTENCES; i++) {
                input.add(corpus.get(i % corpus.size()));
            }

            if (args.length > 0 && args[0].equals("--zwnj-repair")) {
                run("with_zwnj_repair", tsv, input, new PersianNormalizer(NormalizerOptions.defaults()));
            } else {
                run("matcher", tsv, input, null);
            }
            System.out.println("glossary_terms_written: " + written);
            System.out.println("distinct_sentences: " + corpus.size());
            System.out.println("sentences: " + input.size());
        } finally {
            Files.deleteIfExists(tsv);
        }

        TermMatcher evalMatcher = new TermMatcher(EvalSet.glossary());
        report("eval", EvalSet.load(), evalMatcher);
        report("heldout", EvalSet.loadHeldOut(), evalMatcher);
        report("final", EvalSet.loadFinal(), evalMatcher);
    }

    /** Loads the glossary, builds the matcher and matches every sentence, timing each step on this thread. */
    private static void run(String name, Path tsv, List<String> input, PersianNormalizer normalizer)
            throws Exception {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Glossary g = GlossaryFiles.load(List.of(tsv));
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        TermMatcher matcher = normalizer == null ? new TermMatcher(g) : new TermMatcher(g, normalizer);
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        long hits = 0;
        for (String s : input) {
            hits += matcher.find(s).size();
        }
        long t3 = System.nanoTime();
        long c3 = cpu.getCurrentThreadCpuTime();
        String p = name + "_";
        System.out.println(p + "glossary_terms_loaded: " + g.size());
        System.out.println(p + "glossary_warnings: " + g.warnings().size());
        System.out.println(p + "hits: " + hits);
        System.out.printf("%sload_s: %.3f%n", p, (t1 - t0) / 1e9);
        System.out.printf("%sbuild_s: %.3f%n", p, (t2 - t1) / 1e9);
        System.out.printf("%smatch_s: %.3f%n", p, (t3 - t2) / 1e9);
        System.out.printf("%stotal_s: %.3f%n", p, (t3 - t0) / 1e9);
        System.out.printf("%sload_cpu_s: %.3f%n", p, (c1 - c0) / 1e9);
        System.out.printf("%sbuild_cpu_s: %.3f%n", p, (c2 - c1) / 1e9);
        System.out.printf("%smatch_cpu_s: %.3f%n", p, (c3 - c2) / 1e9);
        System.out.printf("%stotal_cpu_s: %.3f%n", p, (c3 - c0) / 1e9);
        System.out.printf("%ssentences_per_s: %.0f%n", p, input.size() / ((t3 - t2) / 1e9));
    }

    private static void report(String name, List<EvalSet.Sentence> sentences, TermMatcher matcher) {
        EvalSet.Score s = EvalSet.score(matcher, sentences);
        System.out.println(name + "_sentences: " + sentences.size());
        System.out.println(name + "_expected: " + s.expected());
        System.out.println(name + "_found: " + s.found());
        System.out.println(name + "_correct: " + s.correct());
        System.out.printf("%s_precision: %.4f%n", name, s.precision());
        System.out.printf("%s_recall: %.4f%n", name, s.recall());
        for (String e : s.errors()) {
            System.out.println(name + "_error: " + e);
        }
    }

    private static List<String> sentences(Path data) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String f : List.of("perdt-dev.txt", "seraji-dev.txt", "seraji-test.txt")) {
            for (String line : Files.readAllLines(data.resolve("ud-persian").resolve(f), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        String tmx = Files.readString(data.resolve("tico19").resolve("all.en-fa.tmx"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<tuv xml:lang=\"fa\"><seg>(.*?)</seg>", Pattern.DOTALL).matcher(tmx);
        while (m.find()) {
            out.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&apos;", "'").replace("&amp;", "&"));
        }
        return new ArrayList<>(out);
    }

    /** Half frequent single words, half word pairs seen in the corpus, so that many terms do occur. */
    private static int writeGlossary(Path data, List<String> corpus, Path tsv) throws IOException {
        Set<String> stop = new HashSet<>(Files.readAllLines(data.resolve("hazm-lexicon").resolve("stopwords.dat")));
        record Word(String word, long freq) {
        }
        List<Word> words = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("hazm-lexicon").resolve("words.dat"))) {
            String[] f = line.split("\t");
            if (f.length >= 2 && !stop.contains(f[0])) {
                words.add(new Word(f[0], Long.parseLong(f[1].strip())));
            }
        }
        words.sort((a, b) -> Long.compare(b.freq, a.freq));
        Set<String> terms = new LinkedHashSet<>();
        for (Word w : words) {
            if (terms.size() >= TERMS / 2) {
                break;
            }
            terms.add(w.word);
        }
        outer:
        for (String s : corpus) {
            String[] tokens = s.split("[\\s\\p{Punct}«»،؛؟]+");
            for (int i = 0; i + 1 < tokens.length; i++) {
                if (terms.size() >= TERMS) {
                    break outer;
                }
                if (tokens[i].length() > 1 && tokens[i + 1].length() > 1 && !stop.contains(tokens[i])) {
                    terms.add(tokens[i] + " " + tokens[i + 1]);
                }
            }
        }
        try (Writer w = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String t : terms) {
                w.write(t + "\tterm-" + (n++) + "\n");
            }
            return n;
        }
    }
}

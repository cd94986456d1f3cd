package org.hamgam.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.hamgam.model.TmMatch;
import org.hamgam.model.TmOptions;
import org.hamgam.model.TmUnit;
import org.hamgam.draft.TranslationMemory;
import org.hamgam.io.TmFiles;

/**
 * Translation-memory lookup speed: a 100,000-unit memory (TICO-19 plus synthetic variations of its sentences:
 * words dropped, replaced, swapped, sentences joined) answering 10,000 queries on one thread.
 */
public final class TmBench {
    private TmBench() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(System.getProperty("hamgam.shared", "../shared"));
        int memorySize = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int querySize = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<TmUnit> tico = TmFiles.read(shared.resolve("data/tico19/all.en-fa.tmx"));
        List<String> vocabulary = new ArrayList<>();
        for (TmUnit u : tico) {
            vocabulary.addAll(Arrays.asList(u.source().split("\\s+")));
        }
        Random random = new Random(19);
        List<TmUnit> units = new ArrayList<>(tico);
        while (units.size() < memorySize) {
            TmUnit base = tico.get(random.nextInt(tico.size()));
            String varied = vary(base.source(), tico, vocabulary, random);
            units.add(TmUnit.of(varied, base.target(), "synthetic#" + units.size()));
        }
        List<String> queries = new ArrayList<>(querySize);
        while (queries.size() < querySize) {
            TmUnit base = units.get(random.nextInt(units.size()));
            queries.add(switch (queries.size() % 3) {
                case 0 -> base.source();
                case 1 -> vary(base.source(), tico, vocabulary, random);
                default -> vary(vary(base.source(), tico, vocabulary, random), tico, vocabulary, random);
            });
        }

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        TranslationMemory memory = TranslationMemory.of("bench", units);
        long t1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        TmOptions options = TmOptions.defaults();
        long matches = 0;
        long leveraged = 0;
        long exact = 0;
        for (String query : queries) {
            List<TmMatch> found = memory.search(query, options);
            matches += found.size();
            if (!found.isEmpty() && found.get(0).similarity() >= options.leverage()) {
                leveraged++;
            }
            if (!found.isEmpty() && found.get(0).exact()) {
                exact++;
            }
        }
        long t2 = System.nanoTime();
        long cpu2 = threads.getCurrentThreadCpuTime();
        System.out.println("tm_units: " + memory.size());
        System.out.println("queries: " + queries.size());
        System.out.printf("index_build_s: %.2f%n", (t1 - t0) / 1e9);
        System.out.printf("index_build_cpu_s: %.2f%n", (cpu1 - cpu0) / 1e9);
        System.out.printf("query_s: %.2f%n", (t2 - t1) / 1e9);
        System.out.printf("query_cpu_s: %.2f%n", (cpu2 - cpu1) / 1e9);
        System.out.printf("queries_per_s: %.0f%n", queries.size() / ((t2 - t1) / 1e9));
        System.out.printf("total_s: %.2f%n", (t2 - t0) / 1e9);
        System.out.printf("total_cpu_s: %.2f%n", (cpu2 - cpu0) / 1e9);
        System.out.println("matches_reported: " + matches);
        System.out.println("queries_leveraged_75: " + leveraged);
        System.out.println("queries_exact: " + exact);
    }

    /** One random edit at word level, as edited revisions of a sentence look in a real memory. */
    private static String vary(String text, List<TmUnit> tico, List<String> vocabulary, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split("\\s+")));
        int edit = random.nextInt(5);
        int at = random.nextInt(words.size());
        switch (edit) {
            case 0 -> {
                if (words.size() > 1) {
                    words.remove(at);
                }
            }
            case 1 -> words.set(at, vocabulary.get(random.nextInt(vocabulary.size())));
            case 2 -> words.add(at, vocabulary.get(random.nextInt(vocabulary.size())));
            case 3 -> {
                if (at + 1 < words.size()) {
                    String w = words.get(at);
                    words.set(at, words.get(at + 1));
                    words.set(at + 1, w);
                } else {
                    words.set(at, vocabulary.get(random.nextInt(vocabulary.size())));
                }
            }
            default -> {
                String[] other = tico.get(random.nextInt(tico.size())).source().split("\\s+");
                words = new ArrayList<>(words.subList(0, Math.max(1, words.size() / 2)));
                words.addAll(Arrays.asList(other).subList(other.length / 2, other.length));
            }
        }
        return String.join(" ", words);
    }
}

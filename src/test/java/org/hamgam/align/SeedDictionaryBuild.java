package org.hamgam.align;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.HashSet;
import java.util.Set;
import org.hamgam.bench.AlignBench;
import org.hamgam.bench.BenchData;

/**
 * Builds the fa–en seed list of {@link Dictionary} from the TICO-19 development documents (those
 * {@link AlignBench#isTuning} picks; the held-out documents are never read): IBM Model 1 trained in both directions
 * on the sentence pairs, keeping the word pairs that each direction gives a good share of its probability and that
 * meet in at least {@link #MIN_PAIRS} pairs. Function words are left out of both sides, and each stem is written as
 * the word form it is most often seen in.
 *
 * <p>{@code SeedDictionaryBuild OUT [MOD REM]}: with {@code MOD REM}, only development documents whose index is
 * {@code REM} modulo {@code MOD}, so that the list can be judged on the other development documents.
 */
public final class SeedDictionaryBuild {
    static final int ITERATIONS = 8;
    static final double MIN_SHARE = 0.15;
    static final int MIN_PAIRS = 2;

    private SeedDictionaryBuild() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int mod = args.length > 2 ? Integer.parseInt(args[1]) : 1;
        int rem = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        List<List<String>> fa = new ArrayList<>();
        List<List<String>> en = new ArrayList<>();
        Map<String, Map<String, Integer>> faForms = new HashMap<>();
        Map<String, Map<String, Integer>> enForms = new HashMap<>();
        Set<String> persianStop = persianStopWords();
        int k = 0;
        for (List<String[]> doc : BenchData.tico().values()) {
            if (AlignBench.isTuning(k) && k % mod == rem) {
                for (String[] pair : doc) {
                    fa.add(keys(pair[0], true, persianStop, faForms));
                    en.add(keys(pair[1], false, persianStop, enForms));
                }
            }
            k++;
        }
        Map<String, Map<String, Double>> forward = model1(fa, en);
        Map<String, Map<String, Double>> backward = model1(en, fa);
        Map<String, Map<String, Integer>> together = cooccurrences(fa, en);
        Map<String, TreeSet<String>> entries = new TreeMap<>();
        forward.forEach((f, row) -> row.forEach((e, p) -> {
            double back = backward.getOrDefault(e, Map.of()).getOrDefault(f, 0.0);
            int n = together.getOrDefault(f, Map.of()).getOrDefault(e, 0);
            if (p >= MIN_SHARE && back >= MIN_SHARE && n >= MIN_PAIRS) {
                entries.computeIfAbsent(f, x -> new TreeSet<>()).add(e);
            }
        }));
        List<String> lines = new ArrayList<>();
        lines.add("# Persian and English words that translate each other (compared by their stems), learned from the development documents"
                + " of TICO-19 (CC0); rebuilt by org.hamgam.align.SeedDictionaryBuild. " + fa.size() + " sentence"
                + " pairs, " + entries.size() + " entries.");
        // Written as words, their most frequent forms, so that the list reads as a dictionary and is stemmed as a
        // user's list is.
        entries.forEach((f, es) -> lines.add(commonest(faForms.get(f)) + "\t"
                + String.join("|", es.stream().map(e -> commonest(enForms.get(e))).toList())));
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println(out + ": " + entries.size() + " entries from " + fa.size() + " sentence pairs");
    }

    /**
     * The distinct stems of a sentence's content words, counting the forms each is written in. Latin words on the
     * Persian side are names the cognates cover; function words pair with nearly every sentence and, in a short
     * document, would pass for evidence.
     */
    private static List<String> keys(String text, boolean persian, Set<String> persianStop,
                                     Map<String, Map<String, Integer>> forms) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String w : Tokens.words(text)) {
            String form = Tokens.fold(w);
            if (persian ? !Tokens.isArabicWord(w) || persianStop.contains(form)
                    : form.length() < 3 || ENGLISH_FUNCTION_WORDS.contains(form)) {
                continue;
            }
            String key = persian ? Dictionary.persianKey(w) : Dictionary.englishKey(w);
            if (key.length() > 1) {
                out.add(key);
                forms.computeIfAbsent(key, x -> new HashMap<>()).merge(form, 1, Integer::sum);
            }
        }
        return new ArrayList<>(out);
    }

    private static String commonest(Map<String, Integer> forms) {
        return forms.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    /** Closed-class English words: articles, pronouns, prepositions, conjunctions, auxiliaries. */
    static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "and", "for", "that", "this", "these", "those",
            "with", "from", "into", "onto", "upon", "about", "above", "below", "over", "under", "between", "among",
            "through", "during", "before", "after", "since", "until", "while", "than", "then", "there", "here",
            "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "whether", "not", "nor", "but",
            "yet", "also", "are", "was", "were", "been", "being", "has", "have", "had", "having", "does", "did",
            "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "its", "his", "her",
            "hers", "him", "she", "they", "them", "their", "theirs", "our", "ours", "you", "your", "yours", "myself",
            "itself", "themselves", "any", "some", "such", "each", "every", "all", "both", "either", "neither",
            "other", "another", "same", "very", "too", "just", "only", "even", "out", "off", "per", "via", "because",
            "although", "though", "unless", "within", "without", "against", "across", "around", "toward", "towards",
            "whereas", "thus", "hence", "therefore", "however", "one's", "i'm", "it's", "don't");

    /** The Persian stop words term extraction leaves out, folded. */
    private static Set<String> persianStopWords() throws IOException {
        try (var in = SeedDictionaryBuild.class.getResourceAsStream("/org/hamgam/glossary/stopwords-fa.txt")) {
            Set<String> out = new HashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
                        out.add(Tokens.fold(l));
                        out.add(Tokens.fold(l.replace("\u200C", "")));
                    });
            return out;
        }
    }

    /** IBM Model 1 with an empty word: t(target word | source word), by expectation–maximisation. */
    static Map<String, Map<String, Double>> model1(List<List<String>> source, List<List<String>> target) {
        Map<String, Map<String, Double>> t = new HashMap<>();
        for (int i = 0; i < source.size(); i++) {
            for (String f : withEmpty(source.get(i))) {
                Map<String, Double> row = t.computeIfAbsent(f, x -> new HashMap<>());
                for (String e : target.get(i)) {
                    row.put(e, 1.0);
                }
            }
        }
        for (int it = 0; it < ITERATIONS; it++) {
            Map<String, Map<String, Double>> counts = new HashMap<>();
            for (int i = 0; i < source.size(); i++) {
                List<String> fs = withEmpty(source.get(i));
                for (String e : target.get(i)) {
                    double total = 0;
                    for (String f : fs) {
                        total += t.get(f).get(e);
                    }
                    for (String f : fs) {
                        counts.computeIfAbsent(f, x -> new HashMap<>()).merge(e, t.get(f).get(e) / total, Double::sum);
                    }
                }
            }
            counts.forEach((f, row) -> {
                double sum = row.values().stream().mapToDouble(Double::doubleValue).sum();
                row.replaceAll((e, c) -> c / sum);
            });
            counts.forEach((f, row) -> t.get(f).putAll(row));
        }
        t.remove("");
        return t;
    }

    private static List<String> withEmpty(List<String> words) {
        List<String> out = new ArrayList<>(words.size() + 1);
        out.add("");
        out.addAll(words);
        return out;
    }

    private static Map<String, Map<String, Integer>> cooccurrences(List<List<String>> fa, List<List<String>> en) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (int i = 0; i < fa.size(); i++) {
            for (String f : fa.get(i)) {
                Map<String, Integer> row = out.computeIfAbsent(f, x -> new HashMap<>());
                for (String e : en.get(i)) {
                    row.merge(e, 1, Integer::sum);
                }
            }
        }
        return out;
    }
}

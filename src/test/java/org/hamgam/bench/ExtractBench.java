package org.hamgam.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.TermCounts;
import org.hamgam.glossary.TermExtractor;
import org.hamgam.glossary.TermKeys;
import org.hamgam.glossary.TermMatcher;
import org.hamgam.glossary.TermTuning;
import org.hamgam.io.BitextReader;
import org.hamgam.model.SentencePair;
import org.hamgam.model.Term;
import org.hamgam.model.TermCandidate;
import org.hamgam.model.TermHit;
import org.hamgam.text.PersianNormalizer;

/**
 * Term extraction on TICO-19: bilingual candidates from {@code all.en-fa.tmx} against the TICO-19 term lists
 * (precision at 50 and 200, recall of the listed terms found together in at least 3 pairs), the time for
 * 100,000 pairs, and the top 30 of a {@code hamgam run} output folder given as the first argument.
 */
public final class ExtractBench {
    private static final PersianNormalizer NORMALIZER = new PersianNormalizer();

    private ExtractBench() {
    }

    public static void main(String[] args) throws Exception {
        Path tico = BenchData.shared().resolve("data/tico19");
        List<SentencePair> all = BitextReader.read(tico.resolve("all.en-fa.tmx"));
        String half = System.getProperty("bench.half", "all");
        List<SentencePair> pairs = half(all, half);
        Map<String, Set<String>> listed = termLists(tico);
        System.out.println("documents: " + half);
        System.out.println("pairs: " + pairs.size());
        System.out.println("listed_terms: " + listed.values().stream().mapToInt(Set::size).sum());

        long t0 = System.nanoTime();
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        long t1 = System.nanoTime();
        System.out.println("candidates: " + found.size());
        System.out.printf(Locale.ROOT, "tico_seconds: %.2f%n", (t1 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "precision_at_50: %.3f%n", precision(found, listed, 50));
        System.out.printf(Locale.ROOT, "precision_at_200: %.3f%n", precision(found, listed, 200));
        int unlisted = 0;
        int otherEnglish = 0;
        for (TermCandidate c : found.subList(0, Math.min(200, found.size()))) {
            if (!listed.containsKey(persian(c.source()))) {
                unlisted++;
            } else if (!right(c, listed)) {
                otherEnglish++;
            }
        }
        System.out.println("top200_persian_not_listed: " + unlisted);
        System.out.println("top200_persian_listed_english_not: " + otherEnglish);
        int misses = 0;
        int unnamed = 0;
        for (TermCandidate c : found.subList(0, Math.min(50, found.size()))) {
            if (!right(c, listed)) {
                misses++;
                if (!namedInList(c.target(), listed)) {
                    unnamed++;
                }
            }
        }
        System.out.println("top50_wrong: " + misses);
        System.out.println("top50_wrong_english_in_no_listed_entry: " + unnamed);

        Path judgedFile = Path.of(System.getProperty("bench.judged", "bench/extract-judged.tsv"));
        judged(found, judgedFile, 100, "", true);
        if (half.equals("even")) {
            // a second development figure: ranks 101-200 of the development half are judged too
            judged(found, judgedFile, 200, "", true);
        }

        if (half.equals("even")) {
            // what each tuned constant does, on the development half only: the held-out half is never tuned on
            TermCounts counts = TermCounts.of(pairs);
            System.out.println("tuned constants neutralised one at a time (judged right terms in the top 100):");
            for (TermTuning t : TermTuning.values()) {
                List<TermCandidate> without = new TermExtractor(2, Set.of(t)).bilingual(counts, Glossary.empty());
                int[] v = verdicts(without, judgedFile, 100, "", false);
                System.out.printf(Locale.ROOT, "  neutralised_%s (%s -> %s): %d right, %d unjudged%n",
                        t.name().toLowerCase(Locale.ROOT), number(t.value()), number(t.neutral()), v[0], v[1]);
            }
        }

        // as run extracts: one summary a document, merged; the word alignment is learnt per document
        TermCounts merged = TermCounts.empty();
        for (List<SentencePair> doc : documents(pairs)) {
            merged.add(TermCounts.of(doc));
        }
        judged(new TermExtractor().bilingual(merged, Glossary.empty()), judgedFile, 100, "per_document_", true);
        System.out.println("per_document_summary_candidates: " + merged.size());
        System.out.println("per_document_summary_serialized_bytes: " + serializedSize(merged));

        Set<String> frequent = frequentListed(pairs, listed, 3);
        Set<String> hit = new HashSet<>();
        for (TermCandidate c : found) {
            String k = key(c.source(), c.target());
            if (frequent.contains(k)) {
                hit.add(k);
            }
        }
        System.out.println("listed_occurring_3_times: " + frequent.size());
        Set<String> frequentTerms = new HashSet<>();
        Set<String> hitTerms = new HashSet<>();
        frequent.forEach(k -> frequentTerms.add(k.split("\t")[0]));
        hit.forEach(k -> hitTerms.add(k.split("\t")[0]));
        System.out.println("listed_persian_terms_occurring_3_times: " + frequentTerms.size());
        System.out.printf(Locale.ROOT, "recall_persian_terms: %.3f%n",
                frequentTerms.isEmpty() ? 0 : (double) hitTerms.size() / frequentTerms.size());
        System.out.printf(Locale.ROOT, "recall_entries: %.3f%n", frequent.isEmpty() ? 0 : (double) hit.size() / frequent.size());
        if (System.getProperty("bench.verbose") != null) {
            for (int i = 0; i < found.size(); i++) {
                if (i >= Integer.getInteger("bench.show", 60) && !frequent.contains(key(found.get(i).source(), found.get(i).target()))) {
                    continue;
                }
                TermCandidate c = found.get(i);
                String mark = right(c, listed) ? "+" : listed.containsKey(persian(c.source())) ? "~" : "-";
                System.out.println("  " + (i + 1) + " " + mark + " " + c.source() + " | " + c.target()
                        + " | " + c.score() + " | " + c.frequency());
            }
            for (String k : frequent) {
                if (!hit.contains(k)) {
                    System.out.println("  missed: " + k);
                }
            }
        }

        if (!Boolean.getBoolean("bench.skipSpeed")) {
            List<SentencePair> big = synthetic(pairs, 100_000);
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = cpu.getCurrentThreadCpuTime();
            long s0 = System.nanoTime();
            List<TermCandidate> bigFound = new TermExtractor().bilingual(big, Glossary.empty());
            long s1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "speed_cpu_seconds_one_thread: %.2f%n", (c1 - c0) / 1e9);
            System.out.println("speed_pairs: " + big.size());
            System.out.println("speed_candidates: " + bigFound.size());
            System.out.printf(Locale.ROOT, "speed_wall_seconds: %.2f%n", (s1 - s0) / 1e9);
        }

        if (args.length > 0) {
            List<SentencePair> seed = BitextReader.read(Path.of(args[0]));
            List<TermCandidate> top = TermExtractor.extract(seed, Glossary.empty());
            System.out.println("seed_pairs: " + seed.size());
            System.out.println("seed_candidates: " + top.size());
            for (int i = 0; i < Math.min(30, top.size()); i++) {
                TermCandidate c = top.get(i);
                System.out.printf(Locale.ROOT, "seed_top_%02d: %s\t%s\t%.3f\t%d%n", i + 1, c.source(), c.target(),
                        c.score(), c.frequency());
            }
        }
    }

    /**
     * The share of the top {@code n} that a person judged right and a term, from {@code file} (see its header for how
     * the judging was done); candidates nobody judged yet are counted and listed, never guessed.
     */
    private static void judged(List<TermCandidate> found, Path file, int n, String label, boolean listUnjudged)
            throws IOException {
        int[] v = verdicts(found, file, n, label, listUnjudged);
        if (v == null) {
            return;
        }
        System.out.printf(Locale.ROOT, "%sjudged_top%d_right_terms: %d%n", label, n, v[0]);
        System.out.printf(Locale.ROOT, "%sjudged_top%d_unjudged: %d%n", label, n, v[1]);
        System.out.printf(Locale.ROOT, "%sjudged_top%d_precision: %.2f%n", label, n, (double) v[0] / v[2]);
    }

    /** Right terms, unjudged candidates and candidates in the top {@code n}; null without a judged list. */
    private static int[] verdicts(List<TermCandidate> found, Path file, int n, String label, boolean listUnjudged)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Map<String, Boolean> verdicts = new java.util.HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (!line.startsWith("#") && f.length >= 3) {
                verdicts.put(f[0] + "\t" + f[1], f[2].equals("yes"));
            }
        }
        int yes = 0;
        int unjudged = 0;
        List<TermCandidate> top = found.subList(0, Math.min(n, found.size()));
        for (TermCandidate c : top) {
            Boolean v = verdicts.get(c.source() + "\t" + c.target());
            if (v == null) {
                unjudged++;
                if (listUnjudged) {
                    System.out.println("  " + label + "unjudged: " + c.source() + "\t" + c.target());
                }
            } else if (v) {
                yes++;
            }
        }
        return new int[] {yes, unjudged, Math.max(1, top.size())};
    }

    private static String number(double x) {
        return x >= Integer.MAX_VALUE ? "never" : x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }

    private static int serializedSize(TermCounts counts) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(counts);
        }
        return bytes.size();
    }

    /** The pairs grouped by document (ids {@code DOC:N}), documents in order of first appearance. */
    static List<List<SentencePair>> documents(List<SentencePair> pairs) {
        Map<String, List<SentencePair>> docs = new LinkedHashMap<>();
        for (SentencePair p : pairs) {
            int colon = p.id().lastIndexOf(':');
            docs.computeIfAbsent(colon < 0 ? p.id() : p.id().substring(0, colon), k -> new ArrayList<>()).add(p);
        }
        return new ArrayList<>(docs.values());
    }

    /**
     * The pairs of every other document (ids {@code DOC:N}, documents in order of first appearance): "even" keeps
     * the first, third, ... document, "odd" the others, anything else all pairs. Changes are chosen on one half and
     * checked on the other.
     */
    static List<SentencePair> half(List<SentencePair> pairs, String which) {
        if (!which.equals("even") && !which.equals("odd")) {
            return pairs;
        }
        Map<String, Integer> docs = new LinkedHashMap<>();
        List<SentencePair> out = new ArrayList<>();
        for (SentencePair p : pairs) {
            int colon = p.id().lastIndexOf(':');
            String doc = colon < 0 ? p.id() : p.id().substring(0, colon);
            int index = docs.computeIfAbsent(doc, k -> docs.size());
            if ((index % 2 == 0) == which.equals("even")) {
                out.add(p);
            }
        }
        return out;
    }

    /** 100,000 pairs: TICO-19 repeated, each copy with a numbered name on both sides and some words dropped. */
    static List<SentencePair> synthetic(List<SentencePair> pairs, int n) {
        List<SentencePair> out = new ArrayList<>(n);
        for (int i = 0; out.size() < n; i++) {
            SentencePair p = pairs.get(i % pairs.size());
            int copy = i / pairs.size();
            String fa = p.source();
            String en = p.target();
            if (copy % 2 == 1) {
                fa = dropLastWord(fa);
                en = dropLastWord(en);
            }
            out.add(new SentencePair("s" + i, fa + " شاهد-" + (i % 997), en + " Witness-" + (i % 997)));
        }
        return out;
    }

    private static String dropLastWord(String s) {
        int sp = s.strip().lastIndexOf(' ');
        return sp > 0 ? s.substring(0, sp) : s;
    }

    private static double precision(List<TermCandidate> found, Map<String, Set<String>> listed, int k) {
        int n = Math.min(k, found.size());
        int right = 0;
        for (int i = 0; i < n; i++) {
            if (right(found.get(i), listed)) {
                right++;
            }
        }
        return n == 0 ? 0 : (double) right / k;
    }

    private static boolean right(TermCandidate c, Map<String, Set<String>> listed) {
        Set<String> en = listed.get(persian(c.source()));
        return en != null && en.contains(english(c.target()));
    }

    /**
     * Whether any listed English term contains {@code english} as whole words (mask in face mask): a wrong candidate
     * that no entry names is a concept the lists leave out, whatever its Persian.
     */
    private static boolean namedInList(String english, Map<String, Set<String>> listed) {
        String needle = " " + english(english).replace('-', ' ') + " ";
        for (Set<String> en : listed.values()) {
            for (String e : en) {
                if ((" " + e.replace('-', ' ') + " ").contains(needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(String fa, String en) {
        return persian(fa) + "\t" + english(en);
    }

    /**
     * The glossary's notion of one Persian term, as the product compares terms: normalized, letters folded
     * (hamza, Arabic variants, digit systems), ZWNJ, spaces and hyphens between parts dropped.
     */
    static String persian(String s) {
        String t;
        try {
            t = NORMALIZER.normalize(s).text();
        } catch (RuntimeException e) {
            t = s;
        }
        return TermKeys.persian(t);
    }

    static String english(String s) {
        return TermKeys.english(s);
    }

    /** Persian key → English translations, from the three TICO-19 lists. */
    static Map<String, Set<String>> termLists(Path tico) throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        addList(out, tico.resolve("f_en-fa_IR.csv"), "targetString", "sourceString");
        addList(out, tico.resolve("g_en_fa.csv"), "targetString", "sourceString");
        addList(out, tico.resolve("g_fa_en.csv"), "sourceString", "targetString");
        return out;
    }

    private static void addList(Map<String, Set<String>> out, Path file, String faColumn, String enColumn)
            throws IOException {
        List<List<String>> rows = csv(Files.readString(file, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int fa = header.indexOf(faColumn);
        int en = header.indexOf(enColumn);
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() > Math.max(fa, en) && !r.get(fa).isBlank() && !r.get(en).isBlank()) {
                out.computeIfAbsent(persian(r.get(fa)), k -> new HashSet<>()).add(english(r.get(en)));
                ORIGINAL.putIfAbsent(persian(r.get(fa)), r.get(fa).strip());
            }
        }
    }

    /** Listed (Persian, English) keys whose terms the glossary matcher finds together in at least min pairs. */
    static Set<String> frequentListed(List<SentencePair> pairs, Map<String, Set<String>> listed, int min) {
        List<Term> terms = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        // one glossary per pair of entries keeps conflicting translations apart
        for (Map.Entry<String, Set<String>> e : listed.entrySet()) {
            for (String en : e.getValue()) {
                keys.add(e.getKey() + "\t" + en);
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> original = originals(listed);
        for (String k : keys) {
            String[] f = k.split("\t");
            terms.add(new Term(k, original.getOrDefault(f[0], f[0]), f[1], "", List.of(), "tico", 0));
        }
        for (Term t : terms) {
            TermMatcher m = new TermMatcher(Glossary.of(List.of(t)));
            int n = 0;
            for (SentencePair p : pairs) {
                if (!m.find(p.source()).isEmpty() && !m.findTarget(p.target()).isEmpty()) {
                    n++;
                }
            }
            counts.put(t.id(), n);
        }
        Set<String> out = new HashSet<>();
        counts.forEach((k, n) -> {
            if (n >= min) {
                out.add(k);
            }
        });
        return out;
    }

    private static Map<String, String> originals(Map<String, Set<String>> listed) {
        return ORIGINAL;
    }

    /** Normalized Persian key → the spelling the list gives, for the matcher. */
    private static final Map<String, String> ORIGINAL = new LinkedHashMap<>();

    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}

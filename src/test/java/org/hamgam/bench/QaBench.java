package org.hamgam.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.GlossaryReader;
import org.hamgam.glossary.TermMatcher;
import org.hamgam.io.QaInputReader;
import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.TermHit;
import org.hamgam.qa.Check;
import org.hamgam.qa.QaRunner;

/**
 * Recall of each QA check on pairs with known injected errors, false alarms on the clean pairs they came from
 * (TICO-19 Persian-English, 3,071 pairs in 31 documents), and speed. The glossary is the three TICO-19 term lists
 * read and matched as {@code hamgam qa --glossary} does ({@link GlossaryReader}, {@link TermMatcher} on both
 * sides); {@code -Dqa.bench.matcher=substring} instead matches two of the lists in the Persian source by plain
 * substring search, as earlier versions of this bench did. Run:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hamgam.bench.QaBench [--no-lt]
 * [--part=dev|test|all|each] [--speed-only]}. The documents alternate between a development part (the 1st, 3rd, … in file order)
 * and a held-out part (the 2nd, 4th, …); {@code each} reports dev, test and all in turn, every figure led by the
 * part's name. Speed is always measured on all documents. {@code -Dqa.bench.words=FILE} gives
 * the speller a user word list (one word a line; a Hunspell {@code .dic} works: its count line and affix flags
 * are skipped).
 *
 * <p>Terminology is judged differently from the other checks. TICO-19's translators were not bound to these term
 * lists, and about a third of the clean pairs render some glossary term by other words: for a glossary check those
 * pairs are not clean, and a finding on them is correct. So the bench decides by a test of its own
 * ({@link GlossaryUse}, Snowball stems, independent of the check) which pairs follow the glossary for every term
 * hit, and reports the check's false alarms on those pairs ({@code false_alarm_rate_glossary_followed}), the share
 * of pairs that do not follow it, how many of those the check flags, and the share of all clean pairs flagged
 * ({@code flagged_share_of_all_clean_pairs}, deviations included). Source hits carry every translation the
 * glossary lists for their Persian ({@code TermAlternatives}); {@code -Dqa.bench.alternatives=0} gives the
 * matcher's one entry a hit only. {@code -Dqa.bench.followed=1} lists findings on followed terms,
 * {@code -Dqa.bench.deviations=1} the terms not followed; {@code -Dqa.bench.dump=FILE} writes every finding of
 * the fast checks on the clean pairs, to compare two versions.
 */
public final class QaBench {
    private static final int CASES = 100;
    private static final int LT_CASES = 100;
    private static final String[] CODES = {"terminology", "number", "untranslated", "same-as-source", "length",
        "inconsistent", "punctuation", "whitespace", "spelling", "grammar", "source-*"};

    private static final long SEED = 20221;
    private final Random random = new Random(SEED);
    private final Map<String, List<QaPair>> docs = new LinkedHashMap<>();
    private final List<String[]> glossary = new ArrayList<>();
    private TermMatcher matcher;
    private org.hamgam.qa.TermAlternatives alternatives;
    /** The glossary's English terms, to inject a wrong one. */
    private final List<String> glossaryEnglish = new ArrayList<>();
    /** The documents of the part measured; {@link #docs} keeps all of them for the speed figures. */
    private final Map<String, List<QaPair>> part = new LinkedHashMap<>();

    /** Only the speed figures: {@code --speed-only}, to profile. */
    private static boolean speedOnly;

    private QaBench() {
    }

    public static void main(String[] args) throws IOException {
        boolean lt = true;
        String which = "all";
        for (String a : args) {
            if (a.equals("--no-lt")) {
                lt = false;
            } else if (a.equals("--speed-only")) {
                speedOnly = true;
            } else if (a.startsWith("--part=")) {
                which = a.substring("--part=".length());
            } else {
                throw new IllegalArgumentException(a);
            }
        }
        new QaBench().run(lt, which);
    }

    private void run(boolean withLanguageTool, String which) throws IOException {
        Path shared = Path.of(System.getProperty("hamgam.shared", "../shared"));
        Path tico = shared.resolve("data/tico19");
        boolean substring = "substring".equals(System.getProperty("qa.bench.matcher"));
        Set<String> exceptions = new HashSet<>();
        if (substring) {
            loadGlossary(tico.resolve("f_en-fa_IR.csv"));
            loadGlossary(tico.resolve("g_en_fa.csv"));
            for (String[] t : glossary) {
                exceptions.add(t[0]);
                glossaryEnglish.add(t[0]);
            }
        } else {
            List<Glossary> lists = new ArrayList<>();
            String[] names = {"f_en-fa_IR.csv", "g_en_fa.csv", "g_fa_en.csv"};
            for (int i = 0; i < names.length; i++) {
                try (var in = Files.newInputStream(tico.resolve(names[i]))) {
                    lists.add(GlossaryReader.read(names[i], in, i));
                } catch (org.hamgam.glossary.GlossaryException e) {
                    throw new IOException(e);
                }
            }
            Glossary merged = Glossary.merge(lists);
            matcher = new TermMatcher(merged);
            // Source hits carry every translation the glossary gives their Persian, as the product reads them.
            alternatives = "0".equals(System.getProperty("qa.bench.alternatives")) ? null
                    : new org.hamgam.qa.TermAlternatives(merged);
            merged.terms().forEach(t -> exceptions.add(t.target()));
            merged.terms().forEach(t -> glossaryEnglish.add(t.target()));
            // Every translation the glossary gives a Persian term: a target with any of them follows it.
            for (org.hamgam.model.Term t : merged.terms()) {
                GlossaryUse.TRANSLATIONS.computeIfAbsent(fold(t.source()), k -> new java.util.LinkedHashSet<>())
                        .add(t.target());
                for (String v : t.variants()) {
                    GlossaryUse.TRANSLATIONS.computeIfAbsent(fold(v), k -> new java.util.LinkedHashSet<>())
                            .add(t.target());
                }
            }
            System.out.println("glossary_terms: " + merged.size());
        }
        for (QaPair p : QaInputReader.read(tico.resolve("all.en-fa.tmx"))) {
            String doc = p.id().substring(0, p.id().indexOf(':'));
            docs.computeIfAbsent(doc, d -> new ArrayList<>()).add(withTerms(p));
        }
        if (substring) {
            System.out.println("glossary_terms: " + glossary.size());
        }
        QaRunner fast = QaRunner.withoutLanguageTool();
        Set<String> userWords = new HashSet<>();
        String words = System.getProperty("qa.bench.words");
        if (words != null) {
            userWords.addAll(org.hamgam.io.WordList.parse(
                    Files.readAllLines(Path.of(words), StandardCharsets.UTF_8)));
            System.out.println("user_words: " + userWords.size() + " (" + words + ")");
        }
        QaRunner ltOnly = QaRunner.of(QaRunner.standard(exceptions, userWords).checks().stream()
                .filter(c -> !QaRunner.FAST_CODES.contains(c.code())).toList());

        speed(fast);
        if (speedOnly) {
            return;
        }

        // Findings on the clean pairs of every document, once; each part then counts its own.
        Map<String, List<Issue>> cleanIssues = new HashMap<>();
        int all = docs.values().stream().mapToInt(List::size).sum();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (withLanguageTool) {
            // Start LanguageTool on every worker thread before timing it.
            List<QaPair> warm = docs.get("CMU_1").subList(0, 40);
            ltOnly.run(warm);
            long ltStart = System.nanoTime();
            long ltCpu = os.getProcessCpuTime();
            for (Map.Entry<String, List<QaPair>> d : docs.entrySet()) {
                for (Issue i : ltOnly.run(d.getValue())) {
                    cleanIssues.computeIfAbsent(key(i.code()), c -> new ArrayList<>()).add(i);
                }
            }
            double seconds = (System.nanoTime() - ltStart) / 1e9;
            System.out.printf(Locale.ROOT, "languagetool_pairs_per_s_all_cores: %.1f (%d cores; English spelling, grammar and Persian source rules)%n",
                    all / seconds, Runtime.getRuntime().availableProcessors());
            // Wall time suffers when other processes share the cores; CPU time does not.
            System.out.printf(Locale.ROOT, "languagetool_pairs_per_cpu_second: %.1f%n",
                    all / ((os.getProcessCpuTime() - ltCpu) / 1e9));
        }
        for (Map.Entry<String, List<QaPair>> d : docs.entrySet()) {
            for (Issue i : fast.run(d.getValue())) {
                cleanIssues.computeIfAbsent(key(i.code()), c -> new ArrayList<>()).add(i);
            }
        }
        String dump = System.getProperty("qa.bench.dump");
        if (dump != null) {
            // Every finding of the fast checks on the clean pairs, one a line, to compare two versions' findings.
            List<String> lines = new ArrayList<>();
            for (List<QaPair> d : docs.values()) {
                for (Issue i : fast.run(d)) {
                    lines.add(String.join("\t", i.code(), i.severity().name(), i.segment(), String.valueOf(i.start()),
                            String.valueOf(i.end()), i.message(), i.suggestion()));
                }
            }
            Files.write(Path.of(dump), lines, StandardCharsets.UTF_8);
            System.out.println("findings_written: " + lines.size() + " (" + dump + ")");
        }
        List<String> parts = which.equals("each") ? List.of("dev", "test", "all") : List.of(which);
        for (String name : parts) {
            part.clear();
            int index = 0;
            for (Map.Entry<String, List<QaPair>> d : docs.entrySet()) {
                boolean dev = index++ % 2 == 0;
                if (name.equals("all") || name.equals("dev") && dev || name.equals("test") && !dev) {
                    part.put(d.getKey(), d.getValue());
                }
            }
            if (part.isEmpty()) {
                throw new IllegalArgumentException("--part must be dev, test, all or each, not " + name);
            }
            random.setSeed(SEED);
            report(name, cleanIssues, withLanguageTool, fast, ltOnly);
        }
        if (System.getProperty("qa.bench.show") != null) {
            // A comma-separated list of codes; with -Dqa.bench.warn only findings above info. Only the documents of
            // the last part named are shown.
            boolean warnOnly = System.getProperty("qa.bench.warn") != null;
            for (String show : System.getProperty("qa.bench.show").split(",")) {
                cleanIssues.getOrDefault(show, List.of()).stream()
                        .filter(i -> part.containsKey(i.segment().substring(0, i.segment().indexOf(':'))))
                        .filter(i -> !warnOnly || i.severity() != org.hamgam.model.Severity.INFO)
                        .limit(Long.getLong("qa.bench.limit", 60))
                        .forEach(i -> System.out.println("  " + i.code() + " " + i.segment() + " " + i.message()
                                + " | " + i.suggestion() + " | " + find(i.segment()).target()));
            }
        }
    }

    /** Recall and false alarms of every check on the documents of {@link #part}, each line led by the part's name. */
    private void report(String name, Map<String, List<Issue>> cleanIssues, boolean withLanguageTool, QaRunner fast,
            QaRunner ltOnly) {
        int clean = part.values().stream().mapToInt(List::size).sum();
        System.out.println(name + ".documents: " + part.size());
        System.out.println(name + ".clean_pairs: " + clean);
        System.out.println(name + ".pairs_with_source_terms: "
                + part.values().stream().flatMap(List::stream).filter(p -> !p.sourceTerms().isEmpty()).count());
        Map<String, Set<String>> flaggedClean = new HashMap<>();
        Map<String, Set<String>> flaggedCleanWarn = new HashMap<>();
        for (Map.Entry<String, List<Issue>> e : cleanIssues.entrySet()) {
            Set<String> ids = new HashSet<>();
            Set<String> warnIds = new HashSet<>();
            for (Issue i : e.getValue()) {
                if (!part.containsKey(i.segment().substring(0, i.segment().indexOf(':')))) {
                    continue;
                }
                ids.add(i.segment());
                if (i.severity() != org.hamgam.model.Severity.INFO) {
                    warnIds.add(i.segment());
                }
            }
            flaggedClean.put(e.getKey(), ids);
            flaggedCleanWarn.put(e.getKey(), warnIds);
        }
        for (String code : CODES) {
            boolean lt = code.equals("spelling") || code.equals("grammar") || code.startsWith("source-");
            if (lt && !withLanguageTool) {
                continue;
            }
            Set<String> flagged = flaggedClean.getOrDefault(code, Set.of());
            // Each check draws its cases from a stream of its own: a change to one check's injection leaves the
            // other checks' cases as they were.
            random.setSeed(SEED ^ code.hashCode());
            double[] recall = recall(code, lt ? LT_CASES : CASES, flagged, lt ? ltOnly : fast, lt);
            System.out.printf(Locale.ROOT, "%s.%s.cases: %d%n", name, code, (int) recall[1]);
            System.out.printf(Locale.ROOT, "%s.%s.recall: %.3f%n", name, code, recall[0]);
            System.out.printf(Locale.ROOT, "%s.%s.recall_warning_or_error: %.3f%n", name, code, recall[2]);
            int warn = flaggedCleanWarn.getOrDefault(code, Set.of()).size();
            if (code.equals("terminology")) {
                // Not false alarms: a third of TICO-19's pairs render a glossary term by other words (see
                // terminologyByGlossaryUse, which gives the false alarms on pairs that follow the glossary).
                System.out.printf(Locale.ROOT, "%s.%s.flagged_share_of_all_clean_pairs: %.4f (%d of %d clean pairs,"
                        + " deviations from the glossary included)%n", name, code, flagged.size() / (double) clean,
                        flagged.size(), clean);
                System.out.printf(Locale.ROOT, "%s.%s.flagged_share_of_all_clean_pairs_warning_or_error: %.4f (%d)%n",
                        name, code, warn / (double) clean, warn);
                continue;
            }
            System.out.printf(Locale.ROOT, "%s.%s.false_alarm_rate: %.4f (%d of %d clean pairs)%n", name, code,
                    flagged.size() / (double) clean, flagged.size(), clean);
            System.out.printf(Locale.ROOT, "%s.%s.false_alarm_rate_warning_or_error: %.4f (%d)%n", name, code,
                    warn / (double) clean, warn);
        }
        terminologyByGlossaryUse(name, cleanIssues, clean);
    }

    /**
     * The terminology check judged against whether the translator followed the glossary, decided by
     * {@link GlossaryUse}, a test in this bench that shares no code with the check or the glossary matcher. A
     * finding is correct when the glossary's translation of the term is absent from the target, and a false alarm
     * when the target has it in some form. TICO-19's translators were not bound to these term lists, so many clean
     * pairs deviate from them: those pairs are counted and reported apart, not as false alarms.
     */
    private void terminologyByGlossaryUse(String name, Map<String, List<Issue>> cleanIssues, int clean) {
        Map<String, Set<String>> flaggedTerms = new HashMap<>();
        Map<String, Set<String>> flaggedTermsWarning = new HashMap<>();
        for (Issue i : cleanIssues.getOrDefault("terminology", List.of())) {
            // The finding names the glossary entry's Persian: the message's first quoted text.
            String term = fold(i.message().substring(i.message().indexOf('"') + 1,
                    i.message().indexOf('"', i.message().indexOf('"') + 1)));
            flaggedTerms.computeIfAbsent(i.segment(), s -> new HashSet<>()).add(term);
            if (i.severity() != org.hamgam.model.Severity.INFO) {
                flaggedTermsWarning.computeIfAbsent(i.segment(), s -> new HashSet<>()).add(term);
            }
        }
        int withHits = 0;
        int followedPairs = 0;
        int deviatingPairs = 0;
        int falsePairs = 0;
        int falsePairsWarning = 0;
        int deviatingFlagged = 0;
        int deviatingFlaggedWarning = 0;
        int followedTerms = 0;
        int falseTerms = 0;
        int falseTermsWarning = 0;
        boolean show = System.getProperty("qa.bench.followed") != null;
        for (List<QaPair> pairs : part.values()) {
            for (QaPair p : pairs) {
                Map<String, Boolean> terms = GlossaryUse.terms(p);
                if (terms.isEmpty()) {
                    continue;
                }
                withHits++;
                Set<String> flagged = flaggedTerms.getOrDefault(p.id(), Set.of());
                Set<String> flaggedWarning = flaggedTermsWarning.getOrDefault(p.id(), Set.of());
                boolean followed = !terms.containsValue(false);
                if (followed) {
                    followedPairs++;
                    falsePairs += flagged.isEmpty() ? 0 : 1;
                    falsePairsWarning += flaggedWarning.isEmpty() ? 0 : 1;
                } else {
                    deviatingPairs++;
                    deviatingFlagged += flagged.isEmpty() ? 0 : 1;
                    deviatingFlaggedWarning += flaggedWarning.isEmpty() ? 0 : 1;
                }
                for (Map.Entry<String, Boolean> t : terms.entrySet()) {
                    if (t.getValue()) {
                        followedTerms++;
                        falseTerms += flagged.contains(t.getKey()) ? 1 : 0;
                        falseTermsWarning += flaggedWarning.contains(t.getKey()) ? 1 : 0;
                        if (show && flagged.contains(t.getKey())) {
                            System.out.println("  followed " + (flaggedWarning.contains(t.getKey()) ? "W " : "I ")
                                    + p.id() + " " + t.getKey() + " " + GlossaryUse.english(p, t.getKey())
                                    + " | " + p.target());
                        }
                    } else if (System.getProperty("qa.bench.deviations") != null) {
                        System.out.println("  deviation " + (flaggedWarning.contains(t.getKey()) ? "W "
                                : flagged.contains(t.getKey()) ? "I " : "- ") + p.id() + " " + t.getKey() + " "
                                + GlossaryUse.english(p, t.getKey()) + " | " + p.target());
                    }
                }
            }
        }
        int terminologyClean = clean - deviatingPairs;
        System.out.printf(Locale.ROOT, "%s.terminology.pairs_with_term_hits: %d of %d clean pairs%n", name, withHits,
                clean);
        System.out.printf(Locale.ROOT, "%s.terminology.pairs_glossary_followed: %d (every term hit's English in the"
                + " target, by the bench's own test)%n", name, followedPairs);
        System.out.printf(Locale.ROOT, "%s.terminology.pairs_glossary_not_followed: %d (%.4f of clean pairs: the"
                + " translator used other words for at least one term)%n", name, deviatingPairs,
                deviatingPairs / (double) clean);
        System.out.printf(Locale.ROOT, "%s.terminology.false_alarm_rate_glossary_followed: %.4f (%d of %d pairs that"
                + " follow the glossary; %.4f of %d pairs clean for terminology)%n", name,
                falsePairs / (double) followedPairs, falsePairs, followedPairs, falsePairs / (double) terminologyClean,
                terminologyClean);
        System.out.printf(Locale.ROOT, "%s.terminology.false_alarm_rate_glossary_followed_warning_or_error: %.4f (%d"
                + " of %d pairs that follow the glossary; %.4f of %d pairs clean for terminology)%n", name,
                falsePairsWarning / (double) followedPairs, falsePairsWarning, followedPairs,
                falsePairsWarning / (double) terminologyClean, terminologyClean);
        System.out.printf(Locale.ROOT, "%s.terminology.false_findings_on_followed_terms: %d (%d at warning) of %d"
                + " term uses that follow the glossary, in any pair%n", name, falseTerms, falseTermsWarning,
                followedTerms);
        System.out.printf(Locale.ROOT, "%s.terminology.glossary_not_followed_flagged: %.4f (%d of %d pairs; %.4f at"
                + " warning)%n", name, deviatingFlagged / (double) Math.max(1, deviatingPairs), deviatingFlagged,
                deviatingPairs, deviatingFlaggedWarning / (double) Math.max(1, deviatingPairs));
    }

    private static String key(String code) {
        // A date is numbers compared across calendars: its findings count as the number check's, misses and false
        // alarms alike, since a number changed inside a date is raised by the date check.
        return code.startsWith("source-") ? "source-*" : code.equals("date") ? "number" : code;
    }

    private final Map<String, QaPair> byId = new HashMap<>();

    private QaPair find(String id) {
        if (byId.isEmpty()) {
            docs.values().forEach(pairs -> pairs.forEach(p -> byId.put(p.id(), p)));
        }
        return byId.get(id);
    }

    /** Fast checks on one core: all together, then each alone. */
    private void speed(QaRunner fast) {
        List<List<QaPair>> all = new ArrayList<>(docs.values());
        int pairs = all.stream().mapToInt(List::size).sum();
        // Warm up until the rounds run alone: at least 30 rounds, then until five rounds in a row cost the process no
        // more than a tenth above what they cost this thread. On a busy machine the JIT compiler's threads get little
        // time and go on compiling long after a fixed warm-up, and that work would be timed as well.
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        int warm = 0;
        for (int quiet = 0; warm < 30 || quiet < 5 && warm < 1000; warm++) {
            long thread = mx.getCurrentThreadCpuTime();
            long process = os.getProcessCpuTime();
            for (List<QaPair> d : all) {
                fast.run(d);
            }
            boolean alone = os.getProcessCpuTime() - process <= 1.1 * (mx.getCurrentThreadCpuTime() - thread);
            quiet = alone ? quiet + 1 : 0;
        }
        System.out.println("fast_checks_warmup_rounds: " + warm);
        // CPU time of this thread, not wall time: other processes share the machine.
        int rounds = 40;
        // The whole process's CPU time as well: it includes the garbage collector's and the compiler's threads, which
        // the thread's own time leaves out.
        long p0 = os.getProcessCpuTime();
        long t0 = mx.getCurrentThreadCpuTime();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (List<QaPair> d : all) {
                sink += fast.run(d).size();
            }
        }
        double s = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
        double processSeconds = (os.getProcessCpuTime() - p0) / 1e9;
        System.out.printf(Locale.ROOT, "fast_checks_pairs_per_s_one_core: %.0f%n", pairs * rounds / s);
        System.out.printf(Locale.ROOT, "fast_checks_pairs_per_s_process_cpu: %.0f (garbage collection and compilation included)%n",
                pairs * rounds / processSeconds);
        // The fastest of several short blocks: on a shared machine the other processes only ever slow a block down.
        double[] blocks = new double[8];
        for (int block = 0; block < blocks.length; block++) {
            t0 = mx.getCurrentThreadCpuTime();
            for (int r = 0; r < 5; r++) {
                for (List<QaPair> d : all) {
                    sink += fast.run(d).size();
                }
            }
            blocks[block] = pairs * 5 / ((mx.getCurrentThreadCpuTime() - t0) / 1e9);
        }
        java.util.Arrays.sort(blocks);
        System.out.printf(Locale.ROOT, "fast_checks_pairs_per_s_one_core_best_of_8_blocks: %.0f%n",
                blocks[blocks.length - 1]);
        System.out.printf(Locale.ROOT, "fast_checks_pairs_per_s_one_core_median_of_8_blocks: %.0f%n",
                (blocks[3] + blocks[4]) / 2);
        for (Check c : fast.checks()) {
            t0 = mx.getCurrentThreadCpuTime();
            for (int r = 0; r < rounds; r++) {
                for (List<QaPair> d : all) {
                    sink += c.check(d).size();
                }
            }
            s = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
            double bestCheck = 0;
            for (int block = 0; block < 8; block++) {
                t0 = mx.getCurrentThreadCpuTime();
                for (int r = 0; r < 5; r++) {
                    for (List<QaPair> d : all) {
                        sink += c.check(d).size();
                    }
                }
                bestCheck = Math.max(bestCheck, pairs * 5 / ((mx.getCurrentThreadCpuTime() - t0) / 1e9));
            }
            System.out.printf(Locale.ROOT, "%s.pairs_per_s_one_core: %.0f (best of 8 blocks %.0f)%n", c.code(),
                    pairs * rounds / s, bestCheck);
        }
        if (sink < 0) {
            System.out.println(sink);
        }
    }

    /** Injects {@code n} errors for {@code code} into pairs the check left alone, one a pair; returns recall. */
    private double[] recall(String code, int n, Set<String> flaggedClean, QaRunner runner, boolean lt) {
        List<String> docNames = new ArrayList<>(part.keySet());
        Map<String, List<QaPair>> injected = new TreeMap<>();
        Set<String> targets = new HashSet<>();
        int attempts = 0;
        while (targets.size() < n && attempts++ < 200_000) {
            String doc = docNames.get(random.nextInt(docNames.size()));
            List<QaPair> pairs = injected.computeIfAbsent(doc, d -> new ArrayList<>(docs.get(d)));
            int k = random.nextInt(pairs.size());
            QaPair p = pairs.get(k);
            // A few errors a document: length and consistency learn from the document itself.
            long already = pairs.stream().filter(q -> targets.contains(q.id())).count();
            if (already >= Math.max(1, pairs.size() / 10)) {
                continue;
            }
            if (flaggedClean.contains(p.id()) || targets.contains(p.id()) || !p.equals(docs.get(doc).get(k))) {
                continue;
            }
            QaPair bad = inject(code, p, pairs, k);
            if (bad != null) {
                pairs.set(k, bad);
                targets.add(p.id());
            }
        }
        int found = 0;
        int foundWarning = 0;
        if (lt) {
            // LanguageTool looks at one pair at a time: check only the pairs with an injected error.
            List<QaPair> only = new ArrayList<>();
            injected.values().forEach(pairs -> pairs.stream().filter(p -> targets.contains(p.id())).forEach(only::add));
            injected.clear();
            injected.put("", only);
        }
        for (List<QaPair> pairs : injected.values()) {
            Set<String> hit = new HashSet<>();
            Set<String> hitWarning = new HashSet<>();
            for (Issue i : runner.run(pairs)) {
                if (key(i.code()).equals(code)) {
                    hit.add(i.segment());
                    if (i.severity() != org.hamgam.model.Severity.INFO) {
                        hitWarning.add(i.segment());
                    }
                }
            }
            for (QaPair p : pairs) {
                if (targets.contains(p.id()) && hitWarning.contains(p.id())) {
                    foundWarning++;
                }
                if (targets.contains(p.id()) && hit.contains(p.id())) {
                    found++;
                } else if (targets.contains(p.id()) && System.getProperty("qa.bench.misses") != null) {
                    System.out.println("  miss " + code + " " + p.id() + " | " + p.source() + " | " + p.target());
                }
            }
        }
        return new double[] {targets.isEmpty() ? 0 : found / (double) targets.size(), targets.size(),
            targets.isEmpty() ? 0 : foundWarning / (double) targets.size()};
    }

    /** The pair with one error of the kind {@code code} detects, or null if this pair does not lend itself. */
    private QaPair inject(String code, QaPair p, List<QaPair> doc, int index) {
        String s = p.source();
        String t = p.target();
        int variant = random.nextInt(3);
        switch (code) {
            case "terminology": {
                // The translator renders one glossary term wrongly: every English the glossary gives for it that
                // stands in the target is replaced by another glossary term's English or by a vague phrase.
                for (TermHit h : p.sourceTerms()) {
                    String lower = t.toLowerCase(Locale.ROOT);
                    if (h.target().length() < 4 || !lower.contains(h.target().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    List<String> forms = new ArrayList<>();
                    forms.add(h.target());
                    for (TermHit other : p.targetTerms()) {
                        if (fold(other.source()).equals(fold(h.source()))) {
                            forms.add(other.surface());
                        }
                    }
                    String wrong = "that thing";
                    for (int tries = 0; variant > 0 && tries < 20; tries++) {
                        // A wrong term shares no word with the right one (not "novel virus" for "virus").
                        String other = glossaryEnglish.get(random.nextInt(glossaryEnglish.size()));
                        String lowerOther = other.toLowerCase(Locale.ROOT);
                        boolean shares = false;
                        for (String w : h.target().toLowerCase(Locale.ROOT).split("\\W+")) {
                            shares |= w.length() >= 3 && lowerOther.contains(w);
                        }
                        if (!shares) {
                            wrong = other;
                            break;
                        }
                    }
                    String bad = t;
                    for (String form : forms) {
                        bad = bad.replaceAll("(?i)" + java.util.regex.Pattern.quote(form), wrong);
                    }
                    QaPair injected = with(p, s, bad);
                    // The glossary's matcher must no longer find the term in the target in any form.
                    if (matcher != null && injected.targetTerms().stream()
                            .anyMatch(o -> fold(o.source()).equals(fold(h.source())))) {
                        return null;
                    }
                    // Nor may the bench's own test still find it: a wrong term sharing a stem is no error.
                    if (Boolean.TRUE.equals(GlossaryUse.terms(injected).get(fold(h.source())))) {
                        return null;
                    }
                    return injected;
                }
                return null;
            }
            case "number": {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(t);
                if (variant == 0 && m.find()) {
                    String digits = m.group();
                    String changed = digits.substring(0, digits.length() - 1)
                            + (char) ('0' + (digits.charAt(digits.length() - 1) - '0' + 1 + random.nextInt(8)) % 10);
                    return with(p, s, t.substring(0, m.start()) + changed + t.substring(m.end()));
                }
                if (variant == 1 && m.find()) {
                    return with(p, s, (t.substring(0, m.start()) + t.substring(m.end())).replace("  ", " "));
                }
                if (variant == 2) {
                    int gap = t.indexOf(' ');
                    if (gap < 0) {
                        return null;
                    }
                    return with(p, s, t.substring(0, gap) + " " + (2 + random.nextInt(500)) + t.substring(gap));
                }
                return null;
            }
            case "untranslated": {
                if (variant == 0) {
                    return with(p, s, "");
                }
                String word = persianWord(s);
                int gap = t.indexOf(' ');
                if (word == null || gap < 0) {
                    return null;
                }
                return with(p, s, t.substring(0, gap) + " " + word + t.substring(gap));
            }
            case "same-as-source":
                return with(p, s, s);
            case "length": {
                if (letters(s) < 40) {
                    return null;
                }
                if (variant == 0) {
                    int cut = t.lastIndexOf(' ', t.length() / 3);
                    return cut <= 0 ? null : with(p, s, t.substring(0, cut));
                }
                List<QaPair> all = docs.get(randomDoc());
                String extra = all.get(random.nextInt(all.size())).target() + " "
                        + all.get(random.nextInt(all.size())).target();
                return letters(extra) < letters(t) ? null : with(p, s, t + " " + extra);
            }
            case "inconsistent": {
                if (index == 0) {
                    return null;
                }
                QaPair ref = doc.get(random.nextInt(index));
                if (ref.source().equals(s) || ref.target().equals(t) || ref.target().split(" ").length < 3) {
                    return null;
                }
                return variant == 0 ? with(p, s, ref.target()) : with(p, ref.source(), t);
            }
            case "punctuation": {
                char last = t.isEmpty() ? 0 : t.charAt(t.length() - 1);
                if (variant == 0 && (last == '?' || last == '.')) {
                    return with(p, s, t.substring(0, t.length() - 1) + (last == '?' ? "." : "!"));
                }
                if (variant == 1) {
                    int gap = t.indexOf(' ');
                    return gap < 0 ? null : with(p, s, t.substring(0, gap) + " (" + t.substring(gap + 1));
                }
                int comma = t.indexOf(',');
                if (comma >= 0) {
                    return with(p, s, t.substring(0, comma) + "\u060C" + t.substring(comma + 1));
                }
                int gap = t.lastIndexOf(' ');
                return gap < 0 ? null : with(p, s, t.substring(0, gap) + " \"" + t.substring(gap + 1));
            }
            case "whitespace": {
                if (variant == 0) {
                    int gap = t.indexOf(' ', t.length() / 2);
                    return gap < 0 ? null : with(p, s, t.substring(0, gap) + " " + t.substring(gap));
                }
                return with(p, s, variant == 1 ? " " + t : t + " ");
            }
            case "spelling": {
                String[] words = t.split(" ");
                for (int tries = 0; tries < 10; tries++) {
                    int w = 1 + random.nextInt(Math.max(1, words.length - 1));
                    if (w >= words.length || !words[w].matches("[a-z]{5,}")) {
                        continue;
                    }
                    String word = words[w];
                    int i = 1 + random.nextInt(word.length() - 3);
                    String typo = switch (variant) {
                        case 0 -> word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
                        case 1 -> word.substring(0, i) + word.substring(i + 1);
                        default -> word.substring(0, i) + word.charAt(i) + word.substring(i);
                    };
                    words[w] = typo;
                    return with(p, s, String.join(" ", words));
                }
                return null;
            }
            case "grammar": {
                String[] words = t.split(" ");
                if (variant > 0) {
                    // Swap an article: "a" before a consonant becomes "an", "an" before a vowel becomes "a".
                    for (int w = 0; w + 1 < words.length; w++) {
                        if ((words[w].equals("a") || words[w].equals("an")) && words[w + 1].matches("[a-z]{3,}")) {
                            words[w] = words[w].equals("a") ? "an" : "a";
                            return with(p, s, String.join(" ", words));
                        }
                    }
                }
                for (int tries = 0; tries < 10; tries++) {
                    int w = random.nextInt(words.length);
                    if (words[w].matches("[a-z]{3,}")) {
                        words[w] = words[w] + " " + words[w];
                        return with(p, s, String.join(" ", words));
                    }
                }
                return null;
            }
            case "source-*": {
                String word = persianWord(s);
                if (word == null) {
                    return null;
                }
                int at = s.indexOf(word);
                return with(p, s.substring(0, at) + word + " " + s.substring(at), t);
            }
            default:
                throw new IllegalArgumentException(code);
        }
    }

    private String randomDoc() {
        List<String> names = new ArrayList<>(docs.keySet());
        return names.get(random.nextInt(names.size()));
    }

    /** The pair with new texts; glossary hits found anew on a side that changed. */
    private QaPair with(QaPair p, String source, String target) {
        if (matcher == null) {
            return new QaPair(p.id(), source, target, source.equals(p.source()) ? p.sourceTerms()
                    : withTerms(QaPair.of(p.id(), source, target)).sourceTerms(), p.targetTerms());
        }
        return new QaPair(p.id(), source, target,
                source.equals(p.source()) ? p.sourceTerms() : sourceHits(source),
                target.equals(p.target()) ? p.targetTerms() : matcher.findTarget(target));
    }

    private List<TermHit> sourceHits(String source) {
        return alternatives == null ? matcher.find(source) : alternatives.expand(matcher.find(source));
    }

    /** A Persian term as a key: spaces and ZWNJ dropped, Arabic letter variants folded. */
    private static String fold(String persian) {
        return persian.replaceAll("[\\s\u200c]", "").replace('\u064A', '\u06CC').replace('\u0643', '\u06A9');
    }


    private static String persianWord(String s) {
        for (String w : s.split("\\s+")) {
            if (w.length() >= 4 && w.chars().allMatch(c -> c >= 0x0621 && c <= 0x06FF)) {
                return w;
            }
        }
        return null;
    }

    private static int letters(String s) {
        return (int) s.chars().filter(c -> !Character.isWhitespace(c)).count();
    }

    /** Glossary hits: by the product's matcher, or each Persian term found in the source at a word start. */
    private QaPair withTerms(QaPair p) {
        if (matcher != null) {
            return new QaPair(p.id(), p.source(), p.target(), sourceHits(p.source()), matcher.findTarget(p.target()));
        }
        List<TermHit> hits = new ArrayList<>();
        String src = p.source();
        for (String[] term : glossary) {
            String fa = term[1];
            int at = src.indexOf(fa);
            if (at >= 0 && (at == 0 || !Character.isLetter(src.charAt(at - 1)))) {
                hits.add(new TermHit(term[2], fa, term[0], at, at + fa.length(), fa));
            }
        }
        return new QaPair(p.id(), p.source(), p.target(), hits, List.of());
    }

    private void loadGlossary(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = parseCsv(lines.get(0));
        int en = header.indexOf("sourceString");
        int fa = header.indexOf("targetString");
        for (int i = 1; i < lines.size(); i++) {
            List<String> row = parseCsv(lines.get(i));
            if (row.size() <= Math.max(en, fa)) {
                continue;
            }
            String e = row.get(en).strip();
            String f = row.get(fa).strip();
            // Terms with notes in brackets or Latin letters in the Persian are not plain terms.
            if (e.isEmpty() || f.length() < 3 || f.matches(".*[A-Za-z()].*")) {
                continue;
            }
            glossary.add(new String[] {e, f, csv.getFileName() + ":" + (i + 1)});
        }
    }

    /** The cells of one CSV line, double-quoted cells with "" for a quote. */
    static List<String> parseCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    /**
     * Whether a target follows the glossary for each term hit of its source, by a test of this bench's own: the
     * Snowball (Porter 2) English stemmer of OpenNLP on words with British spellings mapped to American ones, so
     * that inflected and derived forms meet (case/cases, ventilator/ventilation, immune/immunity); the words of a
     * term in any order within a few words of each other; parts written together, apart or hyphenated (health care,
     * healthcare, health-care); a word inside an English compound (virus in coronavirus); an acronym for its
     * expansion and back. A term is followed when any translation the glossary gives its Persian is. Deliberately independent of {@code TerminologyCheck} and {@code TermMatcher}.
     */
    static final class GlossaryUse {
        private static final Set<String> FUNCTION = Set.of("a", "an", "the", "of", "for", "and", "or", "in", "on",
                "to", "with", "by", "at", "from", "s");
        /** Other words a term's words may stand among and still be one phrase, turned round or split. */
        private static final int SPAN_SLACK = 4;
        private static final Set<String> INITIALS_SKIPPED = Set.of("of", "for", "and", "the", "on", "in", "&");
        private static final Map<String, String> STEMS = new HashMap<>();
        /** The glossary's translations of each Persian term (folded), all of them. */
        static final Map<String, Set<String>> TRANSLATIONS = new HashMap<>();
        private static final opennlp.tools.stemmer.snowball.SnowballStemmer STEMMER =
                new opennlp.tools.stemmer.snowball.SnowballStemmer(
                        opennlp.tools.stemmer.snowball.SnowballStemmer.ALGORITHM.ENGLISH);

        private GlossaryUse() {
        }

        /** Each Persian term of the pair's source hits (folded) and whether the target follows the glossary. */
        static Map<String, Boolean> terms(QaPair p) {
            Map<String, Boolean> out = new LinkedHashMap<>();
            if (p.sourceTerms().isEmpty()) {
                return out;
            }
            Target target = new Target(p.target());
            for (TermHit h : p.sourceTerms()) {
                if (h.target().isBlank()) {
                    continue;
                }
                String key = fold(h.source());
                boolean followed = target.follows(h.target());
                for (String other : TRANSLATIONS.getOrDefault(key, Set.of())) {
                    followed = followed || target.follows(other);
                }
                out.merge(key, followed, Boolean::logicalOr);
            }
            return out;
        }

        /** The English the glossary gives for a folded Persian term in this pair. */
        static String english(QaPair p, String folded) {
            return String.join(" / ", p.sourceTerms().stream().filter(h -> fold(h.source()).equals(folded))
                    .map(h -> h.target().strip()).distinct().toList());
        }

        /** Whether {@code english} (a glossary translation, maybe alternatives) is followed in {@code target}. */
        static boolean follows(String english, String target) {
            return new Target(target).follows(english);
        }

        private static final class Target {
            final String text;
            final List<String> tokens = new ArrayList<>();
            /** The stem of each token, and of each token joined to the next (health care / healthcare). */
            final List<String> stems = new ArrayList<>();
            final List<String> joined = new ArrayList<>();
            final Set<String> exact = new HashSet<>();

            Target(String text) {
                this.text = text;
                for (String w : text.split("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})|[^\\p{L}\\p{N}]+")) {
                    if (!w.isEmpty()) {
                        exact.add(w);
                        tokens.add(w.toLowerCase(Locale.ROOT));
                    }
                }
                for (int i = 0; i < tokens.size(); i++) {
                    stems.add(stem(tokens.get(i)));
                    joined.add(i + 1 < tokens.size() ? stem(tokens.get(i) + tokens.get(i + 1)) : "");
                }
            }

            boolean follows(String english) {
                for (String alt : english.split("\\s*[/;|]\\s*|\\s*[()]\\s*")) {
                    if (!alt.isBlank() && followsOne(alt.strip())) {
                        return true;
                    }
                }
                return false;
            }

            private boolean followsOne(String alt) {
                List<String> original = new ArrayList<>();
                for (String w : alt.split("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})|[^\\p{L}\\p{N}]+")) {
                    if (!w.isEmpty()) {
                        original.add(w);
                    }
                }
                if (original.isEmpty()) {
                    return false;
                }
                if (original.size() == 1 && isAcronym(original.get(0))) {
                    return exact.contains(original.get(0)) || expanded(original.get(0));
                }
                String initials = initials(original);
                if (initials != null && exact.contains(initials)) {
                    return true;
                }
                List<String> words = new ArrayList<>();
                for (String w : original) {
                    String lower = w.toLowerCase(Locale.ROOT);
                    if (!FUNCTION.contains(lower)) {
                        words.add(lower);
                    }
                }
                if (words.isEmpty()) {
                    return false;
                }
                // Parts written as one word: health care / healthcare.
                if (words.size() > 1 && (stems.contains(stem(String.join("", words)))
                        || joined.contains(stem(String.join("", words))))) {
                    return true;
                }
                // Every word of the term within a few words of each other, in any order.
                boolean[][] at = new boolean[words.size()][];
                for (int k = 0; k < words.size(); k++) {
                    at[k] = positions(words.get(k));
                }
                int span = words.size() + SPAN_SLACK;
                for (int start = 0; start < tokens.size(); start++) {
                    boolean all = true;
                    for (int k = 0; k < words.size() && all; k++) {
                        boolean seen = false;
                        for (int i = start; i < Math.min(tokens.size(), start + span) && !seen; i++) {
                            seen = at[k][i];
                        }
                        all = seen;
                    }
                    if (all) {
                        return true;
                    }
                }
                return false;
            }

            /** The tokens that hold {@code word} in some form. */
            private boolean[] positions(String word) {
                String s = stem(word);
                boolean[] out = new boolean[tokens.size()];
                for (int i = 0; i < tokens.size(); i++) {
                    String t = tokens.get(i);
                    // Inside an English compound too: virus in coronavirus, corona in coronavirus.
                    out[i] = related(s, stems.get(i)) || related(s, joined.get(i))
                            || word.length() >= 5 && t.length() > word.length() + 2
                            && (t.endsWith(word) || t.startsWith(word));
                }
                return out;
            }

            /** An acronym's expansion: capitalised words, function words skipped, whose initials spell it. */
            private boolean expanded(String acronym) {
                String[] words = text.split("[^\\p{L}\\p{N}&]+");
                for (int i = 0; i < words.length; i++) {
                    int k = 0;
                    for (int j = i; j < words.length && k < acronym.length(); j++) {
                        String w = words[j];
                        if (w.isEmpty() || k > 0 && INITIALS_SKIPPED.contains(w)) {
                            continue;
                        }
                        if (w.charAt(0) != acronym.charAt(k)) {
                            break;
                        }
                        k++;
                    }
                    if (k == acronym.length()) {
                        return true;
                    }
                }
                return false;
            }
        }

        /** Stems of one derivation family: sharing five letters or more and all but three of the longer one. */
        private static boolean related(String a, String b) {
            if (a.equals(b)) {
                return true;
            }
            int n = Math.min(a.length(), b.length());
            int common = 0;
            while (common < n && a.charAt(common) == b.charAt(common)) {
                common++;
            }
            return common >= 5 && common >= Math.max(a.length(), b.length()) - 3;
        }

        private static boolean isAcronym(String w) {
            return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
        }

        private static String initials(List<String> words) {
            if (words.size() < 2) {
                return null;
            }
            StringBuilder out = new StringBuilder();
            for (String w : words) {
                if (INITIALS_SKIPPED.contains(w)) {
                    continue;
                }
                if (!Character.isUpperCase(w.charAt(0))) {
                    return null;
                }
                out.append(w.charAt(0));
            }
            return out.length() >= 2 ? out.toString() : null;
        }

        /** The Porter 2 stem of a lower-case word after British spellings are mapped to American ones. */
        static String stem(String word) {
            return STEMS.computeIfAbsent(word, w -> STEMMER.stem(american(w)).toString());
        }

        private static String american(String w) {
            String s = w.replace("ae", "e").replace("oe", "e").replace("ll", "l");
            s = s.replaceAll("isation", "ization").replaceAll("is(e|es|ed|ing)$", "iz$1").replaceAll("ys(e|es|ed|ing)$",
                    "yz$1").replaceAll("tre(s?)$", "ter$1").replaceAll("ogue(s?)$", "og$1");
            if (s.length() >= 6) {
                s = s.replaceAll("our(s|ed|ing)?$", "or$1");
            }
            return s;
        }
    }
}

package org.hamgam.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.hamgam.align.AlignerOptions;
import org.hamgam.align.Aligners;
import org.hamgam.align.Alignment;
import org.hamgam.io.BeadFormat;
import org.hamgam.align.SentenceAligner;
import org.hamgam.model.Bead;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.hamgam.pipeline.Stages;
import org.hamgam.segment.Segmenters;
import org.hamgam.segment.SentenceSegmenter;
import org.hamgam.text.PersianNormalizer;

/**
 * End-to-end alignment of running text: document pairs written as a headline and paragraphs of several sentences
 * ({@link RunningText}), segmented and aligned by Hamgam as {@code hamgam align} does, and by LanguageTool's SRX
 * rules with plain Gale–Church in the same run, scored over characters ({@link OffsetScore}).
 *
 * <p>Documents: TICO-19 (fa–en) cut into articles of 15 to 40 sentence pairs, with random merges and deletions at
 * the rates of {@link AlignBench}; Text+Berg dev (de–fr) cut into pieces of 30 gold beads, as the gold gives them.
 * Each in two layouts: paragraph breaks at the same beads on both sides, and each side cut every four sentences on
 * its own. The development half is the TICO-19 documents {@link AlignBench#isTuning} picks and every other Text+Berg
 * piece; the rest is held out. {@code hamgam_flat} is Hamgam's segmentation and aligner with the paragraph breaks
 * taken away, as with {@code --sentence-per-line} on the text {@code segment} prints (without the candidate breaks
 * of {@link Segmenters#forAlignment}). Pass {@code -v} to print the beads of Hamgam's output that cover more than
 * two sentences on a side or two on both, and each system's F1 per document; {@code -e} to print the wrong beads of
 * the development documents by kind ({@link ErrorKinds}), Hamgam's or with {@code -Dbench.errors=NAME} another
 * system's (such as {@code hamgam_oneblock}); {@code -Dbench.half=dev} scores the development half
 * alone, {@code -Dbench.corpus=defr} one corpus, {@code -Dbench.seeds=1,2,3} the documents of several draws
 * ({@link #SEEDS}); {@code -Dbench.ceiling=true} adds Hamgam with every paragraph break taken away
 * ({@code hamgam_oneblock}) and with only the breaks the gold shows to correspond ({@code hamgam_oracle}), the two
 * bounds of how much noticing which breaks correspond can gain ({@link #oracleBreaks}).
 */
public final class RunningTextBench {
    /**
     * The documents' perturbations and layouts; {@code -Dbench.seed=N} draws others from the same sentences, more
     * development documents to read errors on (the reported figures use this one).
     */
    static final long SEED = Long.getLong("bench.seed", 20250101L);
    /**
     * {@code -Dbench.seeds=1,2,3}: the documents drawn with each of these seeds in turn, scored per seed
     * ({@code seed1.dev.faen…}) and pooled over all of them ({@code pooled.dev.faen…}), so that a change to the
     * aligner is judged on several draws of the development documents in one run rather than on one.
     */
    static final List<Long> SEEDS = seeds(System.getProperty("bench.seeds", ""));
    /**
     * {@code -Dbench.tico=MOD:REM}: only the TICO-19 documents whose index is REM modulo MOD, to judge a dictionary
     * learned from other development documents ({@code SeedDictionaryBuild}) with {@code -Dbench.dictionary=FILE}
     * ({@code none} for no dictionary).
     */
    static final java.util.function.IntPredicate TICO_DOCS = ticoDocs(System.getProperty("bench.tico", ""));

    static java.util.function.IntPredicate ticoDocs(String spec) {
        if (spec.isBlank()) {
            return k -> true;
        }
        String[] parts = spec.split(":");
        int mod = Integer.parseInt(parts[0].strip());
        int rem = Integer.parseInt(parts[1].strip());
        return k -> k % mod == rem;
    }
    static final int TEXTBERG_PIECE = 30;

    private RunningTextBench() {
    }

    /** A document pair of one half of the set. */
    record Doc(String corpus, boolean development, RunningText.Pair pair) {
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = List.of(args).contains("-v");
        boolean errors = List.of(args).contains("-e");
        Map<String, Function<RunningText.Pair, List<OffsetScore.Output>>> systems = new LinkedHashMap<>();
        String dictionaryFile = System.getProperty("bench.dictionary", "");
        SentenceAligner standard = dictionaryFile.isEmpty() ? Aligners.standard()
                : Aligners.standard(Stages.alignerOptions(AlignerOptions.defaults().reviewThreshold(),
                        dictionaryFile.equals("none") ? null : Path.of(dictionaryFile), dictionaryFile.equals("none")));
        systems.put("hamgam", p -> hamgam(p, standard, false));
        systems.put("hamgam_flat", p -> hamgam(p, standard, true));
        GaleChurchBaseline galeChurch = new GaleChurchBaseline();
        systems.put("languagetool_galechurch", p -> baseline(p, galeChurch));
        if (Boolean.getBoolean("bench.ceiling")) {
            systems.put("hamgam_oneblock", p -> hamgamWithBreaks(p, standard, Breaks.NONE));
            systems.put("hamgam_oracle", p -> hamgamWithBreaks(p, standard, Breaks.ORACLE));
        }

        boolean several = SEEDS.size() > 1;
        for (RunningText.Layout layout : RunningText.Layout.values()) {
            // Each document with the seed it was drawn with: one seed unless -Dbench.seeds names several.
            List<Map.Entry<Long, Doc>> docs = new ArrayList<>();
            for (long seed : SEEDS) {
                for (Doc d : documents(layout, seed)) {
                    if (wanted(d)) {
                        docs.add(Map.entry(seed, d));
                    }
                }
            }
            String name = layout.name().toLowerCase(java.util.Locale.ROOT);
            System.out.println(name + ".documents: " + docs.stream().filter(d -> d.getValue().development()).count()
                    + " development, " + docs.stream().filter(d -> !d.getValue().development()).count()
                    + " held out" + (several ? " (over " + SEEDS.size() + " seeds)" : ""));
            for (var system : systems.entrySet()) {
                Map<String, Integer> errorKinds = new TreeMap<>();
                Map<String, OffsetScore> scores = new TreeMap<>();
                for (Map.Entry<Long, Doc> drawn : docs) {
                    Doc doc = drawn.getValue();
                    List<OffsetScore.Output> out = system.getValue().apply(doc.pair());
                    String half = doc.development() ? "dev" : "heldout";
                    for (String key : List.of(half + ".all", half + "." + doc.corpus())) {
                        List<String> prefixes = several ? List.of("seed" + drawn.getKey() + ".", "pooled.")
                                : List.of("");
                        for (String prefix : prefixes) {
                            scores.computeIfAbsent(prefix + key, k -> new OffsetScore()).add(doc.pair(), out);
                        }
                    }
                    if (errors && doc.development() && system.getKey().equals(System.getProperty("bench.errors", "hamgam"))) {
                        String seed = several ? " seed" + drawn.getKey() : "";
                        ErrorKinds.print(name + " " + doc.corpus() + seed + " " + doc.pair().name(), doc.pair(), out,
                                errorKinds);
                    }
                    if (verbose) {
                        if (system.getKey().equals("hamgam")) {
                            printLargeBeads(doc.pair(), out);
                        }
                        OffsetScore one = new OffsetScore();
                        one.add(doc.pair(), out);
                        System.err.printf(java.util.Locale.ROOT, "DOC %s %s %s %s %.3f%n", name, system.getKey(),
                                half(doc), doc.pair().name(), one.f1());
                    }
                }
                errorKinds.forEach((k, v) -> System.err.println("ERRORS " + name + " " + k + ": " + v));
                for (var e : scores.entrySet()) {
                    System.out.println(e.getValue().report(name + "." + e.getKey() + "." + system.getKey()));
                    System.out.println(name + "." + e.getKey() + "." + system.getKey() + ".large_beads: "
                            + e.getValue().largeBeads());
                }
            }
        }
    }

    /**
     * Whether {@code -Dbench.half} (dev or heldout; both when unset) and {@code -Dbench.corpus} (faen or defr; both
     * when unset) ask for this document, so that the development half can be read without scoring the other.
     */
    private static boolean wanted(Doc doc) {
        String half = System.getProperty("bench.half", "");
        String corpus = System.getProperty("bench.corpus", "");
        return (half.isEmpty() || half.equals(half(doc))) && (corpus.isEmpty() || corpus.equals(doc.corpus()));
    }

    private static String half(Doc doc) {
        return doc.development() ? "dev" : "heldout";
    }

    /** {@code 1,2,3} as seeds; {@link #SEED} alone when empty. */
    static List<Long> seeds(String list) {
        if (list.isBlank()) {
            return List.of(SEED);
        }
        return java.util.Arrays.stream(list.split(",")).map(String::strip).map(Long::parseLong).distinct().toList();
    }

    /** The documents of both corpora in one layout drawn with {@code seed}, each marked as development or held out. */
    static List<Doc> documents(RunningText.Layout layout, long seed) throws Exception {
        List<Doc> docs = new ArrayList<>();
        Random random = new Random(seed);
        int k = 0;
        for (var e : BenchData.tico().entrySet()) {
            List<String[]> pairs = e.getValue();
            int piece = 0;
            for (int from = 0; from < pairs.size(); piece++) {
                int size = 15 + random.nextInt(26);
                int to = Math.min(pairs.size(), from + size);
                if (pairs.size() - to < 5) {
                    to = pairs.size();
                }
                RunningText.Sentences s = RunningText.perturb(pairs.subList(from, to), AlignBench.MERGE,
                        AlignBench.DROP, random);
                String name = e.getKey() + "." + piece;
                Doc doc = new Doc("faen", AlignBench.isTuning(k), RunningText.write(name, Lang.FA, Lang.EN, s, layout,
                        random));
                if (TICO_DOCS.test(k)) {
                    docs.add(doc);
                }
                from = to;
            }
            k++;
        }
        Path dev = BenchData.shared().resolve("data/textberg-dev");
        List<String> de = BenchData.lines(dev.resolve("dev.de"));
        List<String> fr = BenchData.lines(dev.resolve("dev.fr"));
        List<Bead> gold = BeadFormat.parse(Files.readString(dev.resolve("dev.defr"), StandardCharsets.UTF_8));
        int piece = 0;
        for (int from = 0; from < gold.size(); from += TEXTBERG_PIECE, piece++) {
            List<Bead> beads = gold.subList(from, Math.min(gold.size(), from + TEXTBERG_PIECE));
            docs.add(new Doc("defr", piece % 2 == 0, RunningText.write("textberg." + piece, Lang.OTHER, Lang.OTHER,
                    textBergPiece(beads, de, fr), layout, random)));
        }
        return docs;
    }

    /** The sentences of consecutive gold beads, renumbered from 0 on each side. */
    private static RunningText.Sentences textBergPiece(List<Bead> beads, List<String> de, List<String> fr) {
        List<String> s = new ArrayList<>();
        List<String> t = new ArrayList<>();
        List<int[][]> out = new ArrayList<>();
        for (Bead b : beads) {
            int[] si = new int[b.source().size()];
            int[] ti = new int[b.target().size()];
            for (int k = 0; k < si.length; k++) {
                si[k] = s.size();
                s.add(detokenized(de.get(b.source().get(k))));
            }
            for (int k = 0; k < ti.length; k++) {
                ti[k] = t.size();
                t.add(detokenized(fr.get(b.target().get(k))));
            }
            out.add(new int[][] {si, ti});
        }
        return new RunningText.Sentences(s, t, out);
    }

    /**
     * Text+Berg is tokenized ("führte . Wie", "d' altitude"); running text is not, and no sentence splitter expects
     * a space before a full stop.
     */
    static String detokenized(String line) {
        return line.replaceAll(" ([.,;:!?)])", "$1").replaceAll("\\( ", "(").replaceAll("(\\p{L}') ", "$1").strip();
    }

    private static final Map<Lang, SentenceSegmenter> SEGMENTERS = new java.util.EnumMap<>(Lang.class);
    private static final Map<Lang, SentenceSegmenter> ALIGNMENT_SEGMENTERS = new java.util.EnumMap<>(Lang.class);

    /** Hamgam as {@code hamgam align} runs it; with {@code flat}, every sentence is a paragraph of its own. */
    static List<OffsetScore.Output> hamgam(RunningText.Pair p, SentenceAligner aligner, boolean flat) {
        List<Segment> s = segment(p.name(), p.sourceLang(), p.source(), !flat);
        List<Segment> t = segment(p.name(), p.targetLang(), p.target(), !flat);
        if (flat) {
            s = flat(s);
            t = flat(t);
        }
        return outputs(aligner.align(s, t), s, t);
    }

    /** Which paragraph breaks {@link #hamgamWithBreaks} keeps. */
    enum Breaks {
        /** None: each document one block. */
        NONE,
        /** Those that start the same gold bead on both sides (deleted sentences between them aside). */
        ORACLE
    }

    /**
     * Hamgam's segmentation and aligner with the paragraph breaks of both sides replaced ({@code -Dbench.ceiling}):
     * the ceilings of noticing which breaks correspond, by ignoring them all or by knowing the gold.
     */
    private static List<OffsetScore.Output> hamgamWithBreaks(RunningText.Pair p, SentenceAligner aligner, Breaks breaks) {
        List<Segment> s = segment(p.name(), p.sourceLang(), p.source(), true);
        List<Segment> t = segment(p.name(), p.targetLang(), p.target(), true);
        boolean[][] keep = breaks == Breaks.ORACLE ? oracleBreaks(p, s, t)
                : new boolean[][] {new boolean[s.size()], new boolean[t.size()]};
        s = withBreaks(s, keep[0]);
        t = withBreaks(t, keep[1]);
        return outputs(aligner.align(s, t), s, t);
    }

    /**
     * Which segments of each side start a paragraph whose break corresponds: a break on the other side starts the
     * same gold bead, or one after beads that side lacks ({@code {source, target}}).
     */
    static boolean[][] oracleBreaks(RunningText.Pair p, List<Segment> s, List<Segment> t) {
        int[] sb = firstBeads(s, OffsetScore.owners(p.source(), p.gold(), true));
        int[] tb = firstBeads(t, OffsetScore.owners(p.target(), p.gold(), false));
        boolean[] keepS = new boolean[s.size()];
        boolean[] keepT = new boolean[t.size()];
        for (int i = 1; i < s.size(); i++) {
            if (s.get(i).paragraph() == s.get(i - 1).paragraph()) {
                continue;
            }
            for (int j = 1; j < t.size(); j++) {
                if (t.get(j).paragraph() != t.get(j - 1).paragraph() && sameEdge(p.gold(), sb[i], tb[j])) {
                    keepS[i] = true;
                    keepT[j] = true;
                }
            }
        }
        return new boolean[][] {keepS, keepT};
    }

    /** The gold bead of each segment's first character. */
    private static int[] firstBeads(List<Segment> segments, int[] owners) {
        int[] out = new int[segments.size()];
        for (int i = 0; i < out.length; i++) {
            int c = segments.get(i).start();
            while (c < segments.get(i).end() - 1 && owners[c] < 0) {
                c++;
            }
            out[i] = owners[c];
        }
        return out;
    }

    /** Whether edges before gold beads a (source) and b (target) are one: the beads between are one-sided. */
    private static boolean sameEdge(List<RunningText.GoldBead> gold, int a, int b) {
        if (a < 0 || b < 0) {
            return false;
        }
        for (int k = Math.min(a, b); k < Math.max(a, b); k++) {
            RunningText.GoldBead g = gold.get(k);
            if (a < b ? !g.target().isEmpty() : !g.source().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The segments with only the kept breaks. A segment that ended a paragraph still ends a sentence where a break
     * is taken away (an ellipsis marks it), so the aligner does not join it with the next one as pieces of one
     * sentence: the breaks change as anchors only.
     */
    private static List<Segment> withBreaks(List<Segment> segments, boolean[] keep) {
        List<Segment> out = new ArrayList<>(segments.size());
        int paragraph = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment x = segments.get(i);
            if (keep[i]) {
                paragraph++;
            }
            boolean removedBreakAfter = i + 1 < segments.size() && !keep[i + 1]
                    && segments.get(i + 1).paragraph() != x.paragraph();
            String text = removedBreakAfter ? x.text() + "…" : x.text();
            out.add(new Segment(x.id(), x.docId(), paragraph, x.index(), x.lang(), x.original(), text, x.start(),
                    x.end()));
        }
        return out;
    }

    /**
     * The sentences of {@code text} as {@code segment} prints them, or with {@code forAlignment} as {@code align}
     * cuts them, with candidate breaks the aligner may join again.
     */
    static List<Segment> segment(String name, Lang lang, String text, boolean forAlignment) {
        SentenceSegmenter segmenter = (forAlignment ? ALIGNMENT_SEGMENTERS : SEGMENTERS).computeIfAbsent(lang,
                forAlignment ? Segmenters::forAlignment : Segmenters::forLanguage);
        return segmenter.segment(new Document(name, lang, text)).segments();
    }

    private static List<Segment> flat(List<Segment> segments) {
        List<Segment> out = new ArrayList<>(segments.size());
        for (Segment x : segments) {
            out.add(new Segment(x.id(), x.docId(), x.index(), x.index(), x.lang(), x.original(), x.text(), x.start(),
                    x.end()));
        }
        return out;
    }

    private static final PersianNormalizer NORMALIZER = new PersianNormalizer();

    /** LanguageTool's SRX rules on each paragraph line, then plain Gale–Church over the whole document. */
    static List<OffsetScore.Output> baseline(RunningText.Pair p, SentenceAligner aligner) {
        List<Segment> s = srx(p.name(), p.sourceLang(), p.source(), srxCode(p.sourceLang(), true));
        List<Segment> t = srx(p.name(), p.targetLang(), p.target(), srxCode(p.targetLang(), false));
        return outputs(aligner.align(s, t), s, t);
    }

    private static String srxCode(Lang lang, boolean source) {
        return switch (lang) {
            case FA -> "fa";
            case EN -> "en";
            case OTHER -> source ? "de" : "fr";
        };
    }

    private static List<Segment> srx(String name, Lang lang, String text, String code) {
        LanguageToolSrx splitter = new LanguageToolSrx(code);
        List<Segment> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            for (int[] span : splitter.split(line)) {
                String original = line.substring(span[0], span[1]);
                String normalized = lang == Lang.FA ? NORMALIZER.normalize(original).text() : original;
                out.add(new Segment(name + ":" + out.size(), name, paragraph, out.size(), lang, original, normalized,
                        lineStart + span[0], lineStart + span[1]));
            }
            lineStart += line.length() + 1;
            paragraph++;
        }
        return out;
    }

    private static List<OffsetScore.Output> outputs(Alignment alignment, List<Segment> s, List<Segment> t) {
        List<OffsetScore.Output> out = new ArrayList<>(alignment.beads().size());
        for (Bead b : alignment.beads()) {
            out.add(new OffsetScore.Output(spans(b.source(), s), spans(b.target(), t)));
        }
        return out;
    }

    private static List<int[]> spans(List<Integer> indices, List<Segment> segments) {
        List<int[]> out = new ArrayList<>(indices.size());
        for (int i : indices) {
            out.add(new int[] {segments.get(i).start(), segments.get(i).end()});
        }
        return out;
    }

    private static void printLargeBeads(RunningText.Pair p, List<OffsetScore.Output> out) {
        for (OffsetScore.Output b : out) {
            if (OffsetScore.isLarge(b)) {
                System.err.println(p.name() + " " + b.source().size() + "-" + b.target().size() + "\n  "
                        + text(p.source(), b.source()) + "\n  " + text(p.target(), b.target()));
            }
        }
    }

    private static String text(String text, List<int[]> spans) {
        StringBuilder out = new StringBuilder();
        for (int[] s : spans) {
            out.append(text, s[0], s[1]).append(" | ");
        }
        return out.toString();
    }
}

package org.hamgam.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.hamgam.io.TrainingFiles;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.hamgam.segment.Segmenters;
import org.hamgam.segment.SentenceSegmenter;
import org.hamgam.segment.TrainingData;

/**
 * Sentence boundaries of whole news articles, written by {@link NewsArticles} as a reader gets them (headline and
 * sub-headings without end marks, paragraphs, quotations of several sentences after a colon with the closing quote
 * after or before the last mark, names with initials, lists after a colon, numbered or dashed), from the Persian
 * sentences no model was trained on: TICO-19's held-out documents (straight quotes printed «…» as Persian news does)
 * and UD Seraji test, cut into articles of 20 to 30 sentences; English from the same TICO-19 documents. Hamgam
 * segments each article as {@code hamgam segment} does (with and without its Persian model); LanguageTool's SRX
 * rules split the same lines, in the same run. Gold ends are the sentences' ends and the ends inside a unit: in
 * Persian TICO-19 units by {@link SegmentBench#internalEnds}, in English only {@link #spacedEnds}. "all" counts
 * every end but the article's own (line ends included, so a headline lost or glued counts); "inside" only the ends
 * inside a line. Development: Wikinews 1, 3 and 5, PubMed_9, wiki_10, Wikisource_1 and the first half of Seraji
 * test; held out: Wikinews 2, 4 and 6, wiki_13, Wikipedia_handpicked_3 and the second half, with other names and
 * seeds. Pass {@code -v} to print Hamgam's errors on the development half.
 */
public final class NewsSegmentBench {
    private static final List<String> DEVELOPMENT_TICO = List.of("Wikinews_1", "Wikinews_3", "Wikinews_5",
            "PubMed_9", "wiki_10", "Wikisource_1");
    private static final List<String> HELD_OUT_TICO = List.of("Wikinews_2", "Wikinews_4", "Wikinews_6", "wiki_13",
            "Wikipedia_handpicked_3");
    private static final List<String> PERSIAN_SPEAKERS = List.of("وی گفت:", "او افزود:", "سخنگوی دولت گفت:",
            "این مقام مسئول تصریح کرد:", "وی در ادامه گفت:", "در این بیانیه آمده است:");
    private static final List<String> ENGLISH_SPEAKERS = List.of("He said:", "She added:", "The spokesman said:",
            "The statement reads:", "The report says:");
    /** Names with initials, Latin and Persian; the two halves name different people. */
    private static final List<String[]> DEVELOPMENT_NAMES = List.of(
            new String[] {"John F. Kennedy", "جان اف. کندی"}, new String[] {"George W. Bush", "جورج دبلیو. بوش"},
            new String[] {"J. K. Rowling", "جی. کی. رولینگ"}, new String[] {"Michael J. Fox", "مایکل جی. فاکس"},
            new String[] {"H. G. Wells", "اچ. جی. ولز"}, new String[] {"Franklin D. Roosevelt", "فرانکلین دی. روزولت"});
    private static final List<String[]> HELD_OUT_NAMES = List.of(
            new String[] {"Samuel L. Jackson", "ساموئل ال. جکسون"}, new String[] {"T. S. Eliot", "تی. اس. الیوت"},
            new String[] {"Dwight D. Eisenhower", "دوایت دی. آیزنهاور"},
            new String[] {"J. R. R. Tolkien", "جی. آر. آر. تالکین"},
            new String[] {"Lyndon B. Johnson", "لیندون بی. جانسون"},
            new String[] {"E. M. Forster", "ای. ام. فورستر"});

    private NewsSegmentBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = List.of(args).contains("-v");
        Map<String, List<String[]>> tico = BenchData.tico();
        List<String> seraji = TrainingData.lines(TrainingFiles.lines(
                BenchData.shared().resolve("data/ud-persian/seraji-test.txt")));
        Map<String, Function<String, List<Integer>>> fa = new LinkedHashMap<>();
        SentenceSegmenter persian = Segmenters.forLanguage(Lang.FA);
        SentenceSegmenter rulesOnly = Segmenters.persianRulesOnly();
        fa.put("hamgam", text -> ends(persian, Lang.FA, text));
        fa.put("persian_rules_no_model", text -> ends(rulesOnly, Lang.FA, text));
        fa.put("languagetool", text -> languageTool(new LanguageToolSrx("fa"), text));
        Map<String, Function<String, List<Integer>>> en = new LinkedHashMap<>();
        SentenceSegmenter english = Segmenters.forLanguage(Lang.EN);
        en.put("hamgam", text -> ends(english, Lang.EN, text));
        en.put("languagetool", text -> languageTool(new LanguageToolSrx("en"), text));
        for (String half : List.of("dev", "heldout")) {
            boolean dev = half.equals("dev");
            List<String[]> names = dev ? DEVELOPMENT_NAMES : HELD_OUT_NAMES;
            NewsArticles faTico = new NewsArticles(new NewsArticles.Style(PERSIAN_SPEAKERS, "\u00AB", "\u00BB", names,
                    true), SegmentBench::internalEnds);
            NewsArticles faUd = new NewsArticles(new NewsArticles.Style(PERSIAN_SPEAKERS, "\u00AB", "\u00BB", names,
                    true), unit -> List.of());
            NewsArticles enTico = new NewsArticles(new NewsArticles.Style(ENGLISH_SPEAKERS, "\u201C", "\u201D", names,
                    false), NewsSegmentBench::spacedEnds);
            long seed = dev ? 1 : 2;
            List<NewsArticles.Article> faTicoArticles = new ArrayList<>();
            List<NewsArticles.Article> enArticles = new ArrayList<>();
            for (String name : dev ? DEVELOPMENT_TICO : HELD_OUT_TICO) {
                List<String[]> units = tico.get(name);
                faTicoArticles.add(faTico.write(name, units.stream().map(p -> guillemets(p[0])).toList(),
                        seed + name.hashCode()));
                enArticles.add(enTico.write(name, units.stream().map(p -> p[1]).toList(), seed + name.hashCode()));
            }
            List<NewsArticles.Article> faUdArticles = new ArrayList<>();
            List<String> part = dev ? seraji.subList(0, seraji.size() / 2) : seraji.subList(seraji.size() / 2,
                    seraji.size());
            Random sizes = new Random(seed);
            for (int from = 0; from < part.size(); ) {
                int to = Math.min(part.size(), from + 20 + sizes.nextInt(11));
                faUdArticles.add(faUd.write("seraji_" + from, part.subList(from, to), seed * 1000 + from));
                from = to;
            }
            List<NewsArticles.Article> faAll = new ArrayList<>(faTicoArticles);
            faAll.addAll(faUdArticles);
            boolean show = verbose && dev;
            evaluate("fa_news." + half, faAll, fa, show);
            evaluate("fa_news_tico." + half, faTicoArticles, fa, false);
            evaluate("fa_news_seraji." + half, faUdArticles, fa, false);
            evaluate("en_news." + half, enArticles, en, show);
            if (List.of(args).contains("--print") && dev) {
                faAll.forEach(a -> System.err.println(a.text()));
                enArticles.forEach(a -> System.err.println(a.text()));
            }
        }
    }

    /**
     * The ends inside an English TICO-19 unit that holds two sentences with a space on each side of the full stop
     * ("virus infections . Gilead Sciences"): a mark between spaces before a capital is no abbreviation. Units glued
     * without a space are not cut (see {@link SegmentBench}).
     */
    static List<Integer> spacedEnds(String unit) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 1; i + 2 < unit.length(); i++) {
            if (".!?".indexOf(unit.charAt(i)) >= 0 && unit.charAt(i - 1) == ' ' && unit.charAt(i + 1) == ' '
                    && Character.isUpperCase(unit.charAt(i + 2))) {
                ends.add(i + 1);
            }
        }
        return ends;
    }

    /** Straight double quotes as Persian prints them: «…», opening and closing in turn. */
    static String guillemets(String unit) {
        StringBuilder out = new StringBuilder(unit.length());
        boolean open = true;
        for (int i = 0; i < unit.length(); i++) {
            char c = unit.charAt(i);
            if (c == '"') {
                out.append(open ? '\u00AB' : '\u00BB');
                open = !open;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<Integer> ends(SentenceSegmenter segmenter, Lang lang, String text) {
        return segmenter.segment(new Document("news", lang, text)).segments().stream().map(Segment::end).toList();
    }

    private static List<Integer> languageTool(LanguageToolSrx srx, String text) {
        List<Integer> ends = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            for (int[] span : srx.split(line)) {
                ends.add(offset + span[1]);
            }
            offset += line.length() + 1;
        }
        return ends;
    }

    private static void evaluate(String name, List<NewsArticles.Article> articles,
                                 Map<String, Function<String, List<Integer>>> systems, boolean verbose) {
        int gold = articles.stream().mapToInt(a -> a.gold().size()).sum();
        System.out.println(name + ".documents: " + articles.size() + ", sentence ends " + gold);
        for (var system : systems.entrySet()) {
            int[] all = new int[3];
            int[] inside = new int[3];
            for (NewsArticles.Article a : articles) {
                Set<Integer> found = new TreeSet<>(system.getValue().apply(a.text()));
                found.remove(a.text().strip().length());
                for (int end : found) {
                    boolean right = a.gold().contains(end);
                    count(all, right, 1);
                    if (!atLineEnd(a.text(), end)) {
                        count(inside, right, 1);
                    }
                    if (verbose && !right && system.getKey().equals("hamgam")) {
                        System.err.println(name + " FALSE SPLIT: " + context(a.text(), end));
                    }
                }
                for (int end : a.gold()) {
                    all[2]++;
                    if (!atLineEnd(a.text(), end)) {
                        inside[2]++;
                    }
                    if (verbose && !found.contains(end) && system.getKey().equals("hamgam")) {
                        System.err.println(name + " MISSED:      " + context(a.text(), end));
                    }
                }
            }
            System.out.println(name + ".all." + system.getKey() + ": " + score(all));
            System.out.println(name + ".inside." + system.getKey() + ": " + score(inside));
        }
    }

    private static void count(int[] tally, boolean right, int n) {
        tally[1] += n;
        if (right) {
            tally[0] += n;
        }
    }

    private static boolean atLineEnd(String text, int end) {
        return end >= text.length() || text.charAt(end) == '\n';
    }

    /** "P …, R …, F1 …" of a tally {right, found, gold}. */
    private static String score(int[] tally) {
        double p = tally[1] == 0 ? 1 : (double) tally[0] / tally[1];
        double r = tally[2] == 0 ? 1 : (double) tally[0] / tally[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "P %.4f, R %.4f, F1 %.4f (%d gold, %d found)", p, r, f, tally[2], tally[1]);
    }

    private static String context(String text, int at) {
        return text.substring(Math.max(0, at - 50), at).replace('\n', '¶') + " ‖ "
                + text.substring(at, Math.min(text.length(), at + 40)).replace('\n', '¶');
    }
}

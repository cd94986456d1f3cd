package org.hamgam.bench;

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
import org.hamgam.model.Segment;
import org.hamgam.segment.Segmenters;
import org.hamgam.segment.SentenceSegmenter;

/**
 * Sentence boundaries of whole news articles: TICO-19's Wikinews documents written as a reader gets them, the
 * headline (no end mark) on a line of its own, then paragraphs of two to four sentences with a blank line between.
 * Hamgam segments each document as {@code hamgam segment} does (with and without its Persian model); LanguageTool's
 * SRX rules split the same lines, in the same run. The Persian articles are also written with «…» for their
 * straight quotes, as Persian news prints them. Gold ends are the units' ends and, in Persian, the sentence ends
 * inside a unit ({@link SegmentBench#internalEnds}). "all" counts every end but the document's own (line ends
 * included, so a headline lost or glued counts); "inside" only the ends inside a line. Development: Wikinews 1, 3
 * and 5; held out: 2, 4 and 6. Pass {@code -v} to print Hamgam's errors on the development half.
 */
public final class NewsSegmentBench {
    private static final int[] PARAGRAPH_SIZES = {3, 2, 4};
    private static final Set<String> DEVELOPMENT = Set.of("Wikinews_1", "Wikinews_3", "Wikinews_5");

    private NewsSegmentBench() {
    }

    /** One article on one side: its text and gold sentence ends (document offsets). */
    private record Article(String name, String text, Set<Integer> gold) {
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = List.of(args).contains("-v");
        Map<String, List<String[]>> tico = BenchData.tico();
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
            List<Article> faArticles = new ArrayList<>();
            List<Article> faQuoted = new ArrayList<>();
            List<Article> enArticles = new ArrayList<>();
            for (var doc : tico.entrySet()) {
                if (!doc.getKey().startsWith("Wikinews_") || DEVELOPMENT.contains(doc.getKey()) != half.equals("dev")) {
                    continue;
                }
                List<String> faUnits = doc.getValue().stream().map(p -> p[0]).toList();
                faArticles.add(article(doc.getKey(), faUnits, true));
                faQuoted.add(article(doc.getKey(), faUnits.stream().map(NewsSegmentBench::guillemets).toList(),
                        true));
                enArticles.add(article(doc.getKey(), doc.getValue().stream().map(p -> p[1]).toList(), false));
            }
            boolean show = verbose && half.equals("dev");
            evaluate("fa_news." + half, faArticles, fa, show);
            evaluate("fa_news_guillemets." + half, faQuoted, fa, show);
            evaluate("en_news." + half, enArticles, en, show);
        }
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

    private static Article article(String name, List<String> units, boolean internalEnds) {
        StringBuilder text = new StringBuilder();
        Set<Integer> gold = new TreeSet<>();
        int inParagraph = 0;
        int paragraph = 0;
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u).strip();
            if (u == 1) {
                text.append("\n\n");
            } else if (u > 1 && inParagraph == PARAGRAPH_SIZES[paragraph % PARAGRAPH_SIZES.length]) {
                text.append("\n\n");
                paragraph++;
                inParagraph = 0;
            } else if (u > 1) {
                text.append(' ');
            }
            if (internalEnds) {
                for (int end : SegmentBench.internalEnds(unit)) {
                    gold.add(text.length() + end);
                }
            }
            text.append(unit);
            gold.add(text.length());
            if (u > 0) {
                inParagraph++;
            }
        }
        gold.remove(text.length());
        text.append('\n');
        return new Article(name, text.toString(), gold);
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

    private static void evaluate(String name, List<Article> articles,
                                 Map<String, Function<String, List<Integer>>> systems, boolean verbose) {
        int gold = articles.stream().mapToInt(a -> a.gold().size()).sum();
        System.out.println(name + ".documents: " + articles.size() + ", sentence ends " + gold);
        for (var system : systems.entrySet()) {
            int[] all = new int[3];
            int[] inside = new int[3];
            for (Article a : articles) {
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

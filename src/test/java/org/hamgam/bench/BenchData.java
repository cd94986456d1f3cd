package org.hamgam.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamgam.model.Bead;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.hamgam.text.PersianNormalizer;

/** Loads the evaluation data and builds realistic document pairs for the alignment benchmark. */
public final class BenchData {
    /** A document pair with its gold beads. */
    public record Pair(String name, List<Segment> source, List<Segment> target, List<Bead> gold) {
    }

    private static final PersianNormalizer NORMALIZER = new PersianNormalizer();
    private static final Pattern TU = Pattern.compile(
            "<tu tuid=\"([^\"]*):(\\d+)\">.*?<tuv xml:lang=\"en\">\\s*<seg>(.*?)</seg>"
                    + ".*?<tuv xml:lang=\"fa\">\\s*<seg>(.*?)</seg>",
            Pattern.DOTALL);

    private BenchData() {
    }

    public static Path shared() {
        return Path.of(System.getProperty("hamgam.shared", "../shared"));
    }

    /** TICO-19 documents: name → list of {persian, english} sentence pairs in document order. */
    public static Map<String, List<String[]>> tico() throws IOException {
        String tmx = Files.readString(shared().resolve("data/tico19/all.en-fa.tmx"), StandardCharsets.UTF_8);
        Map<String, TreeMap<Integer, String[]>> docs = new TreeMap<>();
        Matcher m = TU.matcher(tmx);
        while (m.find()) {
            docs.computeIfAbsent(m.group(1), k -> new TreeMap<>())
                    .put(Integer.parseInt(m.group(2)), new String[] {unescape(m.group(4)), unescape(m.group(3))});
        }
        Map<String, List<String[]>> out = new TreeMap<>();
        docs.forEach((k, v) -> out.put(k, new ArrayList<>(v.values())));
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&").strip();
    }

    /**
     * A realistic pair from 1-1 sentence pairs: with probability {@code merge} a pair is merged with the next on
     * one side (a 2-1 or 1-2 bead), with probability {@code drop} one side of a pair is dropped (1-0 or 0-1).
     */
    public static Pair perturb(String name, List<String[]> pairs, double merge, double drop, long seed) {
        Random random = new Random(seed);
        List<String> fa = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<Bead> gold = new ArrayList<>();
        int k = 0;
        while (k < pairs.size()) {
            double r = random.nextDouble();
            if (r < merge && k + 1 < pairs.size()) {
                boolean mergePersian = random.nextBoolean();
                String[] a = pairs.get(k);
                String[] b = pairs.get(k + 1);
                if (mergePersian) {
                    gold.add(new Bead(List.of(fa.size()), List.of(en.size(), en.size() + 1), 1));
                    fa.add(a[0] + " " + b[0]);
                    en.add(a[1]);
                    en.add(b[1]);
                } else {
                    gold.add(new Bead(List.of(fa.size(), fa.size() + 1), List.of(en.size()), 1));
                    fa.add(a[0]);
                    fa.add(b[0]);
                    en.add(a[1] + " " + b[1]);
                }
                k += 2;
            } else if (r < merge + drop) {
                if (random.nextBoolean()) {
                    gold.add(new Bead(List.of(fa.size()), List.of(), 1));
                    fa.add(pairs.get(k)[0]);
                } else {
                    gold.add(new Bead(List.of(), List.of(en.size()), 1));
                    en.add(pairs.get(k)[1]);
                }
                k++;
            } else {
                gold.add(new Bead(List.of(fa.size()), List.of(en.size()), 1));
                fa.add(pairs.get(k)[0]);
                en.add(pairs.get(k)[1]);
                k++;
            }
        }
        return new Pair(name, segments(name, fa, Lang.FA), segments(name, en, Lang.EN), gold);
    }

    /** One segment per sentence, each its own paragraph, as with {@code --sentence-per-line}. */
    public static List<Segment> segments(String doc, List<String> sentences, Lang lang) {
        List<Segment> out = new ArrayList<>(sentences.size());
        int offset = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            String text = lang == Lang.FA ? NORMALIZER.normalize(s).text() : s;
            out.add(new Segment(doc + ":" + lang.code() + ":" + i, doc, i, i, lang, s, text, offset,
                    offset + s.length()));
            offset += s.length() + 1;
        }
        return out;
    }

    public static List<String> lines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(line.strip());
        }
        return out;
    }

    /** {@code count} pairs drawn with a fixed seed from all TICO-19 pairs, repeating them as needed. */
    public static List<String[]> repeated(Map<String, List<String[]>> tico, int count, long seed) {
        List<String[]> all = new ArrayList<>();
        tico.values().forEach(all::addAll);
        Random random = new Random(seed);
        List<String[]> out = new ArrayList<>(count);
        while (out.size() < count) {
            List<String[]> round = new ArrayList<>(all);
            Collections.shuffle(round, random);
            out.addAll(round.subList(0, Math.min(round.size(), count - out.size())));
        }
        return out;
    }
}

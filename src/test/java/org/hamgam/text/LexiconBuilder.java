package org.hamgam.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the ZWNJ lexicon resource from the hazm word and verb lists and UD Persian sentences.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hamgam.text.LexiconBuilder \
 *     SHARED/data src/main/resources/org/hamgam/text/zwnj-lexicon.tsv.gz [UD files...]
 * </pre>
 * The UD files default to {@link #TRAINING_FILES}; seraji-test.txt is held out for evaluation.
 */
public final class LexiconBuilder {
    /** The UD sentence files the shipped lexicon learns from. */
    public static final List<String> TRAINING_FILES = List.of("seraji-dev.txt", "perdt-dev.txt");
    /** The UD sentence file kept apart for evaluation. */
    public static final String HELD_OUT_FILE = "seraji-test.txt";

    private static final NormalizerOptions CLEAN = NormalizerOptions.defaults().withRemoveDiacritics(true)
            .withRepairZwnj(false).withFixSpacing(false);

    private final Map<String, Surface> surfaces = new HashMap<>();
    private final Map<String, Integer> spaced = new HashMap<>();
    private final Map<String, Integer> phrases = new TreeMap<>();
    private final List<String> present = new ArrayList<>();
    private final List<String> past = new ArrayList<>();
    private final java.util.TreeSet<String> stopwords = new java.util.TreeSet<>();

    private static final class Surface {
        int corpus;
        int dictionary;
        boolean adjective;
        /** Times seen in each UD file, by the file's position in the list. */
        int[] bySource = new int[0];

        void count(int source) {
            if (bySource.length <= source) {
                bySource = java.util.Arrays.copyOf(bySource, source + 1);
            }
            bySource[source]++;
            corpus++;
        }

        int inSource(int source) {
            return source < bySource.length ? bySource[source] : 0;
        }
    }

    private int sources;
    /** Plural and comparative endings, which the standard spelling sets off with a ZWNJ (کتاب‌ها, بزرگ‌تر). */
    private static final List<String> SUFFIXES = List.of("ها", "های", "هایی", "هایش", "هایشان", "تر", "ترین");

    /**
     * Whether {@code key} ends in one of {@link #SUFFIXES} after a stem of two letters or more. Such a word spelt
     * joined in the UD sentences and absent from the dictionary is left out of the lexicon: the cross-checks show
     * that each corpus's choice there (Seraji's فیلمهای, PerDT's آنها) does not carry over to other text, while the
     * analysis of stem and suffix does.
     */
    private static boolean endsInSuffix(String key) {
        for (String suffix : SUFFIXES) {
            if (key.length() >= suffix.length() + 2 && key.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
    /** Least dictionary class of a joined spelling that makes it a word of its own (see {@code J} in the README). */
    private static final int JOINED_TOO = 2;

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: LexiconBuilder DATA_DIR OUT.tsv.gz [UD_FILE...]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        List<String> ud = args.length > 2 ? List.of(args).subList(2, args.length) : TRAINING_FILES;
        List<String> lines = build(data, ud);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[1])));
             Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
        System.out.println("lines: " + lines.size());
    }

    /** The lexicon lines built from {@code data} (the shared data folder) and the named UD files. */
    public static List<String> build(Path data, List<String> udFiles) throws IOException {
        LexiconBuilder b = new LexiconBuilder();
        b.readWords(Files.readAllLines(data.resolve("hazm-lexicon/words.dat"), StandardCharsets.UTF_8));
        b.readVerbs(Files.readAllLines(data.resolve("hazm-lexicon/verbs.dat"), StandardCharsets.UTF_8));
        for (String word : Files.readAllLines(data.resolve("hazm-lexicon/stopwords.dat"), StandardCharsets.UTF_8)) {
            if (!word.isBlank()) {
                b.stopwords.add(clean(word));
            }
        }
        for (String f : udFiles) {
            b.sources++;
            b.readSentences(Files.readAllLines(data.resolve("ud-persian").resolve(f), StandardCharsets.UTF_8));
        }
        return b.lines();
    }

    /** A normalizer that uses a lexicon built from {@code data} and the named UD files instead of the shipped one. */
    public static PersianNormalizer normalizerWith(Path data, List<String> udFiles, NormalizerOptions options)
            throws IOException {
        return normalizerWith(data, udFiles, options, ZwnjDictionary.empty());
    }

    /** {@link #normalizerWith(Path, List, NormalizerOptions)} that also weighs {@code dictionary}. */
    public static PersianNormalizer normalizerWith(Path data, List<String> udFiles, NormalizerOptions options,
                                                  ZwnjDictionary dictionary) throws IOException {
        List<String> lines = build(data, udFiles);
        Lexicon lexicon = Lexicon.read(new BufferedReader(new StringReader(String.join("\n", lines))));
        return new PersianNormalizer(options, lexicon, dictionary);
    }

    private void readWords(List<String> rows) {
        for (String row : rows) {
            String[] f = row.split("\t");
            if (f.length < 3) {
                continue;
            }
            String surface = clean(f[0]);
            boolean tagged = !f[2].equals("0");
            if (surface.isEmpty() || (!tagged && surface.indexOf(Letters.ZWNJ) < 0)) {
                continue; // untagged entries include unrepaired inflections such as کتابها and میشود
            }
            long freq = parseLong(f[1]);
            int cls = tagged ? 2 + Math.min(7, (int) Math.floor(Math.log10(freq + 1.0))) : 1;
            Surface s = surfaces.computeIfAbsent(surface, k -> new Surface());
            s.dictionary = Math.max(s.dictionary, cls);
            s.adjective |= f[2].contains("AJ") || f[2].contains("ADV");
        }
    }

    private void readVerbs(List<String> rows) {
        for (String row : rows) {
            String[] f = row.split("#");
            if (f.length == 2) {
                if (!f[0].isBlank()) {
                    past.add(clean(f[0]));
                }
                if (!f[1].isBlank()) {
                    present.add(clean(f[1]));
                }
            }
        }
    }

    private void readSentences(List<String> sentences) {
        for (String sentence : sentences) {
            String text = clean(sentence);
            List<String> units = new ArrayList<>();
            List<Boolean> spaceBefore = new ArrayList<>();
            int i = 0;
            int n = text.length();
            while (i < n) {
                if (!Letters.isWordChar(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && Letters.isWordChar(text.charAt(i))) {
                    i++;
                }
                String unit = text.substring(start, i);
                spaceBefore.add(start >= 2 && text.charAt(start - 1) == ' '
                        && Letters.isWordChar(text.charAt(start - 2)));
                units.add(unit);
            }
            for (int k = 0; k < units.size(); k++) {
                surfaces.computeIfAbsent(units.get(k), x -> new Surface()).count(sources - 1);
                if (k > 0 && spaceBefore.get(k)) {
                    String head = Lexicon.key(units.get(k - 1));
                    String both = head + Lexicon.key(units.get(k));
                    spaced.merge(both, 1, Integer::sum);
                    if (ZwnjAnalyzer.PHRASE_HEADS.contains(head)) {
                        phrases.merge(both, 1, Integer::sum);
                    }
                }
            }
        }
    }

    private List<String> lines() {
        Map<String, List<String>> byKey = new TreeMap<>();
        for (String surface : surfaces.keySet()) {
            byKey.computeIfAbsent(Lexicon.key(surface), k -> new ArrayList<>()).add(surface);
        }
        List<String> lines = new ArrayList<>(byKey.size() + present.size() + past.size() + 2);
        lines.add("# ZWNJ lexicon: w surface corpus dictionary flags spaced | b phrase count | s stopword | p present-stem | t past-stem");
        for (Map.Entry<String, List<String>> e : byKey.entrySet()) {
            String best = choose(e.getValue());
            boolean adjective = e.getValue().stream().anyMatch(x -> surfaces.get(x).adjective);
            Surface s = surfaces.get(best);
            if (s.dictionary == 0 && best.indexOf(Letters.ZWNJ) < 0 && endsInSuffix(e.getKey())) {
                continue; // a house style of one corpus (فیلمهای, آنها), not a property of the word: left to the analysis
            }
            Surface plain = best.equals(e.getKey()) ? null : surfaces.get(e.getKey());
            boolean joined = plain != null && plain.dictionary >= JOINED_TOO;
            lines.add("w\t" + best + "\t" + s.corpus + "\t" + s.dictionary + "\t" + (adjective ? "A" : "")
                    + (joined ? "J" : "") + "\t"
                    + spaced.getOrDefault(e.getKey(), 0));
        }
        phrases.forEach((k, v) -> lines.add("b\t" + k + "\t" + v));
        stopwords.forEach(w -> lines.add("s\t" + w));
        present.stream().distinct().sorted().forEach(p -> lines.add("p\t" + p));
        past.stream().distinct().sorted().forEach(p -> lines.add("t\t" + p));
        return lines;
    }

    /**
     * The spelling to prefer among those of one word. Each source (the dictionary, each UD file) votes for the
     * spelling it uses most, so that one corpus's house style (آنها against آن‌ها) does not outvote the others;
     * a tie goes to the spelling with more ZWNJs, the standard one, then to the more frequent.
     */
    private String choose(List<String> spellings) {
        if (spellings.size() == 1) {
            return spellings.get(0);
        }
        Map<String, Integer> votes = new HashMap<>();
        vote(spellings, votes, x -> surfaces.get(x).dictionary);
        for (int source = 0; source < sources; source++) {
            int src = source;
            vote(spellings, votes, x -> surfaces.get(x).inSource(src));
        }
        String best = null;
        for (String x : spellings) {
            if (best == null || compare(x, best, votes) > 0) {
                best = x;
            }
        }
        return best;
    }

    private static void vote(List<String> spellings, Map<String, Integer> votes,
                             java.util.function.ToIntFunction<String> weight) {
        String top = null;
        int topWeight = 0;
        for (String x : spellings) {
            int w = weight.applyAsInt(x);
            if (w > topWeight || (w == topWeight && w > 0 && zwnjs(x) > zwnjs(top))) {
                top = x;
                topWeight = w;
            }
        }
        if (top != null) {
            votes.merge(top, 1, Integer::sum);
        }
    }

    private int compare(String a, String b, Map<String, Integer> votes) {
        int c = Integer.compare(votes.getOrDefault(a, 0), votes.getOrDefault(b, 0));
        if (c == 0) {
            c = Integer.compare(zwnjs(a), zwnjs(b));
        }
        if (c == 0) {
            Surface x = surfaces.get(a);
            Surface y = surfaces.get(b);
            c = Long.compare(x.corpus * 10L + x.dictionary, y.corpus * 10L + y.dictionary);
        }
        return c != 0 ? c : b.compareTo(a);
    }

    private static int zwnjs(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == Letters.ZWNJ) {
                n++;
            }
        }
        return n;
    }

    /** Letters and ZWNJs as the normalizer writes them, without diacritics. */
    static String clean(String s) {
        String t = new PersianNormalizer(CLEAN).normalize(s.strip()).text();
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Letters.isMark(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

package org.hamgam.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.hamgam.model.Lang;
import org.hamgam.text.EnglishStemmer;

/**
 * A bilingual word list the aligner reads as evidence: a Persian word and an English word of one entry found on the
 * two sides of a bead speak for it, as the dictionary of hunalign does. Words are compared by a light stem on both
 * sides (Persian plural, comparative and ezafe endings; English inflections), so one entry covers a word's forms.
 *
 * <p>The file format is one entry a line, {@code persian<TAB>english}, where either side may list alternatives
 * separated by {@code |}; blank lines and lines starting with {@code #} are skipped. A line
 * {@code english @ persian} without a tab is read as hunalign writes its dictionaries, the target first. Entries of
 * several words on a side are skipped: the aligner compares single words.
 */
public final class Dictionary {
    /** The fa–en list shipped with Hamgam ({@code README.md} beside it says where it comes from). */
    private static final String SEED = "fa-en-seed.tsv";
    private static final Dictionary EMPTY = new Dictionary(Map.of());

    /** Persian stem to the English stems it translates to. */
    private final Map<String, Set<String>> translations;
    private final Set<String> english;

    private Dictionary(Map<String, Set<String>> translations) {
        this.translations = translations;
        Set<String> e = new HashSet<>();
        translations.values().forEach(e::addAll);
        this.english = e;
    }

    /** No entries: the aligner goes without. */
    public static Dictionary empty() {
        return EMPTY;
    }

    /** The dictionary shipped for a language pair: the fa–en seed list for Persian to English, otherwise none. */
    public static Dictionary forPair(Lang source, Lang target) {
        return source == Lang.FA && target == Lang.EN ? seed() : EMPTY;
    }

    /** The shipped fa–en seed list, read once. */
    public static Dictionary seed() {
        return Seed.LIST;
    }

    /** Holds the seed list, read when first asked for. */
    private static final class Seed {
        static final Dictionary LIST = load();

        private static Dictionary load() {
            try (InputStream in = Dictionary.class.getResourceAsStream(SEED)) {
                if (in == null) {
                    throw new IllegalStateException("the fa–en seed dictionary is missing: " + SEED);
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(SEED, e);
            }
        }
    }

    /**
     * A dictionary from the lines of a file in the format above.
     *
     * @throws IllegalArgumentException for a line without a Persian word, a tab and an English word ("line N: …")
     */
    public static Dictionary parse(List<String> lines) {
        Map<String, Set<String>> out = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            int at = line.indexOf(" @ ");
            if (cols.length == 1 && at > 0) {
                // hunalign's own format: the target phrase first
                cols = new String[] {line.substring(at + 3), line.substring(0, at)};
            }
            if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected a Persian word, a tab and its"
                        + " English translation (or hunalign's english @ persian)");
            }
            List<String> fa = singleWords(cols[0], Dictionary::persianKey);
            List<String> en = singleWords(cols[1], Dictionary::englishKey);
            for (String f : fa) {
                if (!en.isEmpty()) {
                    out.computeIfAbsent(f, k -> new LinkedHashSet<>()).addAll(en);
                }
            }
        }
        return out.isEmpty() ? EMPTY : new Dictionary(out);
    }

    /** The keys of the one-word alternatives of a cell. */
    private static List<String> singleWords(String cell, UnaryOperator<String> key) {
        List<String> out = new ArrayList<>();
        for (String alternative : cell.split("\\|")) {
            List<String> words = Tokens.words(alternative);
            if (words.size() == 1) {
                String k = key.apply(words.get(0));
                if (!k.isEmpty()) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /** How many Persian stems the dictionary knows. */
    public int size() {
        return translations.size();
    }

    /** Per Persian sentence (its words), the English stems its words translate to. */
    List<List<String>> sourceFeatures(List<List<String>> words) {
        return features(words, Dictionary::persianKey, k -> translations.getOrDefault(k, Set.of()));
    }

    /** Per English sentence (its words), the stems of its words that some entry translates to. */
    List<List<String>> targetFeatures(List<List<String>> words) {
        return features(words, Dictionary::englishKey, k -> english.contains(k) ? Set.of(k) : Set.of());
    }

    private static List<List<String>> features(List<List<String>> words, UnaryOperator<String> key,
                                               Function<String, Set<String>> lookup) {
        List<List<String>> out = new ArrayList<>(words.size());
        // Word forms recur through a document: each is stemmed once.
        Map<String, Set<String>> found = new HashMap<>();
        for (List<String> sentence : words) {
            List<String> f = new ArrayList<>();
            for (String w : sentence) {
                f.addAll(found.computeIfAbsent(w, x -> lookup.apply(key.apply(x))));
            }
            out.add(f);
        }
        return out;
    }

    /**
     * The largest share of a side's sentences a word of the list may occur in and still count: function words pair
     * with nearly every sentence, tell little about which with which, and make every bead slower to score.
     */
    static final double MAX_SHARE = 0.3;

    /** Persian endings a stem drops, longest first: plural, comparative, ezafe and indefinite forms. */
    private static final String[] PERSIAN_ENDINGS = {"هایی", "های", "ترین", "ها", "تر", "ای", "ان", "ی"};
    /**
     * The shortest stem each ending leaves: the plural ان and the ی of ezafe or adjectives end many short words of
     * their own (است and استان, قوی), so they come off longer words only.
     */
    private static final int[] MIN_STEM = {3, 3, 3, 3, 3, 4, 4, 4};

    /**
     * A Persian word's stem: folded, Arabic letter forms as Persian, endings taken off while a long enough stem is
     * left ({@link #MIN_STEM}). All of them, not one: a word's stem must be the stem of its inflected forms too
     * (بیمارستان and بیمارستان‌ها both give بیمارست), or an entry would miss the forms it is meant to cover.
     */
    static String persianKey(String word) {
        String w = Tokens.fold(word).replace('\u064A', '\u06CC').replace('\u0643', '\u06A9').replace('\u0649', '\u06CC');
        boolean cut = true;
        while (cut) {
            cut = false;
            for (int e = 0; e < PERSIAN_ENDINGS.length; e++) {
                String ending = PERSIAN_ENDINGS[e];
                // ای is an ending after a silent ه (خانه‌ای); after a vowel (ابتلای, آمریکایی) the ا is the
                // word's own and only the ی comes off.
                boolean ownAlef = ending.equals("ای") && w.length() > 2 && w.charAt(w.length() - 3) != 'ه';
                if (!ownAlef && w.length() - ending.length() >= MIN_STEM[e] && w.endsWith(ending)) {
                    w = w.substring(0, w.length() - ending.length());
                    cut = true;
                    break;
                }
            }
        }
        return w;
    }

    /** An English word's stem, as the QA checks stem it. */
    static String englishKey(String word) {
        return EnglishStemmer.stem(Tokens.fold(word));
    }
}

package org.hamgam.draft;

import org.hamgam.TestResources;
import org.hamgam.model.TmMatch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hamgam.io.TmFiles;
import org.hamgam.model.Draft;
import org.hamgam.model.Lang;
import org.hamgam.model.Origin;
import org.hamgam.model.Segment;
import org.hamgam.model.TmOptions;
import org.hamgam.model.TmUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fuzzy matching on TICO-19: every tenth unit is held out, the rest is the memory. */
class TranslationMemoryTest {
    private static List<TmUnit> inMemory;
    private static List<TmUnit> heldOut;
    private static TranslationMemory memory;
    private static List<Tokens.Analysed> analysedMemory;
    private static List<int[]> memoryIds;

    @BeforeAll
    static void load() throws Exception {
        List<TmUnit> all = TmFiles.read(TestResources.tico19Tmx());
        inMemory = new ArrayList<>();
        heldOut = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 10 == 0 ? heldOut : inMemory).add(all.get(i));
        }
        memory = TranslationMemory.of("tico19", inMemory);
        analysedMemory = inMemory.stream().map(u -> Tokens.analyse(u.source())).toList();
        memoryIds = analysedMemory.stream().map(a -> ids(a.words())).toList();
    }

    /** Queries drawn from the memory with one word dropped, for sentences long enough to stay above 75. */
    private static List<TmUnit> longUnits() {
        return inMemory.stream().filter(u -> words(u.source()).size() >= 8).limit(300).toList();
    }

    private static List<String> words(String s) {
        return Tokens.analyse(s).words();
    }

    @Test
    void aSentenceFromTheMemoryIsAnExactMatchRankedFirst() {
        for (TmUnit unit : inMemory.subList(0, 200)) {
            List<TmMatch> matches = memory.search(unit.source(), TmOptions.defaults());
            assertThat(matches).isNotEmpty();
            TmMatch best = matches.get(0);
            assertThat(best.similarity()).isEqualTo(100);
            assertThat(best.exact()).isTrue();
            assertThat(Tokens.analyse(best.source()).key()).isEqualTo(Tokens.analyse(unit.source()).key());
        }
    }

    @Test
    void droppingOneWordScoresAsTheEditDistanceFormulaSays() {
        int rankedFirst = 0;
        List<TmUnit> units = longUnits();
        for (TmUnit unit : units) {
            List<String> w = words(unit.source());
            List<String> varied = new ArrayList<>(w);
            varied.remove(w.size() / 2);
            String query = String.join(" ", varied);
            List<TmMatch> matches = memory.search(query, TmOptions.defaults());
            int expected = 100 * (w.size() - 1) / w.size();
            TmMatch original = matches.stream().filter(m -> m.source().equals(unit.source())).findFirst().orElseThrow();
            assertThat(original.similarity()).isEqualTo(expected);
            assertThat(original.exact()).isFalse();
            if (matches.get(0).source().equals(unit.source())) {
                rankedFirst++;
            }
            assertThat(matches.get(0).similarity()).isGreaterThanOrEqualTo(expected);
        }
        assertThat(rankedFirst).isGreaterThanOrEqualTo(units.size() * 95 / 100);
    }

    @Test
    void replacingMoreWordsLowersTheSimilarityAndKeepsTheOriginalOnTop() {
        for (TmUnit unit : longUnits().subList(0, 100)) {
            List<String> w = words(unit.source());
            int previous = 101;
            for (int changed = 1; changed <= 3; changed++) {
                List<String> varied = new ArrayList<>(w);
                for (int k = 0; k < changed; k++) {
                    varied.set(k * 2 + 1, "واژه" + k);
                }
                List<TmMatch> matches = memory.search(String.join(" ", varied), TmOptions.defaults());
                int expected = 100 * (w.size() - changed) / w.size();
                TmMatch original = matches.stream().filter(m -> m.source().equals(unit.source()))
                        .findFirst().orElseThrow();
                assertThat(original.similarity()).isEqualTo(expected).isLessThan(previous);
                previous = expected;
            }
        }
    }

    @Test
    void resultsAreRankedThresholdedAndAgreeWithABruteForceScan() {
        TmOptions options = TmOptions.defaults();
        List<TmUnit> sample = heldOut.subList(0, 40);
        for (TmUnit query : sample) {
            List<TmMatch> matches = memory.search(query.source(), options);
            assertThat(matches).hasSizeLessThanOrEqualTo(3);
            assertThat(matches).allSatisfy(m -> assertThat(m.similarity()).isGreaterThanOrEqualTo(50));
            assertThat(matches).isSortedAccordingTo(Comparator.comparingInt(TmMatch::similarity).reversed());
            assertThat(matches.stream().map(TmMatch::similarity).collect(Collectors.toList()))
                    .isEqualTo(bruteForce(query.source(), options));
        }
    }

    @Test
    void aMemoryFullOfNearDuplicatesStillAgreesWithABruteForceScan() {
        java.util.Random random = new java.util.Random(7);
        List<TmUnit> base = inMemory.subList(0, 400);
        List<TmUnit> units = new ArrayList<>(base);
        while (units.size() < 2000) {
            TmUnit b = base.get(random.nextInt(base.size()));
            units.add(TmUnit.of(vary(b.source(), random), b.target(), "v#" + units.size()));
        }
        TranslationMemory tm = TranslationMemory.of("v", units);
        List<Tokens.Analysed> analysed = units.stream().map(u -> Tokens.analyse(u.source())).toList();
        List<int[]> unitIds = analysed.stream().map(a -> ids(a.words())).toList();
        for (TmOptions options : List.of(new TmOptions(50, 3, 75), new TmOptions(30, 5, 75),
                new TmOptions(80, 1, 75))) {
            for (int q = 0; q < 40; q++) {
                String query = vary(units.get(random.nextInt(units.size())).source(), random);
                assertThat(tm.search(query, options)).extracting(TmMatch::similarity)
                        .as("%s with %s", query, options)
                        .isEqualTo(bruteForce(query, options, units, analysed, unitIds));
            }
        }
    }

    private static String vary(String text, java.util.Random random) {
        List<String> w = new ArrayList<>(words(text));
        int at = random.nextInt(w.size());
        switch (random.nextInt(4)) {
            case 0 -> {
                if (w.size() > 1) {
                    w.remove(at);
                }
            }
            case 1 -> w.set(at, "تازه" + random.nextInt(5));
            case 2 -> w.add(at, w.get(random.nextInt(w.size())));
            default -> Collections.swap(w, at, random.nextInt(w.size()));
        }
        return String.join(" ", w);
    }

    private static List<Integer> bruteForce(String text, TmOptions options) {
        return bruteForce(text, options, inMemory, analysedMemory, memoryIds);
    }

    /** The top similarities by scoring every unit, with distinct source/target pairs. */
    private static List<Integer> bruteForce(String text, TmOptions options, List<TmUnit> inMemory,
                                            List<Tokens.Analysed> analysedMemory, List<int[]> memoryIds) {
        int[] q = ids(words(text));
        String key = Tokens.analyse(text).key();
        record Scored(String key, String target, int similarity) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < inMemory.size(); i++) {
            TmUnit unit = inMemory.get(i);
            int[] u = memoryIds.get(i);
            int longer = Math.max(q.length, u.length);
            if (longer == 0) {
                continue;
            }
            int sim = 100 * (longer - levenshtein(q, u)) / longer;
            String unitKey = analysedMemory.get(i).key();
            if (sim == 100 && !unitKey.equals(key)) {
                sim = 99;
            }
            if (sim >= options.threshold()) {
                scored.add(new Scored(unitKey, unit.target(), sim));
            }
        }
        return scored.stream().distinct().map(Scored::similarity).sorted(Comparator.reverseOrder())
                .limit(options.maxMatches()).toList();
    }

    private static final java.util.Map<String, Integer> DICTIONARY = new java.util.concurrent.ConcurrentHashMap<>();

    private static int[] ids(List<String> words) {
        return words.stream().mapToInt(w -> DICTIONARY.computeIfAbsent(w, k -> DICTIONARY.size())).toArray();
    }

    private static int levenshtein(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    @Test
    void normalizationDifferencesAreNotEdits() {
        TranslationMemory tm = TranslationMemory.of("t", List.of(TmUnit.of("آنها کرده‌اند در سال ۱۳۹۹", "they did in 2020", "t#1")));
        TmMatch match = tm.search("آنها كرده اند در سال 1399", TmOptions.defaults()).get(0);
        assertThat(match.similarity()).isEqualTo(100);
        assertThat(match.exact()).isTrue();
        TmMatch punctuated = tm.search("آنها کرده‌اند، در سال ۱۳۹۹!", TmOptions.defaults()).get(0);
        assertThat(punctuated.similarity()).isEqualTo(99);
        assertThat(punctuated.exact()).isFalse();
    }

    @Test
    void sameNeighboursMakeAnInContextMatchThatOutranksAPlainExactOne() {
        TranslationMemory tm = TranslationMemory.of("t", List.of(
                TmUnit.of("جلسه تمام شد.", "The session is over.", "t#1"),
                new TmUnit("جلسه تمام شد.", "The meeting ended.", "رئیس سخنرانی کرد.", "همه رفتند.", "t#2")));
        List<TmMatch> matches = tm.search("جلسه تمام شد.", "رئیس سخنرانی کرد.", "همه رفتند.", TmOptions.defaults());
        assertThat(matches).extracting(TmMatch::target).containsExactly("The meeting ended.", "The session is over.");
        assertThat(matches.get(0).inContext()).isTrue();
        assertThat(matches.get(1).inContext()).isFalse();
        assertThat(tm.search("جلسه تمام شد.", "چیز دیگری.", "همه رفتند.", TmOptions.defaults()))
                .noneMatch(TmMatch::inContext);
    }

    @Test
    void theTranslatorDraftsFromMatchesAtOrAboveLeverage() {
        TmUnit unit = longUnits().get(0);
        List<String> w = words(unit.source());
        String close = String.join(" ", w.subList(1, w.size()));
        String far = String.join(" ", w.subList(0, w.size() / 2 + 1)) + " الف ب پ ت ث ج چ ح خ";
        List<Segment> segments = List.of(segment(0, close), segment(1, far), segment(2, "کلمه‌ای ناشناخته"));
        TmTranslator translator = new TmTranslator(memory);
        List<List<TmMatch>> matches = translator.matches(segments);
        List<Draft> drafts = translator.translate(segments, List.of(List.of(), List.of(), List.of()));
        assertThat(drafts).hasSize(3);
        assertThat(drafts.get(0).origin()).isEqualTo(Origin.TM);
        assertThat(drafts.get(0).text()).isEqualTo(matches.get(0).get(0).target());
        assertThat(drafts.get(0).score()).isEqualTo(matches.get(0).get(0).similarity() / 100.0);
        assertThat(drafts.get(0).engine()).isEqualTo("tico19");
        assertThat(matches.get(1)).allSatisfy(m -> assertThat(m.similarity()).isLessThan(75));
        assertThat(drafts.get(1)).isEqualTo(Draft.none());
        assertThat(matches.get(2)).isEmpty();
        assertThat(drafts.get(2)).isEqualTo(Draft.none());
        assertThat(translator.describe()).contains("tico19").contains(inMemory.size() + " units");
    }

    static Segment segment(int index, String text) {
        return new Segment("d:fa:" + index, "d", index, index, Lang.FA, text, text, 0, text.length());
    }
}

package org.hamgam.text;

import org.hamgam.TestResources;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.hamgam.bench.NormalizeBench;
import org.junit.jupiter.api.Test;

/**
 * The lexicon remembers recent look-ups and analyses per thread: what it remembers, and in which order texts came,
 * must never change a result.
 */
class RecentLookupsTest {
    private static Lexicon freshLexicon() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Lexicon.class.getResourceAsStream(Lexicon.RESOURCE)), StandardCharsets.UTF_8))) {
            return Lexicon.read(r);
        }
    }

    /** Dev paragraphs as written, without their ZWNJs and with spaces for them. */
    private static List<String> texts() throws IOException {
        Path ud = TestResources.udPersian();
        List<String> paragraphs = NormalizeBench.paragraphs(
                Files.readAllLines(ud.resolve("seraji-dev.txt"), StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            out.add(p);
            out.add(p.replace("\u200C", ""));
            out.add(p.replace('\u200C', ' '));
        }
        return out;
    }

    @Test
    void orderOfTextsDoesNotChangeResults() throws Exception {
        List<String> texts = texts();
        PersianNormalizer forward = new PersianNormalizer(NormalizerOptions.defaults(), freshLexicon());
        PersianNormalizer backward = new PersianNormalizer(NormalizerOptions.defaults(), freshLexicon());
        List<NormalizedText> first = new ArrayList<>();
        for (String t : texts) {
            first.add(forward.normalize(t));
        }
        List<String> reversed = new ArrayList<>(texts);
        Collections.reverse(reversed);
        List<NormalizedText> second = new ArrayList<>();
        for (String t : reversed) {
            second.add(backward.normalize(t));
        }
        Collections.reverse(second);
        assertThat(second).isEqualTo(first);
        // and a second pass, with every table warm, agrees with the first
        for (int i = 0; i < texts.size(); i++) {
            assertThat(forward.normalize(texts.get(i))).isEqualTo(first.get(i));
        }
        assertThat(first.stream().filter(n -> !n.text().equals(n.original())).count()).isGreaterThan(100);
    }

    @Test
    void threadsSharingALexiconAgree() throws Exception {
        List<String> texts = texts();
        PersianNormalizer normalizer = new PersianNormalizer(NormalizerOptions.defaults(), freshLexicon());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                boolean reverse = t == 1;
                runs.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>(Collections.nCopies(texts.size(), (String) null));
                    for (int i = 0; i < texts.size(); i++) {
                        int k = reverse ? texts.size() - 1 - i : i;
                        out.set(k, normalizer.normalize(texts.get(k)).text());
                    }
                    return out;
                }));
            }
            assertThat(runs.get(1).get()).isEqualTo(runs.get(0).get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lookUpWithKnownHashAgreesWithLookUpOfText() {
        Lexicon lexicon = Lexicon.shared();
        for (String key : List.of("کتاب", "آسیبپذیر", "سرمایهگذاریها", "همسر", "قزمیتلوب", "ها", "می")) {
            long packed = key.length() <= 8 ? Lexicon.pack(key, 0, key.length(), key.length(), key.length()) : -1;
            int expected = lexicon.slot(key, 0, key.length(), key.length(), key.length());
            assertThat(lexicon.slot(key.hashCode(), key.length(), packed, key, 0, key.length(), key.length(),
                    key.length())).as(key).isEqualTo(expected);
            long slotAndKind = lexicon.wordSlot(lexicon.recent(), key.hashCode(), key.length(), packed, key, 0,
                    key.length());
            assertThat((int) slotAndKind).as(key).isEqualTo(expected);
            assertThat((int) (slotAndKind >>> 32)).as(key).isEqualTo(lexicon.kind(expected));
        }
        assertThat(lexicon.slot("قزمیتلوب", 0, 8, 8, 8)).isNegative();
        assertThat(lexicon.slot("کتاب", 0, 4, 4, 4)).isNotNegative();
    }
}

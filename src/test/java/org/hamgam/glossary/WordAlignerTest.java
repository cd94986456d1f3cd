package org.hamgam.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordAlignerTest {
    private final Map<String, Integer> faIds = new HashMap<>();
    private final Map<String, Integer> enIds = new HashMap<>();
    private final List<int[]> fa = new ArrayList<>();
    private final List<int[]> en = new ArrayList<>();

    private static int[] ids(String text, Map<String, Integer> vocabulary) {
        String[] words = text.split(" ");
        int[] out = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = vocabulary.computeIfAbsent(words[i], k -> vocabulary.size());
        }
        return out;
    }

    private void pair(String persian, String english) {
        fa.add(ids(persian, faIds));
        en.add(ids(english, enIds));
    }

    private WordAligner aligner() {
        return new WordAligner(fa.toArray(new int[0][]), en.toArray(new int[0][]), faIds.size(), enIds.size());
    }

    /** Six frames around each of four terms, as in a small medical bitext. */
    private void corpus() {
        String[][] frames = {
            {"بیمار %s دارد", "the patient has %s"}, {"آیا شما %s دارید", "do you have %s"},
            {"پزشک درباره %s پرسید", "the doctor asked about %s"}, {"%s در کودکان شایع است", "%s is common in children"},
            {"مادرم از %s شکایت کرد", "my mother complained of %s"}, {"%s دو روز طول کشید", "%s lasted two days"},
        };
        String[][] terms = {{"تب", "fever"}, {"گلودرد", "sore throat"}, {"سردرد", "headache"}, {"سرفه", "cough"}};
        for (String[] f : frames) {
            for (String[] t : terms) {
                pair(String.format(f[0], t[0]), String.format(f[1], t[1]));
            }
        }
    }

    @Test
    void linksEachTermToItsTranslationAndACompoundToBothWords() {
        corpus();
        WordAligner aligner = aligner();
        int[] f = ids("بیمار گلودرد دارد", faIds);
        int[] e = ids("the patient has sore throat", enIds);
        WordAligner.Links links = aligner.links(f, e);
        // گلودرد (index 1) is produced by sore (3) and throat (4), and links to one of them
        assertThat(links.enToFa()[3]).isEqualTo(1);
        assertThat(links.enToFa()[4]).isEqualTo(1);
        assertThat(links.faToEn()[1]).isIn(3, 4);
        assertThat(links.faToEn()[0]).isEqualTo(1); // بیمار → patient

        int[] f2 = ids("آیا شما تب دارید", faIds);
        int[] e2 = ids("do you have fever", enIds);
        assertThat(aligner.links(f2, e2).faToEn()[2]).isEqualTo(3);
    }

    @Test
    void leavesWordsWithoutATranslationUnlinked() {
        corpus();
        pair("بیمار تب دارد", "the patient has fever");
        WordAligner aligner = aligner();
        int[] f = ids("ناشناخته", faIds);
        int[] e = ids("the unknown", enIds);
        WordAligner.Links links = aligner.links(f, e);
        assertThat(links.faToEn()).containsExactly(-1);
        assertThat(links.enToFa()).containsExactly(-1, -1);
    }

    @Test
    void countsThePairsEachPersianWordOccursIn() {
        corpus();
        WordAligner aligner = aligner();
        assertThat(aligner.persianFrequency(faIds.get("تب"))).isEqualTo(6);
        assertThat(aligner.persianFrequency(faIds.get("بیمار"))).isEqualTo(4);
    }
}

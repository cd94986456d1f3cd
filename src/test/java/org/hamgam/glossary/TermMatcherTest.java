package org.hamgam.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.hamgam.model.Term;
import org.hamgam.model.TermHit;
import org.junit.jupiter.api.Test;

class TermMatcherTest {
    private static final String Z = "\u200C";

    private static final TermMatcher M = new TermMatcher(Glossary.of(List.of(
            t("تفاهم" + Z + "نامه", "memorandum of understanding"),
            t("شاهد-۱۳۶", "Shahed-136"),
            t("جمهوری اسلامی", "Islamic Republic"),
            t("جمهوری اسلامی ایران", "Islamic Republic of Iran"),
            t("هواپیمای بدون سرنشین", "unmanned aerial vehicle"),
            t("موشک بالیستیک", "ballistic missile"),
            t("تأمین", "supply"),
            t("پهپاد", "drone"),
            t("ارز", "currency"),
            t("نفت", "oil"),
            t("متحد", "ally"),
            t("AIDS", "AIDS"),
            new Term("v:1", "سازمان ملل", "United Nations", "", List.of("ملل متحد"), "v:1", 0))));

    private static Term t(String source, String target) {
        return new Term(source, source, target, "", List.of(), source, 0);
    }

    private static List<String> surfaces(String text) {
        List<TermHit> hits = M.find(text);
        for (TermHit h : hits) {
            assertThat(text.substring(h.start(), h.end())).isEqualTo(h.surface());
        }
        return hits.stream().map(h -> h.surface() + "=" + h.source()).toList();
    }

    @Test
    void partsJoinedByZwnjSpaceOrNothing() {
        String term = "تفاهم" + Z + "نامه";
        assertThat(surfaces("این تفاهم" + Z + "نامه امضا شد")).containsExactly("تفاهم" + Z + "نامه=" + term);
        assertThat(surfaces("این تفاهم نامه امضا شد")).containsExactly("تفاهم نامه=" + term);
        assertThat(surfaces("این تفاهمنامه امضا شد")).containsExactly("تفاهمنامه=" + term);
    }

    @Test
    void digitsOfAnySystemAndAnySeparator() {
        for (String form : List.of("شاهد-۱۳۶", "شاهد ۱۳۶", "شاهدــ۱۳۶", "شاهد-136", "شاهد۱۳۶", "شاهد-١٣٦")) {
            assertThat(surfaces("پرتاب " + form + " از جنوب")).as(form).containsExactly(form + "=شاهد-۱۳۶");
        }
        assertThat(surfaces("ده شاهد-۱۳۶ها سرنگون شد")).containsExactly("شاهد-۱۳۶ها=شاهد-۱۳۶");
    }

    @Test
    void wholeWordsOnly() {
        assertThat(surfaces("شاهد گفت")).isEmpty();
        assertThat(surfaces("شاهد-۱۳۶۰ و شاهد-۱۳ و ۱۳۶")).isEmpty();
        assertThat(surfaces("جمهوری" + Z + "های آسیای میانه")).isEmpty();
        assertThat(surfaces("جمهوری و ارزش" + Z + "های اسلامی")).isEmpty();
        assertThat(surfaces("ارزش و ارزان و نفتکش و غیرنفتی و ضدپهپاد")).isEmpty();
        assertThat(surfaces("این موشک بالیستیک نیست")).containsExactly("موشک بالیستیک=موشک بالیستیک");
        assertThat(surfaces("این موشک از نوع بالیستیک نیست")).isEmpty();
    }

    @Test
    void lettersHamzaAndDiacriticsFold() {
        assertThat(surfaces("تامین و تأمین")).containsExactly("تامین=تأمین", "تأمین=تأمین");
        assertThat(surfaces("جمهوري اسلامي")).containsExactly("جمهوري اسلامي=جمهوری اسلامی");
        assertThat(surfaces("پَهپاد")).containsExactly("پَهپاد=پهپاد");
    }

    @Test
    void inflectionOnLastAndHeadWord() {
        assertThat(surfaces("پهپادهای ایرانی")).containsExactly("پهپادهای=پهپاد");
        assertThat(surfaces("پهپاد" + Z + "ها و پهپاد ها")).containsExactly("پهپاد" + Z + "ها=پهپاد", "پهپاد ها=پهپاد");
        assertThat(surfaces("هواپیماهای بدون سرنشین")).containsExactly("هواپیماهای بدون سرنشین=هواپیمای بدون سرنشین");
        assertThat(surfaces("موشک" + Z + "های بالیستیک")).containsExactly("موشک" + Z + "های بالیستیک=موشک بالیستیک");
        assertThat(surfaces("متحدان غربی")).containsExactly("متحدان=متحد");
        assertThat(surfaces("یک تفاهم" + Z + "نامه" + Z + "ای")).containsExactly("تفاهم" + Z + "نامه" + Z + "ای=تفاهم" + Z + "نامه");
    }

    @Test
    void longestMatchWinsAndVariantsMatch() {
        assertThat(surfaces("مقام" + Z + "های جمهوری اسلامی ایران"))
                .containsExactly("جمهوری اسلامی ایران=جمهوری اسلامی ایران");
        assertThat(surfaces("جمهوری اسلامی و ایران")).containsExactly("جمهوری اسلامی=جمهوری اسلامی");
        assertThat(surfaces("سازمان ملل و ملل متحد"))
                .containsExactly("سازمان ملل=سازمان ملل", "ملل متحد=سازمان ملل");
    }

    @Test
    void offsetsAreInTheOriginalText() {
        String text = "\u200Fدر «شاهدــ۱۳۶ها» و پهپاد\u200F.";
        List<TermHit> hits = M.find(text);
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).start()).isEqualTo(text.indexOf("شاهد"));
        assertThat(hits.get(0).surface()).isEqualTo("شاهدــ۱۳۶ها");
        assertThat(hits.get(1).surface()).isEqualTo("پهپاد");
        assertThat(hits.get(1).end()).isEqualTo(text.indexOf("پهپاد") + 5);
    }

    @Test
    void findsEnglishTargets() {
        List<TermHit> hits = M.findTarget("Shahed-136s and Shahed 136 drones; the Islamic Republic's allies. aids vs AIDS");
        assertThat(hits).extracting(TermHit::surface).containsExactly("Shahed-136s", "Shahed 136", "drones",
                "Islamic Republic's", "allies", "AIDS");
        assertThat(M.findTarget("Memoranda of understanding; droned; Shahed-1360")).isEmpty();
    }

    @Test
    void findsTheProjectTermsInTheSeedArticle() throws Exception {
        Glossary g;
        try (InputStream in = Files.newInputStream(Path.of("glossary", "terms.tsv"))) {
            g = GlossaryReader.read("terms.tsv", in, 0);
        }
        TermMatcher m = new TermMatcher(g);
        String seed = Files.readString(Path.of("seeds", "000_197c25bd1892c35a.txt"));
        List<String> found = seed.lines().flatMap(l -> m.find(l).stream())
                .map(h -> h.surface() + "=" + h.source()).toList();
        assertThat(found).contains("لوکاشنکو=لوکاشنکو", "الکساندر لوکاشنکو=الکساندر لوکاشنکو",
                "شاهدــ۱۳۶=شاهد-۱۳۶", "جمهوری اسلامی=جمهوری اسلامی", "پهپادهای=پهپاد",
                "رئیسجمهوری=رئیس\u200Cجمهوری", "هواپیماهای بدون سرنشین=هواپیمای بدون سرنشین",
                "موشکهای بالیستیک=موشک بالیستیک", "تفاهمنامهای=تفاهم\u200Cنامه", "زنجیره تامین=زنجیره تامین");
        assertThat(found).hasSizeGreaterThan(250);
    }

    @Property(tries = 300)
    void hitsAreOrderedDisjointSubstrings(@ForAll @StringLength(max = 40)
                                          @CharRange(from = '\u0600', to = '\u06FF') @CharRange(from = ' ', to = '-')
                                          @CharRange(from = '\u200C', to = '\u200F') String noise) {
        String text = noise + " پهپادهای شاهد-۱۳۶ " + noise + "تفاهم نامه";
        List<TermHit> hits = M.find(text);
        int last = 0;
        for (TermHit h : hits) {
            assertThat(h.start()).isGreaterThanOrEqualTo(last);
            assertThat(h.end()).isGreaterThan(h.start()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(h.start(), h.end())).isEqualTo(h.surface());
            last = h.end();
        }
        assertThat(M.find(text)).isEqualTo(hits);
    }

    @Test
    void meetsPrecisionAndRecallTargetsOnTheTestSets() {
        TermMatcher m = new TermMatcher(EvalSet.glossary());
        assertThat(EvalSet.load()).hasSizeGreaterThanOrEqualTo(60);
        List<List<EvalSet.Sentence>> sets = List.of(EvalSet.load(), EvalSet.loadHeldOut(), EvalSet.loadFinal());
        for (List<EvalSet.Sentence> set : sets) {
            EvalSet.Score s = EvalSet.score(m, set);
            assertThat(s.expected()).isGreaterThanOrEqualTo(50);
            assertThat(s.precision()).as(String.join("\n", s.errors())).isGreaterThanOrEqualTo(0.98);
            assertThat(s.recall()).as(String.join("\n", s.errors())).isGreaterThanOrEqualTo(0.97);
        }
    }

    @Test
    void brokenPluralsOfHeadAndLastWords() {
        TermMatcher m = new TermMatcher(Glossary.of(List.of(t("وزیر امور خارجه", "foreign minister"),
                t("خط لوله", "pipeline"), t("منطقه", "region"))));
        assertThat(m.find("وزرای امور خارجه و خطوط لوله در مناطق مرزی")).extracting(TermHit::surface)
                .containsExactly("وزرای امور خارجه", "خطوط لوله", "مناطق");
        assertThat(m.find("وزرا امور را")).isEmpty();
    }

    @Test
    void arabicAbstractNounsAreNotPossessives() {
        TermMatcher m = new TermMatcher(Glossary.of(List.of(t("مسئول", "official"), t("امن", "safe"),
                t("آمریکا", "America"))));
        assertThat(m.find("مسئولیت امنیت")).isEmpty();
        TermMatcher seats = new TermMatcher(Glossary.of(List.of(t("رئیس", "head"), t("مسئله", "issue"))));
        assertThat(seats.find("رایس و رییس و مساله و مسأله")).extracting(TermHit::surface)
                .containsExactly("رییس", "مساله", "مسأله");
        assertThat(m.find("مسئولش و آمریکایش")).extracting(TermHit::surface).containsExactly("مسئولش", "آمریکایش");
    }

    @Test
    void isSafeToShareBetweenThreads() {
        List<String> lines = EvalSet.load().stream().map(EvalSet.Sentence::text).toList();
        List<List<TermHit>> sequential = lines.stream().map(M::find).toList();
        for (int round = 0; round < 5; round++) {
            assertThat(lines.parallelStream().map(M::find).toList()).isEqualTo(sequential);
        }
    }

    @Test
    void zwnjRepairDoesNotChangeTheTermsFound() {
        Glossary g = EvalSet.glossary();
        TermMatcher plain = new TermMatcher(g);
        TermMatcher repairing = new TermMatcher(g, new org.hamgam.text.PersianNormalizer());
        for (List<EvalSet.Sentence> set : List.of(EvalSet.load(), EvalSet.loadHeldOut(), EvalSet.loadFinal())) {
            for (EvalSet.Sentence s : set) {
                assertThat(repairing.find(s.text())).as(s.text()).isEqualTo(plain.find(s.text()));
            }
        }
    }
}

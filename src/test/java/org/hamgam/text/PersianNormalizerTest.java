package org.hamgam.text;

import org.hamgam.TestResources;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hamgam.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersianNormalizerTest {
    private static final String Z = "\u200C";
    private final PersianNormalizer normalizer = new PersianNormalizer();

    private String norm(String s) {
        return normalizer.normalize(s).text();
    }

    @ParameterizedTest
    @CsvSource({
            "کردهاند, کرده‌اند",
            "بهعنوان, به‌عنوان",
            "تحریمهای, تحریم‌های",
            "میتواند, می‌تواند",
            "نزدیکتر, نزدیک‌تر",
            "آسیبپذیر, آسیب‌پذیر",
            "نمیشود, نمی‌شود",
            "کتابها, کتاب‌ها",
            "خانهای, خانه‌ای",
            "بزرگترین, بزرگ‌ترین",
            "سرمایهگذاران, سرمایه‌گذاران",
            "تصمیمگیرندگان, تصمیم‌گیرندگان",
            "زندگیشان, زندگی‌شان",
            "شمارهای, شماره‌ای",
            // می before a verb whose stem the lexicon lacks
            "میمکید, می‌مکید",
            // a participle of a verb the lexicon lacks, before a plural personal ending
            "فسانیدهاند, فسانیده‌اند",
            // a word the lexicon lacks: a known word and a second part that follows many words of the lexicon after
            // a ZWNJ and is no word of its own
            "ترانهنویس, ترانه‌نویس",
            "جنگلزدایی, جنگل‌زدایی",
            // a prefix and an ending, or a first part and an ending, set off in the same pass
            "میمیهای, می‌می‌های",
            "میمیکتابمی, می‌می‌کتابمی",
            "بحرانسازیهای, بحران‌سازی‌های",
            // what follows a prefix or a first part is read as the word it is (بینیم is a verb, بیداری بیدار + ی,
            // بهای بها + ی), not as a prefix or a function word with an ending of its own
            "میبینیم, می‌بینیم",
            "نمیبینیم, نمی‌بینیم",
            "کمبهای, کم‌بهای",
            "بیداریخانهٔ, بیداری‌خانهٔ"
    })
    void repairsJoinedWords(String joined, String repaired) {
        assertThat(norm(joined)).isEqualTo(repaired);
        // in one pass: a second finds nothing left to do
        assertThat(norm(repaired)).isEqualTo(repaired);
    }

    @ParameterizedTest
    @CsvSource({
            "می شود, می‌شود",
            "کتاب ها, کتاب‌ها",
            "نمی توانند, نمی‌توانند",
            "رفته اند, رفته‌اند",
            "آسیب پذیر, آسیب‌پذیر",
            "سرمایه گذاران, سرمایه‌گذاران",
            "زندگی اش, زندگی‌اش",
            "نخست وزیر, نخست‌وزیر",
            "چانه زنی, چانه‌زنی",
            "می مکید, می‌مکید",
            "اصلی ترین, اصلی‌ترین",
            "محکم تری, محکم‌تری",
            "این هاست, این‌هاست",
            // a well attested compound whose first part is a function word
            "میان دوره, میان‌دوره",
            // plural possessives written apart, after ه and ی; an ending after ی added to a known word (نوجوان)
            "خانواده شان, خانواده‌شان",
            "مدرسه مان, مدرسه‌مان",
            "دانشگاهی شان, دانشگاهی‌شان",
            "نوجوانی ام, نوجوانی‌ام",
            // a participle of a verb the lexicon lacks, before a plural personal ending
            "فسانیده اند, فسانیده‌اند",
            // a verb whose stem starts as the prefix بی does
            "می بینیم, می‌بینیم"
    })
    void repairsSpacedWords(String spaced, String repaired) {
        NormalizedText n = normalizer.normalize(spaced);
        assertThat(n.text()).isEqualTo(repaired);
        // the ZWNJ stands where the space was
        int zwnj = n.text().indexOf(Z);
        assertThat(spaced.charAt(n.toOriginal(zwnj))).isEqualTo(' ');
    }

    @Test
    void readsAWordInHayBeforeWhatCannotCompleteAnEzafeAsAWordInHehWithTheIndefinite() {
        // a plural in the ezafe needs a word after it: که, a sentence mark or the end cannot be one
        assertThat(norm("استعارهای که")).isEqualTo("استعاره‌ای که");
        assertThat(norm("استعارهای.")).isEqualTo("استعاره‌ای.");
        assertThat(norm("استعارهای بزرگ")).isEqualTo("استعارهای بزرگ");
        // not a rare word in ه beside a common stem: آفتاب‌های که is a plural whose ی was dropped
        assertThat(norm("آفتابهای که")).isEqualTo("آفتاب‌های که");
    }

    @Test
    void joinsACompoundOfThreeWordsTheLexiconListsButNotAPhraseAroundAFunctionWord() {
        // عبدالله‌بن‌زبیر is a word of the lexicon, عبدالله‌بن is none: the pair alone never joins
        String spaced = "عبدالله بن زبیر گفت";
        NormalizedText n = normalizer.normalize(spaced);
        assertThat(n.text()).isEqualTo("عبدالله" + Z + "بن" + Z + "زبیر گفت");
        for (int i = 0; i < n.text().length(); i++) {
            if (n.text().charAt(i) == Z.charAt(0)) {
                assertThat(spaced.charAt(n.toOriginal(i))).isEqualTo(' ');
            }
        }
        assertThat(norm("عبدالله بن گفت")).isEqualTo("عبدالله بن گفت");
        // دست‌به‌قلم is listed too, but a preposition in the middle mostly makes a phrase
        assertThat(norm("دست به قلم شد")).isEqualTo("دست به قلم شد");
    }

    @Test
    void followingTheWriterKeepsTheJoinedWordsOfOneWhoMarksMostBoundaries() {
        PersianNormalizer follower = new PersianNormalizer(NormalizerOptions.defaults().withFollowWriter(true));
        // two boundaries marked with spaces, one word joined: the joined spelling is the writer's own
        assertThat(follower.normalize("کتابها را می خوانند و نمی فروشند").text())
                .isEqualTo("کتابها را می‌خوانند و نمی‌فروشند");
        assertThat(follower.normalize("کتاب‌ها می‌شود و آنها").text()).isEqualTo("کتاب‌ها می‌شود و آنها");
        // one marked boundary beside two missing ones, or a single mark: the ZWNJs were lost, not left out
        assertThat(follower.normalize("کتابهای نزدیکتر می شود").text()).isEqualTo("کتاب‌های نزدیک‌تر می‌شود");
        assertThat(follower.normalize("کتابها را می خوانند").text()).isEqualTo("کتاب‌ها را می‌خوانند");
        // by default every word is repaired, whatever the text around it
        assertThat(norm("کتابها را می خوانند و نمی فروشند")).isEqualTo("کتاب‌ها را می‌خوانند و نمی‌فروشند");
    }

    @ParameterizedTest
    @CsvSource({"تنهایی", "متهمان", "ثبت شده است", "نام برده شد", "آن قدر", "میزبانی", "بیجایشان", "خصوصیات",
            "حفظ شان", "گزارش نشده", "ارتباط زبانی", "تهران سرا", "نشریه وار آن د راکس"})
    void leavesWordsAndPhrasesTheLexiconReadsWithoutZwnj(String text) {
        // تنها + یی and متهم + ان are better attested than تن + هایی and مته + مان; a participle after a
        // dictionary compound's first part is a verb phrase, not the compound; a determiner heads a phrase as often
        // as a compound; a word that starts with a known one (میزبان) does not start with the prefix می; after ا the ی
        // is the glide of یشان (بیجا + یشان); ات after ی is mostly the Arabic plural; شان after a consonant is a word;
        // a verb, a word made with ی or a word of its own (سرا) after a known word is not a second part, and a word
        // written apart that looks like a productive second part (وار) may be a name written out
        assertThat(norm(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"تهرانسرا", "کتابگیر", "بازیکنان", "کاغذزدایی"})
    void leavesUnknownCompoundsWhoseSecondPartIsAWordOrThatNeedNoZwnj(String word) {
        // سرا and گیر are words of their own, so writers join such compounds solid as often as not; بازیکن + ان is
        // a known word with a plural ending; after ذ no ZWNJ is needed
        assertThat(norm(word)).isEqualTo(word);
    }

    @ParameterizedTest
    @CsvSource({"ایشان", "همسر", "بندرها", "دفتر", "بیشتر", "میز", "بیمار", "کتابدارها", "آنچه"})
    void leavesWordsThatNeedNoZwnj(String word) {
        assertThat(norm(word)).isEqualTo(word);
    }

    @Test
    void neverChangesUnknownWords() {
        assertThat(norm("قزمیتلوب بلنگشان")).isEqualTo("قزمیتلوب بلنگشان");
    }

    @Test
    void repairsTheSeedArticle() throws IOException {
        Path seed = TestResources.seeds().resolve(TestResources.SEED + ".txt");
        String original = Files.readString(seed, StandardCharsets.UTF_8);
        NormalizedText n = normalizer.normalize(original);
        assertThat(n.text()).contains("کرده‌اند", "به‌عنوان", "تحریم‌های", "می‌تواند", "نزدیک‌تر", "آسیب‌پذیر")
                .doesNotContain("کردهاند", "بهعنوان", "تحریمهای", "میتواند", "نزدیکتر", "آسیبپذیر");
        assertThat(n.text().split("\n", -1)).hasSameSizeAs(original.split("\n", -1));
        int at = n.text().indexOf("به‌عنوان");
        assertThat(n.originalOf(new Span(at, at + "به‌عنوان".length()))).isEqualTo("بهعنوان");
    }

    @Test
    void mapsArabicLettersToPersian() {
        assertThat(norm("كتاب علي مدرسة")).isEqualTo("کتاب علی مدرسه");
        assertThat(norm("موسى")).isEqualTo("موسی");
    }

    @Test
    void mapsPresentationFormsToLetters() {
        // ﻛﺘﺎﺏ in presentation forms, and the lam-alef ligature ﻻ
        assertThat(norm("\uFEDB\uFE98\uFE8E\uFE8F")).isEqualTo("کتاب");
        NormalizedText n = normalizer.normalize("\uFEFB");
        assertThat(n.text()).isEqualTo("لا");
        assertThat(n.toOriginal(1)).isZero();
    }

    @Test
    void removesKashidaAndKeepsItAsHyphenBeforeNumbers() {
        assertThat(norm("شاهدــ۱۳۶")).isEqualTo("شاهد-۱۳۶");
        assertThat(norm("بـــزرگ")).isEqualTo("بزرگ");
    }

    @Test
    void writesDigitsPerPolicy() {
        String mixed = "۲۰۲۲ ٢٠٢٢ 2022";
        assertThat(norm(mixed)).isEqualTo("۲۰۲۲ ۲۰۲۲ 2022");
        assertThat(new PersianNormalizer(NormalizerOptions.defaults().withDigits(DigitPolicy.LATIN))
                .normalize(mixed).text()).isEqualTo("2022 2022 2022");
        assertThat(new PersianNormalizer(NormalizerOptions.defaults().withDigits(DigitPolicy.PERSIAN))
                .normalize(mixed).text()).isEqualTo("۲۰۲۲ ۲۰۲۲ ۲۰۲۲");
    }

    @Test
    void writesArabicIndicDigitsAsPersianEvenWhenKeeping() {
        NormalizedText n = normalizer.normalize("قیمت ٤٥٠ و ۴۵۰ و 450 تومان");
        assertThat(n.text()).isEqualTo("قیمت ۴۵۰ و ۴۵۰ و 450 تومان");
        assertThat(n.toOriginal(n.text().indexOf('۴'))).isEqualTo(5);
    }

    @Test
    void aSpaceAfterAWritersZwnjAndAMarkIsDroppedNotDoubled() {
        // ZWNJ, fatha, space, ها: one pass gives what a second pass gives
        String once = norm("کتاب\u200c\u064e ها");
        assertThat(once).isEqualTo("کتاب\u200c\u064eها");
        assertThat(norm(once)).isEqualTo(once);
    }

    @Test
    void keepsHamzaAndDiacriticsByDefault() {
        String s = "خانهٔ مسئول رؤیا تأثیر کِتاب";
        assertThat(norm(s)).isEqualTo(s);
        NormalizerOptions plain = NormalizerOptions.defaults().withSimplifyHamza(true).withRemoveDiacritics(true);
        assertThat(new PersianNormalizer(plain).normalize(s).text()).isEqualTo("خانه مسیول رویا تاثیر کتاب");
    }

    @Test
    void dropsBidiControls() {
        NormalizedText n = normalizer.normalize("\u202Bسلام\u202C \u200Fدنیا");
        assertThat(n.text()).isEqualTo("سلام دنیا");
        assertThat(n.toOriginal(n.text().length())).isEqualTo(n.original().length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "سلام ، دنیا|سلام، دنیا",
            "سلام،دنیا|سلام، دنیا",
            "چرا ؟|چرا؟",
            "او گفت « سلام » و رفت|او گفت «سلام» و رفت",
            "کتاب ( جلد دوم ) را|کتاب (جلد دوم) را",
            "پایان .|پایان.",
            "اول؛دوم|اول؛ دوم",
            "۱۲،۵|۱۲،۵",
            "افزایش یافت .دولت واکنش نشان داد.|افزایش یافت. دولت واکنش نشان داد.",
            "افزایش یافت ،دولت|افزایش یافت، دولت",
            "چه شد !دولت گفت|چه شد! دولت گفت",
            // numbers, file names, Latin words and abbreviations keep their point where it is
            "نسخه ۲ .۵ آمد|نسخه ۲ .۵ آمد",
            "عدد ۲ .دوم|عدد ۲ .دوم",
            "فایل گزارش .pdf را ببینید|فایل گزارش .pdf را ببینید",
            "سایت www .example .com|سایت www .example .com",
            "سال ۱۴۰۲ ه.ش بود|سال ۱۴۰۲ ه.ش بود",
            "سال ۱۴۰۲ ه .ش بود|سال ۱۴۰۲ ه .ش بود"
    })
    void spacesPunctuation(String in, String out) {
        assertThat(norm(in)).isEqualTo(out);
    }

    @Test
    void leavesLatinPunctuationInLatinText() {
        String latin = "Hello , world ( yes ) . Done !";
        assertThat(norm(latin)).isEqualTo(latin);
        assertThat(norm("Version .NET and 3.14")).isEqualTo("Version .NET and 3.14");
    }

    @Test
    void keepsLineStructure() {
        String text = "کتابها\n\n  می شود ،\r\nخط سوم\n";
        String out = norm(text);
        assertThat(out).isEqualTo("کتاب‌ها\n\n  می‌شود،\r\nخط سوم\n");
    }

    @Test
    void repairsNothingWhenAskedNot() {
        PersianNormalizer plain = new PersianNormalizer(NormalizerOptions.defaults().withRepairZwnj(false)
                .withFixSpacing(false));
        assertThat(plain.normalize("کردهاند کتاب ها ،").text()).isEqualTo("کردهاند کتاب ها ،");
    }

    @Test
    void dropsZwnjsThatShowNothing() {
        assertThat(norm("کتاب" + Z + " ها")).isEqualTo("کتاب‌ها");
        assertThat(norm("دار" + Z + "ها")).isEqualTo("دارها");
        assertThat(norm("می" + Z + Z + "شود")).isEqualTo("می‌شود");
    }
}

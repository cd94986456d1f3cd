package org.hamgam.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.Lang;
import org.junit.jupiter.api.Test;

class PersianSplitterTest {
    private static final SentenceSplitter SPLITTER = Segmenters.splitter(Lang.FA);

    private static List<String> sentences(String paragraph) {
        return SPLITTER.split(paragraph).stream().map(span -> span.of(paragraph)).toList();
    }

    @Test
    void aParagraphOfOnlyDroppedCharactersIsStillOneSpan() {
        assertThat(sentences("\u200C")).containsExactly("\u200C");
        assertThat(sentences(" \u200C\u200F ")).containsExactly("\u200C\u200F");
        assertThat(sentences("   ")).isEmpty();
    }

    @Test
    void questionAndExclamationMarksEndSentences() {
        assertThat(sentences("آیا شما اکنون تب دارید؟ من خوبم! او به خانه رفت."))
                .containsExactly("آیا شما اکنون تب دارید؟", "من خوبم!", "او به خانه رفت.");
    }

    @Test
    void decimalsNeverSplit() {
        assertThat(sentences("نرخ رشد 2.5 درصد بود. نرخ تورم ۲٫۵ درصد و نرخ بیکاری ۲.۵ درصد است."))
                .containsExactly("نرخ رشد 2.5 درصد بود.", "نرخ تورم ۲٫۵ درصد و نرخ بیکاری ۲.۵ درصد است.");
    }

    @Test
    void versionsUrlsAndEmailsNeverSplit() {
        String text = "نسخه 1.2.3 را از https://example.org/a.b/c.html بگیرید و به info@example.co.uk بنویسید. تمام.";
        assertThat(sentences(text)).containsExactly(
                "نسخه 1.2.3 را از https://example.org/a.b/c.html بگیرید و به info@example.co.uk بنویسید.", "تمام.");
    }

    @Test
    void closingGuillemetStaysWithItsSentence() {
        assertThat(sentences("او گفت: «آیا می‌آیی…». من پاسخی ندادم."))
                .containsExactly("او گفت: «آیا می‌آیی…».", "من پاسخی ندادم.");
        assertThat(sentences("وی گفت: «ما آماده‌ایم.» وزیر نیز همین را گفت."))
                .containsExactly("وی گفت: «ما آماده‌ایم.»", "وزیر نیز همین را گفت.");
    }

    @Test
    void semicolonAndColonDoNotEndSentences() {
        String text = "این فعالیت‌ها ادامه نیافت؛ زیرا شورای امنیت تحریم کرد. وی گفت: ما آماده‌ایم.";
        assertThat(sentences(text)).containsExactly("این فعالیت‌ها ادامه نیافت؛ زیرا شورای امنیت تحریم کرد.",
                "وی گفت: ما آماده‌ایم.");
    }

    @Test
    void aParagraphWithoutEndMarkIsOneSentence() {
        assertThat(sentences("شراکت در حال رشد")).containsExactly("شراکت در حال رشد");
        assertThat(sentences("   ")).isEmpty();
    }

    @Test
    void abbreviationsThatTakeAWordDoNotEndSentences() {
        assertThat(sentences("برای جزئیات ر.ک. فصل دوم کتاب. پایان.")).containsExactly(
                "برای جزئیات ر.ک. فصل دوم کتاب.", "پایان.");
        assertThat(sentences("مقامات U.S. officials گفتند. پایان.")).hasSize(2);
    }

    @Test
    void aLowercaseLatinWordAfterAPersianSentenceStartsANewOne() {
        assertThat(sentences("این را تأیید می‌کنم. iPhone پرفروش است.")).containsExactly("این را تأیید می‌کنم.",
                "iPhone پرفروش است.");
    }

    @Test
    void etceteraInsideASentenceDoesNotEndIt() {
        assertThat(sentences("کتاب و دفتر و… فراهم می‌شود. پایان.")).containsExactly(
                "کتاب و دفتر و… فراهم می‌شود.", "پایان.");
    }

    @Test
    void spansPointIntoTheTextAsWrittenNotIntoItsNormalizedForm() {
        // Arabic kaf and yeh and a kashida are normalized away before detection; offsets stay in the original.
        String text = "كتاب را خوانديــم. سپس رفتيم.";
        assertThat(sentences(text)).containsExactly("كتاب را خوانديــم.", "سپس رفتيم.");
    }

    @Test
    void anEndMarkGluedToTheNextPersianWordEndsASentence() {
        assertThat(sentences("انگلستان نیز آزمایشی ابداع کرد.شرکت کره‌ای کیتی ساخت."))
                .containsExactly("انگلستان نیز آزمایشی ابداع کرد.", "شرکت کره‌ای کیتی ساخت.");
        assertThat(sentences("آن‌ها گفتند کیت‌ها را \"استفاده نکردند\".دولت کیت دیگری خرید."))
                .containsExactly("آن‌ها گفتند کیت‌ها را \"استفاده نکردند\".", "دولت کیت دیگری خرید.");
        assertThat(sentences("کالج توصیه کرد که \"سی‌تی به کار برده نشود.\"از مارس آزمایش دیگری آمد."))
                .containsExactly("کالج توصیه کرد که \"سی‌تی به کار برده نشود.\"", "از مارس آزمایش دیگری آمد.");
        assertThat(sentences("وزیر گفت کیت‌ها را تعویض می‌کند.80٪ از کیت‌ها خراب بود."))
                .containsExactly("وزیر گفت کیت‌ها را تعویض می‌کند.", "80٪ از کیت‌ها خراب بود.");
        assertThat(sentences("آیا می‌توان از این داروها استفاده کرد؟روند ثبت نام ساده شد."))
                .containsExactly("آیا می‌توان از این داروها استفاده کرد؟", "روند ثبت نام ساده شد.");
    }

    @Test
    void oneLetterAbbreviationsAndLatinWordsStayWhole() {
        assertThat(sentences("این بنا در سده پنجم ق.م.ساخته شد و هنوز پابرجاست.")).hasSize(1);
        assertThat(sentences("گزارش News.com.au و سایت Domain.com منتشر شد. پایان.")).containsExactly(
                "گزارش News.com.au و سایت Domain.com منتشر شد.", "پایان.");
    }

    @Test
    void aCharacterTheNormalizerDropsBetweenSentencesStaysWithTheNextSentence() {
        // A stray ZWNJ after the space is removed by normalization but belongs to the text as written.
        assertThat(sentences("او به خانه رفت. \u200Cکتاب را خواند.")).containsExactly("او به خانه رفت.",
                "\u200Cکتاب را خواند.");
    }
}

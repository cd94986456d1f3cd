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
        assertThat(sentences("او پرسید: «کجا می‌روی؟» سپس رفت."))
                .containsExactly("او پرسید: «کجا می‌روی؟»", "سپس رفت.");
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
}

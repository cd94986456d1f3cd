package org.hamgam.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.Lang;
import org.junit.jupiter.api.Test;

class PersianEndJudgeTest {
    private static final SentenceSplitter WITH_MODEL = Segmenters.splitter(Lang.FA);
    private static final SentenceSplitter RULES = Segmenters.persianRuleSplitter();

    private static List<String> sentences(SentenceSplitter splitter, String paragraph) {
        return splitter.split(paragraph).stream().map(span -> span.of(paragraph)).toList();
    }

    private static void splitsAs(String paragraph, String... expected) {
        assertThat(sentences(WITH_MODEL, paragraph)).containsExactly(expected);
        assertThat(sentences(RULES, paragraph)).containsExactly(expected);
    }

    @Test
    void latinInitialsInsideAPersianSentenceDoNotEndIt() {
        splitsAs("به گفته John F. Kennedy این کار ممکن است. او گفت که می‌آید.",
                "به گفته John F. Kennedy این کار ممکن است.", "او گفت که می‌آید.");
    }

    @Test
    void initialsWrittenInPersianDoNotEndASentence() {
        splitsAs("رئیس‌جمهور جان اف. کندی ترور شد. جورج دبلیو. بوش نیامد.",
                "رئیس‌جمهور جان اف. کندی ترور شد.", "جورج دبلیو. بوش نیامد.");
        splitsAs("دکتر محمد ع. رضایی گفت. آقای ج. ک. رولینگ نوشت.",
                "دکتر محمد ع. رضایی گفت.", "آقای ج. ک. رولینگ نوشت.");
    }

    @Test
    void wordsThatLookLikeLetterNamesStillEndSentences() {
        // زد (hit) and دی (the month Dey) end sentences; a letter name after a number is no initial.
        splitsAs("او توپ را زد. سپس رفت. جلسه در ۱۰ دی. برگزار شد.", "او توپ را زد.", "سپس رفت.",
                "جلسه در ۱۰ دی.", "برگزار شد.");
    }

    @Test
    void aQuoteAroundSeveralSentencesIsCutInsideAndKeepsItsClosingMark() {
        splitsAs("او گفت: «ما آماده‌ایم. دشمن را شکست می‌دهیم.» سپس جلسه پایان یافت.",
                "او گفت: «ما آماده‌ایم.", "دشمن را شکست می‌دهیم.»", "سپس جلسه پایان یافت.");
    }

    @Test
    void aPersianWordClosedByABracketAndItsMarkEndsTheSentence() {
        splitsAs("نرخ تورم بالا رفت (به گزارش مرکز آمار.) این رقم بی‌سابقه است.",
                "نرخ تورم بالا رفت (به گزارش مرکز آمار.)", "این رقم بی‌سابقه است.");
    }

    @Test
    void aLetterNameAfterAnotherInitialIsAnInitialToo() {
        splitsAs("به گفته اچ. جی. ولز این کار ممکن است. سپس رفت.",
                "به گفته اچ. جی. ولز این کار ممکن است.", "سپس رفت.");
        splitsAs("نویسنده، پی. کی. دیک بود. او رفت.", "نویسنده، پی. کی. دیک بود.", "او رفت.");
        splitsAs("جی. کی. رولینگ کتاب تازه‌ای نوشت.", "جی. کی. رولینگ کتاب تازه‌ای نوشت.");
    }

    @Test
    void aLetterNameThatIsAlsoAWordIsAnInitialOnlyWithEvidence() {
        // Next to another initial, or before the name's Latin spelling in brackets.
        splitsAs("رئیس‌جمهور فرانکلین دی. روزولت (Franklin D. Roosevelt) درگذشت. جنگ ادامه یافت.",
                "رئیس‌جمهور فرانکلین دی. روزولت (Franklin D. Roosevelt) درگذشت.", "جنگ ادامه یافت.");
        splitsAs("کتاب را سی. اس. لوئیس نوشت. او رفت.", "کتاب را سی. اس. لوئیس نوشت.", "او رفت.");
        // Without it, the month Dey ends the sentence.
        splitsAs("جشن در ماه دی. سپس همه رفتند.", "جشن در ماه دی.", "سپس همه رفتند.");
    }

    @Test
    void aNumberThatOpensAListItemIsNoSentence() {
        splitsAs("۲. حمل کالاهای اساسی ادامه دارد.", "۲. حمل کالاهای اساسی ادامه دارد.");
        splitsAs("این موارد مجاز است: 1. خرید دارو. 2. رفتن به پزشک.",
                "این موارد مجاز است: 1. خرید دارو.", "2. رفتن به پزشک.");
    }

    @Test
    void aNumberAfterAWordIsNoListMarker() {
        // After a Persian word a number and its full stop are left to the model; without it they end the sentence.
        assertThat(sentences(RULES, "شمار قربانیان رسید به ۱۲. سپس کاهش یافت."))
                .containsExactly("شمار قربانیان رسید به ۱۲.", "سپس کاهش یافت.");
    }
}

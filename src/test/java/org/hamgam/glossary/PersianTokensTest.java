package org.hamgam.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.SentencePair;
import org.hamgam.model.TermCandidate;
import org.junit.jupiter.api.Test;

class PersianTokensTest {
    private final PersianTokens tokens = new PersianTokens(ExtractionLexicon.standard());

    private String stem(String word) {
        return tokens.tokens(word).get(0).stem();
    }

    @Test
    void takesOffAPossessiveWrittenSolidWhenTheLexiconListsTheRest() {
        assertThat(stem("شرکایش")).isEqualTo(TermKeys.persian("شرکا"));
        assertThat(stem("همفکرش")).isEqualTo(TermKeys.persian("همفکر"));
        assertThat(stem("آرامش")).isEqualTo(TermKeys.persian("آرامش"));
        assertThat(stem("گزارش")).isEqualTo(TermKeys.persian("گزارش"));
    }

    @Test
    void anAdjectiveInAyKeptWholeIsNotCutAgainAsASolidPlural() {
        assertThat(stem("منطقه\u200Cای")).isEqualTo(TermKeys.persian("منطقه\u200Cای"));
        assertThat(stem("حرفه\u200Cای")).isEqualTo(TermKeys.persian("حرفه\u200Cای"));
        assertThat(stem("خانه\u200Cی")).isEqualTo(TermKeys.persian("خانه"));
    }

    @Test
    void aCompoundPrepositionWrittenAsOneWordIsAFunctionWordToo() {
        List<PersianTokens.Token> t = tokens.tokens("به\u200Cعنوان عضو و بهعنوان ناظر و عنوان کتاب");
        assertThat(t).extracting(PersianTokens.Token::stop)
                .containsExactly(true, false, true, true, false, true, false, false);
    }

    @Test
    void takesOffAPluralWrittenSolidFromAWordTheLexiconListsWithoutACount() {
        assertThat(stem("پهپادهای")).isEqualTo(TermKeys.persian("پهپاد"));
        assertThat(stem("انتهای")).isEqualTo(TermKeys.persian("انتهای"));
    }

    @Test
    void showsAnInflectedFormAsTheBareWordWhereTheTextWritesItSo() {
        List<SentencePair> texts = new ArrayList<>();
        String[] lines = {"تولید پهپادهای ایرانی ادامه دارد", "پهپاد ایرانی رسید", "ایالات متحده و شرکایش گفتند",
            "آمریکا و شرکایش رفتند"};
        for (int i = 0; i < lines.length; i++) {
            texts.add(new SentencePair("t" + i, lines[i], ""));
        }
        List<TermCandidate> found = new TermExtractor().monolingual(texts, Glossary.empty());
        // شرکا is never written without its possessive: the Persian shown is as written
        assertThat(found).extracting(TermCandidate::source).contains("پهپاد ایرانی", "شرکایش")
                .doesNotContain("پهپادهای ایرانی", "شرکا");
    }
}

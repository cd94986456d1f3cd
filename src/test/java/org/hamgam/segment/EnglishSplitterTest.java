package org.hamgam.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.Lang;
import org.junit.jupiter.api.Test;

class EnglishSplitterTest {
    private static final SentenceSplitter SPLITTER = Segmenters.splitter(Lang.EN);

    private static List<String> sentences(String paragraph) {
        return SPLITTER.split(paragraph).stream().map(span -> span.of(paragraph)).toList();
    }

    @Test
    void titlesDoNotEndSentences() {
        assertThat(sentences("Mr. Smith met Dr. Jones in Washington. They talked."))
                .containsExactly("Mr. Smith met Dr. Jones in Washington.", "They talked.");
    }

    @Test
    void abbreviationsBeforeLowercaseOrNumbersDoNotEndSentences() {
        assertThat(sentences("U.S. officials said so. See No. 5 and e.g. the second case. Done."))
                .containsExactly("U.S. officials said so.", "See No. 5 and e.g. the second case.", "Done.");
    }

    @Test
    void decimalsAndQuotesAreHandled() {
        assertThat(sentences("Growth was 2.5 percent. He said \"stop.\" Then he left!"))
                .containsExactly("Growth was 2.5 percent.", "He said \"stop.\"", "Then he left!");
    }

    @Test
    void questionMarksEndSentences() {
        assertThat(sentences("Are you having a fever now? Please answer."))
                .containsExactly("Are you having a fever now?", "Please answer.");
    }
}

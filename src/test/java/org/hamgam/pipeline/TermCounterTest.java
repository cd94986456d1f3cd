package org.hamgam.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.TestResources;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.TermCounts;
import org.hamgam.glossary.TermExtractor;
import org.hamgam.io.BitextReader;
import org.hamgam.model.SentencePair;
import org.hamgam.model.TermCandidate;
import org.junit.jupiter.api.Test;

class TermCounterTest {
    private static final int DOCUMENTS = 12;

    @Test
    void documentsGivenAsTheyFinishCountAsTheWholeBatchInNameOrder() throws Exception {
        List<List<SentencePair>> docs = documents();
        List<SentencePair> all = new ArrayList<>();
        docs.forEach(all::addAll);
        assertThat(all.size()).isLessThan(TermCounter.GROUP_PAIRS);

        TermCounter counter = new TermCounter();
        for (int i = DOCUMENTS - 1; i >= 0; i--) {  // finishing in the reverse of name order
            counter.add(name(i), docs.get(i));
        }
        List<TermCandidate> streamed = new TermExtractor().bilingual(counter.finish(), Glossary.empty());

        assertThat(streamed).hasSizeGreaterThan(10);
        assertThat(streamed).isEqualTo(new TermExtractor().bilingual(all, Glossary.empty()));
    }

    @Test
    void aBatchLargerThanAGroupIsSummarizedInSeveralGroupsAndKeepsEveryPairCounted() throws Exception {
        List<SentencePair> pairs = BitextReader.read(TestResources.tico19Tmx());
        TermCounter counter = new TermCounter();
        int given = 0;
        int copy = 0;
        while (given <= 2 * TermCounter.GROUP_PAIRS) {
            counter.add(String.format("copy-%03d", copy++), pairs);
            given += pairs.size();
        }
        TermCounts counts = counter.finish();
        assertThat(counts.pairs()).isEqualTo(given);
    }

    private static List<List<SentencePair>> documents() throws Exception {
        List<SentencePair> pairs = BitextReader.read(TestResources.tico19Tmx());
        List<List<SentencePair>> docs = new ArrayList<>();
        int size = pairs.size() / DOCUMENTS;
        for (int i = 0; i < DOCUMENTS; i++) {
            docs.add(pairs.subList(i * size, (i + 1) * size));
        }
        return docs;
    }

    private static String name(int i) {
        return String.format("doc-%02d", i);
    }
}

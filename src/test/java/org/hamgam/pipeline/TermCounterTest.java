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

    @Test
    void groupsPlannedFromPairCountsAndSummarizedApartGiveTheCounterResult() throws Exception {
        List<List<SentencePair>> docs = documents();
        int size = docs.get(0).size() * 5 / 2;  // a group closes every third document
        // Given in an order that is not the names' order, as a listing may be: groups follow the given order.
        List<Integer> order = List.of(1, 0, 2, 3, 5, 4, 6, 7, 8, 9, 11, 10);
        TermCounter counter = new TermCounter(size);
        List<String> names = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int i : order) {
            counter.add(name(i), docs.get(i));
            names.add(name(i));
            counts.add(docs.get(i).size());
        }
        List<TermCandidate> streamed = new TermExtractor().bilingual(counter.finish(), Glossary.empty());

        List<List<String>> groups = TermGroups.of(names, counts, size);
        assertThat(groups).hasSize(4).first().isEqualTo(List.of(name(0), name(1), name(2)));
        TermCounts merged = TermCounts.empty();
        for (List<String> group : groups) {
            List<SentencePair> pairs = new ArrayList<>();
            group.forEach(name -> pairs.addAll(docs.get(Integer.parseInt(name.substring(4)))));
            TermCounter.merge(merged, TermCounter.summarize(pairs));
        }
        List<TermCandidate> planned = new TermExtractor().bilingual(merged, Glossary.empty());

        assertThat(planned).hasSizeGreaterThan(10).isEqualTo(streamed);
        // Summarized in one group, the word alignment learns from more pairs: the grouping shows in the result.
        assertThat(planned).isNotEqualTo(new TermExtractor().bilingual(
                TermCounter.summarize(docs.stream().flatMap(List::stream).toList()), Glossary.empty()));
    }

    @Test
    void anEmptyBatchIsOneEmptyGroup() {
        assertThat(TermGroups.of(List.of(), List.of())).containsExactly(List.of());
        assertThat(TermGroups.of(List.of("a", "b"), List.of(0, 0))).containsExactly(List.of("a", "b"));
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

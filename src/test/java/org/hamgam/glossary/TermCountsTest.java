package org.hamgam.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamgam.TestResources;
import org.hamgam.io.BitextReader;
import org.hamgam.model.SentencePair;
import org.hamgam.model.TermCandidate;
import org.hamgam.text.PersianNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TermCountsTest {
    private static List<SentencePair> tico;

    /** The TICO-19 cut, its Persian normalized as a run normalizes it before extraction. */
    @BeforeAll
    static void read() throws Exception {
        PersianNormalizer normalizer = new PersianNormalizer();
        tico = new ArrayList<>();
        for (SentencePair p : BitextReader.read(TestResources.tico19Tmx())) {
            tico.add(new SentencePair(p.id(), normalizer.normalize(p.source()).text(), p.target()));
        }
    }

    @Test
    void everyCandidatesPersianOccursInTheTextAsWritten() {
        List<TermCandidate> found = new TermExtractor().bilingual(tico, Glossary.empty());
        assertThat(found).hasSizeGreaterThan(50);
        String text = String.join("\n", tico.stream().map(SentencePair::source).toList());
        assertThat(found).allSatisfy(c -> assertThat(text).contains(c.source()));
    }

    @Test
    void anAdjectiveInایKeepsItsEnding() {
        List<SentencePair> pairs = TermExtractorTest.framed("بیماری زمینه‌ای", "underlying disease",
                "underlying disease", "underlying disease", "underlying disease", "underlying disease");
        List<TermCandidate> found = TermExtractor.extract(pairs, Glossary.empty());
        assertThat(found).extracting(TermCandidate::source).contains("بیماری زمینه‌ای").doesNotContain("بیماری زمینه");
    }

    @Test
    void aSummaryMergedIntoAnEmptyOneExtractsAsItsPairsDo() {
        List<TermCandidate> direct = new TermExtractor().bilingual(tico, Glossary.empty());
        TermCounts merged = TermCounts.empty().add(TermCounts.of(tico));
        assertThat(new TermExtractor().bilingual(merged, Glossary.empty())).isEqualTo(direct);
    }

    @Test
    void aDocumentCountedTwiceDoublesEveryFrequencyAndKeepsTheRanking() {
        List<SentencePair> doc = documents().get(0);
        List<TermCandidate> once = new TermExtractor().bilingual(TermCounts.of(doc), Glossary.empty());
        TermCounts twice = TermCounts.of(doc).add(TermCounts.of(doc));
        List<TermCandidate> found = new TermExtractor().bilingual(twice, Glossary.empty());
        assertThat(twice.pairs()).isEqualTo(2 * doc.size());
        assertThat(found).extracting(c -> c.source() + "=" + c.target())
                .containsAll(once.stream().map(c -> c.source() + "=" + c.target()).toList());
        for (TermCandidate c : once) {
            TermCandidate d = found.stream().filter(x -> x.source().equals(c.source())).findFirst().orElseThrow();
            assertThat(d.frequency()).isEqualTo(2 * c.frequency());
        }
    }

    @Test
    void mergingLeavesTheAddedSummaryAsItWas() {
        List<List<SentencePair>> docs = documents();
        TermCounts second = TermCounts.of(docs.get(1));
        List<TermCandidate> before = new TermExtractor().bilingual(second, Glossary.empty());
        TermCounts.of(docs.get(0)).add(second).add(TermCounts.of(docs.get(2)));
        assertThat(new TermExtractor().bilingual(second, Glossary.empty())).isEqualTo(before);
        assertThatThrownBy(() -> second.add(second)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mergedDocumentsCiteOnlyPairsTheyHold() {
        TermCounts merged = TermCounts.empty();
        documents().forEach(d -> merged.add(TermCounts.of(d)));
        assertThat(merged.pairs()).isEqualTo(tico.size());
        List<TermCandidate> found = new TermExtractor().bilingual(merged, Glossary.empty());
        List<String> cited = merged.examples().stream().map(SentencePair::id).toList();
        assertThat(found).isNotEmpty().allSatisfy(c -> assertThat(cited).containsAll(c.examples()));
    }

    @Test
    void pruningDropsTheRarestCandidatesWholeAndKeepsTheFrequentOnes() {
        TermCounts counts = TermCounts.of(tico);
        int all = counts.size();
        List<TermCandidate> before = new TermExtractor(5).bilingual(counts, Glossary.empty());
        counts.prune(all - 1);
        assertThat(counts.size()).isLessThanOrEqualTo((all - 1) / 2).isPositive();
        List<TermCandidate> after = new TermExtractor(5).bilingual(counts, Glossary.empty());
        // with every candidate below the minimum frequency pruned, what is proposed stays as it was
        assertThat(after).isEqualTo(before);
        assertThat(TermCounts.of(tico).prune(all - 1).size()).isEqualTo(counts.size());
        assertThat(TermCounts.of(tico).prune(all).size()).isEqualTo(all);
        assertThatThrownBy(() -> counts.prune(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSummaryIsSerializable() throws Exception {
        TermCounts counts = TermCounts.of(documents().get(0));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(counts);
        }
        TermCounts back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (TermCounts) in.readObject();
        }
        assertThat(new TermExtractor().bilingual(back, Glossary.empty()))
                .isEqualTo(new TermExtractor().bilingual(counts, Glossary.empty()));
    }

    @Test
    void persianCountsIgnoreTheEnglish() {
        List<TermCandidate> found = new TermExtractor().monolingual(TermCounts.ofPersian(tico), Glossary.empty());
        assertThat(found).isNotEmpty().allSatisfy(c -> assertThat(c.target()).isEmpty());
        assertThat(TermCounts.ofPersian(tico).examples()).allSatisfy(p -> assertThat(p.target()).isNotNull());
    }

    private static List<List<SentencePair>> documents() {
        Map<String, List<SentencePair>> docs = new LinkedHashMap<>();
        for (SentencePair p : tico) {
            docs.computeIfAbsent(p.id().substring(0, p.id().lastIndexOf(':')), k -> new ArrayList<>()).add(p);
        }
        List<List<SentencePair>> out = new ArrayList<>(docs.values());
        out.sort((a, b) -> b.size() - a.size());
        return out;
    }
}

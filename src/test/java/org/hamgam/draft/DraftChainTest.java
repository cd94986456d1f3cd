package org.hamgam.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamgam.draft.FakeMtServer.Reply;
import org.hamgam.model.Draft;
import org.hamgam.model.DraftConfig;
import org.hamgam.model.MtCache;
import org.hamgam.model.MtEngineConfig;
import org.hamgam.model.Origin;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;
import org.hamgam.model.TmUnit;
import org.junit.jupiter.api.Test;

class DraftChainTest {
    private final TranslationMemory memory = TranslationMemory.of("memory.tmx", List.of(
            TmUnit.of("دولت جدید تشکیل شد.", "A new government was formed.", "memory.tmx#1"),
            TmUnit.of("رئیس جمهور امروز به تهران سفر کرد.", "The president travelled to Tehran today.",
                    "memory.tmx#2")));
    private final List<Segment> segments = List.of(
            TranslationMemoryTest.segment(0, "دولت جدید تشکیل شد."),
            TranslationMemoryTest.segment(1, "رئیس جمهور دیروز به تهران سفر کرد."),
            TranslationMemoryTest.segment(2, "وزیر خارجه استعفا داد."));
    private final List<List<TermHit>> terms = List.of(List.of(), List.of(),
            List.of(new TermHit("t:1", "وزیر", "minister", 0, 4, "وزیر")));

    @Test
    void withoutConfigurationTheChainIsOfflineAndSaysSoOnce() {
        DraftChain chain = Translators.fromConfig(DraftConfig.empty(), Optional.empty(), MtCache.none(),
                name -> null, line -> { });
        DraftResult result = chain.draft(segments, terms);
        assertThat(result.drafts()).containsOnly(Draft.none());
        assertThat(result.matches()).allSatisfy(m -> assertThat(m).isEmpty());
        assertThat(chain.notices()).containsExactly(Translators.NO_MT_ENGINE);
        assertThat(chain.describe()).isEqualTo(Translators.none().describe());
    }

    @Test
    void memoryMatchesComeFirstAndOnlyTheRestGoesToMachineTranslation() throws Exception {
        try (FakeMtServer server = new FakeMtServer()) {
            server.otherwise(body -> Reply.ok("{\"choices\":[{\"message\":{\"content\":\"The minister resigned.\"}}]}"));
            MtEngineConfig engine = MtEngineConfig.of("openai", server.url("/v1/chat/completions"), "m", "")
                    .withTiming(2000, 0, 1, 1);
            List<String> log = new ArrayList<>();
            DraftChain chain = Translators.fromConfig(new DraftConfig(null, List.of(engine)), Optional.of(memory),
                    MtCache.none(), name -> null, log::add);
            DraftResult result = chain.draft(segments, terms);

            assertThat(result.drafts().get(0)).isEqualTo(
                    new Draft("A new government was formed.", Origin.TM, "memory.tmx", 1.0));
            assertThat(result.drafts().get(1).origin()).isEqualTo(Origin.TM);
            assertThat(result.drafts().get(1).score()).isEqualTo(0.85);
            assertThat(result.drafts().get(2)).isEqualTo(new Draft("The minister resigned.", Origin.MT, "openai:m", 0));
            assertThat(result.matches().get(1)).singleElement()
                    .satisfies(m -> assertThat(m.similarity()).isEqualTo(85));
            assertThat(result.notes()).allSatisfy(n -> assertThat(n).isEmpty());
            assertThat(server.received()).singleElement()
                    .satisfies(r -> assertThat(r.body()).contains("وزیر خارجه استعفا داد."));
            assertThat(chain.notices()).isEmpty();
            assertThat(chain.describe()).startsWith("tm:memory.tmx").contains("mt:openai:m");
        }
    }

    @Test
    void aFailingEngineIsBackedUpByTheNextAndItsFailureIsForgotten() throws Exception {
        try (FakeMtServer first = new FakeMtServer(); FakeMtServer second = new FakeMtServer()) {
            first.otherwise(body -> new Reply(503, "{}", 0, Map.of()));
            second.otherwise(body -> Reply.ok("{\"translatedText\":[\"x\",\"y\",\"The ministers resigned.\"]}"));
            List<MtEngineConfig> engines = List.of(
                    MtEngineConfig.of("openai", first.url("/v1/chat/completions"), "m", "").withTiming(2000, 0, 1, 1),
                    MtEngineConfig.of("libretranslate", second.url("/translate"), null, ""));
            DraftChain chain = Translators.fromConfig(new DraftConfig(null, engines), Optional.empty(),
                    MtCache.none(), name -> null, line -> { });
            DraftResult result = chain.draft(segments, terms);

            assertThat(result.drafts()).extracting(Draft::engine).containsOnly("libretranslate");
            assertThat(result.drafts().get(2).text()).isEqualTo("The ministers resigned.");
            assertThat(result.notes()).allSatisfy(n -> assertThat(n).isEmpty());
            assertThat(new ObjectMapper().readTree(second.received().get(0).body()).path("q")).hasSize(3);
        }
    }

    @Test
    void sentencesAMemoryUnitHoldsTogetherAreFoundJoinedAndDraftedAsOne() {
        // A 2-1 bead of an aligned run: two Persian sentences in one unit, stored joined by a space.
        TranslationMemory merged = TranslationMemory.of("batch.tmx", List.of(
                TmUnit.of("دولت جدید تشکیل شد. وزیر خارجه استعفا داد.",
                        "A new government was formed and the foreign minister resigned.", "batch.tmx#1"),
                TmUnit.of("رئیس جمهور امروز به تهران سفر کرد.", "The president travelled to Tehran today.",
                        "batch.tmx#2")));
        List<Segment> article = List.of(
                TranslationMemoryTest.segment(0, "رئیس جمهور امروز به تهران سفر کرد."),
                TranslationMemoryTest.segment(1, "دولت جدید تشکیل شد."),
                TranslationMemoryTest.segment(2, "وزیر خارجه استعفا داد."));
        DraftChain chain = DraftChain.of(Optional.of(new TmTranslator(merged)), List.of());
        TmTranslator tm = chain.tm().orElseThrow();
        // Alone, neither sentence reaches the leverage threshold.
        assertThat(tm.matches(article).get(1)).allSatisfy(m -> assertThat(m.similarity()).isLessThan(75));

        DraftResult result = chain.draft(article, List.of(List.of(), List.of(), List.of()));

        assertThat(result.segments()).containsExactly(List.of(0), List.of(1, 2));
        assertThat(result.drafts().get(1)).isEqualTo(new Draft(
                "A new government was formed and the foreign minister resigned.", Origin.TM, "batch.tmx", 1.0));
        assertThat(result.matches().get(1).get(0).exact()).isTrue();
        assertThat(chain.translate(article, List.of(List.of(), List.of(), List.of())))
                .extracting(Draft::text).containsExactly("The president travelled to Tehran today.",
                        "A new government was formed and the foreign minister resigned.", "");
    }

    @Test
    void aSegmentWithADraftOfItsOwnIsNeverJoinedToItsNeighbour() {
        TranslationMemory merged = TranslationMemory.of("batch.tmx", List.of(
                TmUnit.of("دولت جدید تشکیل شد. وزیر خارجه استعفا داد.", "Joined.", "batch.tmx#1"),
                TmUnit.of("وزیر خارجه استعفا داد.", "The foreign minister resigned.", "batch.tmx#2")));
        List<Segment> article = List.of(
                TranslationMemoryTest.segment(0, "دولت جدید تشکیل شد."),
                TranslationMemoryTest.segment(1, "وزیر خارجه استعفا داد."));
        DraftResult result = DraftChain.of(Optional.of(new TmTranslator(merged)), List.of())
                .draft(article, List.of(List.of(), List.of()));
        assertThat(result.segments()).containsExactly(List.of(0), List.of(1));
        assertThat(result.drafts().get(1).text()).isEqualTo("The foreign minister resigned.");
        assertThat(result.drafts().get(0).isEmpty()).isTrue();
    }

    @Test
    void anEngineThatCannotBeReachedIsAWarningCountingTheSegmentsLeftWithoutADraft() throws Exception {
        String url;
        try (FakeMtServer gone = new FakeMtServer()) {
            url = gone.url("/v1/chat/completions");
        }
        MtEngineConfig engine = MtEngineConfig.of("openai", url, "m", "").withTiming(500, 0, 1, 1);
        DraftChain chain = Translators.fromConfig(new DraftConfig(null, List.of(engine)), Optional.of(memory),
                MtCache.none(), name -> null, line -> { });
        assertThat(chain.warnings()).isEmpty();
        DraftResult result = chain.draft(segments, terms);
        assertThat(result.drafts().get(2).isEmpty()).isTrue();
        assertThat(chain.warnings()).singleElement().asString()
                .startsWith("MT engine openai at " + url + " left 1 segment without a machine draft (first failure: ");
    }

    @Test
    void anEngineWhoseKeyVariableIsNotSetIsLeftOutWithAWarning() {
        MtEngineConfig engine = MtEngineConfig.of("openai", "http://127.0.0.1:1/v1", "m", "HOSTED_KEY");
        DraftChain chain = Translators.fromConfig(new DraftConfig(null, List.of(engine)), Optional.empty(),
                MtCache.none(), name -> null, line -> { });
        assertThat(chain.engines()).isEmpty();
        assertThat(chain.warnings()).singleElement().asString().contains("HOSTED_KEY is not set; engine skipped");
    }
}

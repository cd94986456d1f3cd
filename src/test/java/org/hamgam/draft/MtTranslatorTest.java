package org.hamgam.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hamgam.draft.FakeMtServer.Reply;
import org.hamgam.model.Draft;
import org.hamgam.model.DraftConfig;
import org.hamgam.model.MtCache;
import org.hamgam.model.MtEngineConfig;
import org.hamgam.model.Origin;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both connectors against a real HTTP server on a loopback port. */
class MtTranslatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-test-7f3a9c1e5b";
    private static final Function<String, String> ENV = name -> name.equals("HAMGAM_TEST_KEY") ? KEY : null;

    private FakeMtServer server;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    private final List<Segment> segments = List.of(
            TranslationMemoryTest.segment(0, "دولت جدید تشکیل شد."),
            TranslationMemoryTest.segment(1, "وزیر خارجه استعفا داد."));
    private final TermHit minister = new TermHit("terms.tsv:4", "وزیر", "minister", 0, 4, "وزیر");
    private final List<List<TermHit>> terms = List.of(List.of(), List.of(minister));

    @BeforeEach
    void start() throws Exception {
        server = new FakeMtServer();
    }

    @AfterEach
    void stop() {
        server.close();
        // Whatever happened in a test, the key must not have reached the log.
        assertThat(log).noneMatch(line -> line.contains(KEY));
    }

    private MtEngineConfig openAi() {
        return new MtEngineConfig("openai", "local", server.url("/v1/chat/completions"), "test-model",
                "HAMGAM_TEST_KEY", null, null, null, 2000, 2, 1, 5, 2, 4, null, null);
    }

    private MtEngineConfig libre() {
        return new MtEngineConfig("libretranslate", null, server.url("/translate"), null, "HAMGAM_TEST_KEY",
                null, null, null, 2000, 2, 1, 5, 2, 16, null, null);
    }

    private MtTranslator translator(MtEngineConfig config, MtCache cache) {
        return MtTranslator.create(config, cache, ENV, log::add);
    }

    private static String chat(String content) {
        ObjectNode answer = JSON.createObjectNode();
        answer.putArray("choices").addObject().putObject("message").put("role", "assistant").put("content", content);
        return answer.toString();
    }

    /** Answers each chat request with a fixed English sentence per Persian one. */
    private static Reply chatReply(String body) {
        try {
            String user = JSON.readTree(body).path("messages").path(1).path("content").asText();
            String sentence = user.substring(user.indexOf("Translate:\n") + "Translate:\n".length());
            return Reply.ok(chat(sentence.startsWith("دولت") ? "A new government was formed."
                    : "The foreign minister resigned."));
        } catch (Exception e) {
            return new Reply(400, "bad request", 0, Map.of());
        }
    }

    private DraftResult draftAll(MtTranslator translator) {
        return translator.draft(segments, terms, List.of(0, 1));
    }

    @Test
    void aChatAnswerBecomesAnMtDraftAndTheRequestCarriesContextConstraintsAndKey() throws Exception {
        server.otherwise(MtTranslatorTest::chatReply);
        DraftResult result = draftAll(translator(openAi(), MtCache.none()));

        assertThat(result.drafts()).containsExactly(
                new Draft("A new government was formed.", Origin.MT, "local:test-model", 0),
                new Draft("The foreign minister resigned.", Origin.MT, "local:test-model", 0));
        assertThat(result.notes()).allSatisfy(n -> assertThat(n).isEmpty());
        List<FakeMtServer.Received> requests = server.received();
        assertThat(requests).hasSize(2);
        FakeMtServer.Received second = requests.stream().filter(r -> r.body().contains("وزیر خارجه")).findFirst()
                .orElseThrow();
        JsonNode body = JSON.readTree(second.body());
        assertThat(second.path()).isEqualTo("/v1/chat/completions");
        assertThat(second.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(body.path("model").asText()).isEqualTo("test-model");
        assertThat(body.path("temperature").asDouble()).isZero();
        assertThat(body.path("messages").path(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").path(0).path("content").asText()).contains("Persian").contains("news");
        String user = body.path("messages").path(1).path("content").asText();
        assertThat(user).contains("Context").contains("دولت جدید تشکیل شد.")
                .contains("Glossary").contains("وزیر = minister")
                .endsWith("Translate:\nوزیر خارجه استعفا داد.");
    }

    @Test
    void aSlowAnswerPastTheTimeoutLeavesNoDraftAndANote() {
        MtEngineConfig config = openAi().withTiming(150, 0, 1, 5);
        server.otherwise(body -> new Reply(200, chat("late"), 1500, Map.of()));
        DraftResult result = translator(config, MtCache.none()).draft(segments, terms, List.of(1));

        assertThat(result.drafts()).containsOnly(Draft.none());
        assertThat(result.notes().get(1)).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(DraftNote.MT_FAILED);
            assertThat(n.message()).contains("no answer within 150 ms");
        });
        assertThat(result.notes().get(0)).isEmpty();
    }

    @Test
    void a429IsRetriedWithBackoffAndThenSucceeds() {
        server.then(new Reply(429, "{\"error\":\"slow down\"}", 0, Map.of("Retry-After", "1")))
                .otherwise(MtTranslatorTest::chatReply);
        DraftResult result = translator(openAi(), MtCache.none()).draft(segments, terms, List.of(1));

        assertThat(result.drafts().get(1).text()).isEqualTo("The foreign minister resigned.");
        assertThat(server.received()).hasSize(2);
        assertThat(log).anyMatch(line -> line.contains("HTTP 429") && line.contains("retry 1 of 2"));
    }

    @Test
    void a500IsRetriedThenGivenUp() {
        server.otherwise(body -> new Reply(500, "{\"error\":\"boom\"}", 0, Map.of()));
        DraftResult result = translator(openAi(), MtCache.none()).draft(segments, terms, List.of(1));

        assertThat(server.received()).hasSize(3);
        assertThat(result.drafts().get(1)).isEqualTo(Draft.none());
        assertThat(result.notes().get(1)).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("HTTP 500 after 3 attempts"));
    }

    @Test
    void aClientErrorIsNotRetried() {
        server.otherwise(body -> new Reply(401, "{\"error\":\"bad key\"}", 0, Map.of()));
        DraftResult result = translator(openAi(), MtCache.none()).draft(segments, terms, List.of(1));

        assertThat(server.received()).hasSize(1);
        assertThat(result.notes().get(1)).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("HTTP 401").doesNotContain(KEY));
    }

    @Test
    void malformedJsonLeavesNoDraft() {
        server.otherwise(body -> Reply.ok("{\"choices\": [ {\"message\": "));
        DraftResult result = translator(openAi(), MtCache.none()).draft(segments, terms, List.of(1));

        assertThat(result.drafts().get(1)).isEqualTo(Draft.none());
        assertThat(result.notes().get(1)).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("not valid JSON"));
    }

    @Test
    void anAnswerDroppingAGlossaryTermIsFlaggedWithTheGlossarysForm() {
        server.otherwise(body -> Reply.ok(chat("The foreign secretary resigned.")));
        // The text writes the term with an Arabic yeh; the note is about the entry, and quotes the entry's form.
        TermHit written = new TermHit(minister.termId(), minister.source(), minister.target(), 0, 4, "وزير");
        DraftResult result = translator(openAi(), MtCache.none()).draft(segments, List.of(List.of(), List.of(written)),
                List.of(1));

        assertThat(result.drafts().get(1).text()).isEqualTo("The foreign secretary resigned.");
        assertThat(result.notes().get(1)).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(DraftNote.TERM_MISSING);
            assertThat(n.term()).isEqualTo("terms.tsv:4");
            assertThat(n.message()).isEqualTo("the machine translation drops the glossary term وزیر = minister");
        });
    }

    @Test
    void libreTranslateGetsABatchInOneRequest() throws Exception {
        server.otherwise(body -> Reply.ok("{\"translatedText\": [\"A new government was formed.\","
                + " \"The Foreign Ministers resigned.\"]}"));
        DraftResult result = draftAll(translator(libre(), MtCache.none()));

        assertThat(result.drafts()).extracting(Draft::text)
                .containsExactly("A new government was formed.", "The Foreign Ministers resigned.");
        assertThat(result.drafts()).extracting(Draft::engine).containsOnly("libretranslate");
        assertThat(result.notes()).allSatisfy(n -> assertThat(n).isEmpty());
        assertThat(server.received()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/translate");
            JsonNode body = readTree(r.body());
            assertThat(body.path("q")).hasSize(2);
            assertThat(body.path("q").path(1).asText()).isEqualTo("وزیر خارجه استعفا داد.");
            assertThat(body.path("source").asText()).isEqualTo("fa");
            assertThat(body.path("target").asText()).isEqualTo("en");
            assertThat(body.path("api_key").asText()).isEqualTo(KEY);
        });
    }

    @Test
    void libreTranslateWithTheWrongNumberOfTranslationsFails() {
        server.otherwise(body -> Reply.ok("{\"translatedText\": [\"only one\"]}"));
        DraftResult result = draftAll(translator(libre(), MtCache.none()));

        assertThat(result.drafts()).containsOnly(Draft.none());
        assertThat(result.notes()).allSatisfy(n -> assertThat(n).singleElement()
                .satisfies(note -> assertThat(note.code()).isEqualTo(DraftNote.MT_FAILED)));
    }

    @Test
    void theCacheSavesASecondRequestUnlessTheConstraintsChange() {
        server.otherwise(MtTranslatorTest::chatReply);
        Map<String, String> store = new ConcurrentHashMap<>();
        MtCache cache = new MtCache() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(store.get(key));
            }

            @Override
            public void put(String key, String translation) {
                store.put(key, translation);
            }
        };
        draftAll(translator(openAi(), cache));
        assertThat(server.received()).hasSize(2);
        DraftResult again = draftAll(translator(openAi(), cache));
        assertThat(server.received()).hasSize(2);
        assertThat(again.drafts().get(1).text()).isEqualTo("The foreign minister resigned.");

        translator(openAi(), cache).draft(segments, List.of(List.of(), List.of()), List.of(1));
        assertThat(server.received()).hasSize(3);
        translator(openAi(), MtCache.writeOnly(cache)).draft(segments, terms, List.of(1));
        assertThat(server.received()).hasSize(4);
        assertThat(store).hasSize(3).allSatisfy((k, v) -> assertThat(k).matches("[0-9a-f]{64}"));
    }

    @Test
    void requestsInFlightStayWithinTheConcurrencyLimit() {
        server.otherwise(body -> new Reply(200, chat("The foreign minister resigned."), 30, Map.of()));
        List<Segment> many = new ArrayList<>();
        List<List<TermHit>> hits = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(TranslationMemoryTest.segment(i, "جمله شماره " + i));
            hits.add(List.of());
            all.add(i);
        }
        DraftResult result = translator(openAi().withBatching(2, 1), MtCache.none()).draft(many, hits, all);

        assertThat(result.drafts()).allSatisfy(d -> assertThat(d.origin()).isEqualTo(Origin.MT));
        assertThat(server.received()).hasSize(12);
        assertThat(server.maxInFlight()).isLessThanOrEqualTo(2);
    }

    @Test
    void aMissingKeyVariableIsReportedWithoutAnyValue() {
        assertThatThrownBy(() -> MtTranslator.create(openAi(), MtCache.none(), name -> null, log::add))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HAMGAM_TEST_KEY");
        DraftChain chain = Translators.fromConfig(new DraftConfig(null, List.of(openAi())), Optional.empty(),
                MtCache.none(), name -> null, log::add);
        assertThat(chain.engines()).isEmpty();
        assertThat(chain.notices()).singleElement().asString().contains("HAMGAM_TEST_KEY").contains("skipped");
    }

    @Test
    void anEngineFailingThreeBatchesInARowIsNotAskedAgainAndASuccessStartsTheCountAfresh() {
        MtEngineConfig config = openAi().withBatching(1, 1);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        MtEngine engine = new MtEngine() {
            @Override
            public MtEngineConfig config() {
                return config;
            }

            @Override
            public String identity() {
                return "flaky";
            }

            @Override
            public List<String> translate(List<MtRequest> batch) throws MtException {
                if (calls.incrementAndGet() == 3) {
                    return List.of("fine");
                }
                throw new MtException("local: HTTP 503 after 1 attempt");
            }
        };
        List<Segment> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(TranslationMemoryTest.segment(i, "جمله شماره " + i + "."));
        }
        MtTranslator translator = new MtTranslator(engine, MtCache.none(), log::add);

        List<Draft> drafts = translator.translate(ten, java.util.Collections.nCopies(10, List.of()));
        translator.translate(ten.subList(0, 2), java.util.Collections.nCopies(2, List.of()));

        // Failed, failed, answered, then three failures in a row: six calls, and no more in this run.
        assertThat(calls.get()).isEqualTo(6);
        assertThat(drafts).filteredOn(d -> !d.isEmpty()).hasSize(1);
        assertThat(log).filteredOn(l -> l.contains("not asked again")).hasSize(1);
    }

    private static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

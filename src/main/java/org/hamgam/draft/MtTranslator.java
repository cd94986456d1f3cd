package org.hamgam.draft;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hamgam.model.Draft;
import org.hamgam.model.MtCache;
import org.hamgam.model.MtEngineConfig;
import org.hamgam.model.Origin;
import org.hamgam.model.Secrets;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;

/**
 * Drafts from one machine-translation engine. Each segment goes with the document's preceding segments as context
 * and its glossary hits as constraints; the output is checked for those terms, and a draft that drops one gets a
 * {@link DraftNote#TERM_MISSING} note. Translations are cached under a digest of the engine, model, prompt, segment
 * and constraints. MT engines give no confidence, so MT drafts score 0.
 *
 * <p>Segments are sent in batches by a pool of {@code concurrency} threads; a limit of the same size holds across
 * all documents translated at once through this instance. An engine that fails {@link #FAILURES_BEFORE_GIVING_UP}
 * batches in a row (each after its retries) is not asked again by this instance: the run says so once, and the
 * remaining segments get a failure note instead of waiting on a dead or hung engine. Thread-safe.
 */
public final class MtTranslator implements Translator {
    /** Batches failed in a row after which the engine is given up for the rest of the run. */
    static final int FAILURES_BEFORE_GIVING_UP = 3;

    private final MtEngine engine;
    private final MtCache cache;
    private final Semaphore inFlight;
    private final Consumer<String> log;
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean givenUp = new java.util.concurrent.atomic.AtomicBoolean();
    private final AtomicInteger failedSegments = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    MtTranslator(MtEngine engine, MtCache cache, Consumer<String> log) {
        this.engine = engine;
        this.cache = Objects.requireNonNull(cache, "cache");
        this.log = Objects.requireNonNull(log, "log");
        this.inFlight = new Semaphore(engine.config().concurrency());
    }

    /**
     * A translator for {@code config}.
     *
     * @param env reads environment variables (normally {@code System::getenv}); the key is read here, once
     * @param log receives progress lines (retries, failures); they never contain a key
     * @throws IllegalStateException when the configuration names an API-key variable that is not set
     */
    public static MtTranslator create(MtEngineConfig config, MtCache cache, Function<String, String> env,
                                      Consumer<String> log) {
        String key = "";
        if (!config.apiKeyEnv().isEmpty()) {
            key = env.apply(config.apiKeyEnv());
            if (key == null || key.isBlank()) {
                throw new IllegalStateException("MT engine " + config.name() + ": environment variable "
                        + config.apiKeyEnv() + " is not set");
            }
        }
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(config.timeoutMs()))
                // A redirect could carry the Authorization header to another host.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JsonEndpoint endpoint = new JsonEndpoint(config, new HttpPost(client, config, log));
        MtEngine engine = config.type().equals(MtEngineConfig.OPENAI)
                ? new OpenAiChatEngine(endpoint, key)
                : new LibreTranslateEngine(endpoint, key);
        return new MtTranslator(engine, cache, log);
    }

    public MtEngineConfig config() {
        return engine.config();
    }

    @Override
    public List<Draft> translate(List<Segment> segments, List<List<TermHit>> terms) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            all.add(i);
        }
        return draft(segments, terms, all).drafts();
    }

    @Override
    public String describe() {
        MtEngineConfig c = engine.config();
        return "mt:" + c.label() + " at " + Secrets.redact(c.url())
                + (c.type().equals(MtEngineConfig.LIBRETRANSLATE) ? " (glossary checked on output only)" : "");
    }

    /**
     * Translates the segments at {@code which} (the others get no draft and no note). Matches in the result are
     * empty: this translator has none.
     */
    public DraftResult draft(List<Segment> segments, List<List<TermHit>> terms, Collection<Integer> which) {
        if (terms.size() != segments.size()) {
            throw new IllegalArgumentException("one list of term hits per segment expected");
        }
        int n = segments.size();
        List<Draft> drafts = new ArrayList<>(Collections.nCopies(n, Draft.none()));
        List<List<DraftNote>> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            notes.add(new ArrayList<>());
        }
        List<Integer> pending = new ArrayList<>();
        List<MtRequest> requests = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i : new TreeSet<>(which)) {
            MtRequest request = request(segments, terms, i);
            String key = cacheKey(request);
            Optional<String> cached = cache.get(key);
            if (cached.isPresent()) {
                accept(i, request, cached.get(), drafts, notes);
            } else {
                pending.add(i);
                requests.add(request);
                keys.add(key);
            }
        }
        if (!pending.isEmpty()) {
            send(pending, requests, keys, drafts, notes);
        }
        return new DraftResult(drafts, Collections.nCopies(n, List.of()), notes);
    }

    private MtRequest request(List<Segment> segments, List<List<TermHit>> terms, int i) {
        int from = Math.max(0, i - engine.config().context());
        List<String> context = segments.subList(from, i).stream().map(Segment::text).toList();
        return new MtRequest(segments.get(i).text(), context, terms.get(i));
    }

    private void send(List<Integer> pending, List<MtRequest> requests, List<String> keys, List<Draft> drafts,
                      List<List<DraftNote>> notes) {
        int size = engine.config().batchSize();
        int batches = (pending.size() + size - 1) / size;
        AtomicInteger thread = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(batches, engine.config().concurrency()), r -> {
            Thread t = new Thread(r, "hamgam-mt-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                List<MtRequest> batch = requests.subList(b * size, Math.min(requests.size(), (b + 1) * size));
                futures.add(pool.submit(() -> ask(batch)));
            }
            for (int b = 0; b < batches; b++) {
                int from = b * size;
                int to = Math.min(requests.size(), from + size);
                try {
                    List<String> out = futures.get(b).get();
                    for (int k = from; k < to; k++) {
                        String translation = out.get(k - from);
                        cache.put(keys.get(k), translation);
                        accept(pending.get(k), requests.get(k), translation, drafts, notes);
                    }
                } catch (ExecutionException e) {
                    String message = e.getCause() instanceof MtException ? e.getCause().getMessage()
                            : engine.config().name() + ": " + e.getCause().getClass().getSimpleName();
                    if (!(e.getCause() instanceof GivenUp)) {
                        log.accept(message);
                        firstFailure.compareAndSet(null, message);
                    }
                    failedSegments.addAndGet(to - from);
                    for (int k = from; k < to; k++) {
                        notes.get(pending.get(k)).add(new DraftNote(DraftNote.MT_FAILED, "",
                                "no machine translation: " + message));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What a run must tell the user at its end when this engine left segments without a translation (an engine
     * that is down, refuses the key, or times out): how many, and the first reason, credentials in it redacted.
     * Empty while every segment asked for got its translation.
     */
    public Optional<String> failures() {
        int failed = failedSegments.get();
        if (failed == 0) {
            return Optional.empty();
        }
        String first = firstFailure.get();
        return Optional.of(Secrets.redact("MT engine " + engine.config().name() + " at " + engine.config().url()
                + " left " + failed + (failed == 1 ? " segment" : " segments") + " without a machine draft"
                + (first == null ? "" : " (first failure: " + first + ")")));
    }

    /** Sends one batch unless the engine has been given up; counts failures in a row. */
    private List<String> ask(List<MtRequest> batch) throws MtException, InterruptedException {
        if (givenUp.get()) {
            throw new GivenUp(engine.config().name());
        }
        inFlight.acquire();
        try {
            if (givenUp.get()) {
                throw new GivenUp(engine.config().name());
            }
            List<String> out = engine.translate(batch);
            failuresInARow.set(0);
            return out;
        } catch (MtException | RuntimeException e) {
            if (failuresInARow.incrementAndGet() >= FAILURES_BEFORE_GIVING_UP && givenUp.compareAndSet(false, true)) {
                log.accept(engine.config().name() + ": failed " + FAILURES_BEFORE_GIVING_UP
                        + " times in a row; not asked again in this run");
            }
            throw e;
        } finally {
            inFlight.release();
        }
    }

    /** The engine was given up earlier in the run. */
    private static final class GivenUp extends MtException {
        GivenUp(String engine) {
            super(engine + ": given up after " + FAILURES_BEFORE_GIVING_UP + " failures in a row, not asked");
        }
    }

    private void accept(int i, MtRequest request, String translation, List<Draft> drafts,
                        List<List<DraftNote>> notes) {
        drafts.set(i, new Draft(translation, Origin.MT, engine.config().label(), 0));
        for (TermHit hit : TermCheck.missing(translation, request.constraints())) {
            notes.get(i).add(new DraftNote(DraftNote.TERM_MISSING, hit.termId(),
                    "the machine translation drops the glossary term " + hit.source() + " = " + hit.target()));
        }
    }

    /** The cache key: a digest of what decides the output. Context is left out so that edits elsewhere do not
     * invalidate a sentence's translation. */
    String cacheKey(MtRequest request) {
        StringBuilder material = new StringBuilder(engine.identity()).append('\u0000').append(request.text());
        request.constraints().stream().map(h -> h.surface() + "\u0001" + h.target()).sorted().distinct()
                .forEach(c -> material.append('\u0000').append(c));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(material.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

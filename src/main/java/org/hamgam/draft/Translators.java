package org.hamgam.draft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hamgam.model.Draft;
import org.hamgam.model.DraftConfig;
import org.hamgam.model.MtCache;
import org.hamgam.model.MtEngineConfig;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;

/** Ready-made translators. */
public final class Translators {
    private Translators() {
    }

    /**
     * The translator used when no translation memory or machine-translation engine is configured: every draft is
     * empty, and the glossary terms found stay listed with each segment in the review files.
     */
    public static Translator none() {
        return new Translator() {
            @Override
            public List<Draft> translate(List<Segment> segments, List<List<TermHit>> terms) {
                return Collections.nCopies(segments.size(), Draft.none());
            }

            @Override
            public String describe() {
                return "none (the glossary terms found are listed with each segment)";
            }
        };
    }

    /** The notice a run gives once when {@code hamgam.json} configures no machine-translation engine. */
    public static final String NO_MT_ENGINE = "No machine-translation engine is configured (\"mt\" in hamgam.json):"
            + " drafts come from the translation memory only; the glossary terms found in a segment are listed with"
            + " it (the terms column of NAME.tsv, the glossary entries of NAME.xlf).";

    /**
     * The drafting chain {@code config} describes: the memory (when given) with the configured thresholds, then
     * the configured MT engines in order. An engine whose key variable is not set is left out with a notice and a
     * warning ({@link DraftChain#warnings()}); with
     * no engine at all the chain works offline and {@link DraftChain#notices()} says so.
     *
     * @param memory the loaded translation memory, if any
     * @param cache  where MT results are kept ({@link MtCache#none()} or {@link MtCache#writeOnly} for
     *               {@code --no-cache})
     * @param env    reads environment variables, normally {@code System::getenv}
     * @param log    receives progress lines of the MT engines (never a key)
     */
    public static DraftChain fromConfig(DraftConfig config, Optional<TranslationMemory> memory, MtCache cache,
                                        Function<String, String> env, Consumer<String> log) {
        List<String> notices = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<MtTranslator> engines = new ArrayList<>();
        for (MtEngineConfig engine : config.mt()) {
            try {
                engines.add(MtTranslator.create(engine, cache, env, log));
            } catch (IllegalStateException e) {
                String message = e.getMessage() + "; engine skipped (an endpoint that needs no key takes no"
                        + " \"apiKeyEnv\").";
                notices.add(message);
                skipped.add(message);
            }
        }
        if (config.mt().isEmpty()) {
            notices.add(NO_MT_ENGINE);
        }
        TmTranslator tm = memory.map(m -> new TmTranslator(m, config.tm().options())).orElse(null);
        return new DraftChain(tm, engines, notices, skipped);
    }
}

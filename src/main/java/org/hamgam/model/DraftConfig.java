package org.hamgam.model;

import java.util.List;

/**
 * The drafting part of {@code hamgam.json}: translation-memory settings and machine-translation engines, tried in
 * the order given. A setting
 * of no known name is refused, so that a misspelt one is not silently left at its default.
 *
 * <pre>{@code
 * { "tm": { "paths": ["tm"], "threshold": 50, "leverage": 75, "maxMatches": 3 },
 *   "mt": [ { "type": "openai", "url": "http://localhost:11434/v1/chat/completions", "model": "qwen2.5:7b" },
 *           { "type": "libretranslate", "url": "http://localhost:5000/translate", "apiKeyEnv": "LT_API_KEY" } ] }
 * }</pre>
 */
public record DraftConfig(TmConfig tm, List<MtEngineConfig> mt) {
    public DraftConfig {
        tm = tm == null ? TmConfig.defaults() : tm;
        mt = mt == null ? List.of() : List.copyOf(mt);
    }

    /** No configuration: the default memory settings and no MT engine. */
    public static DraftConfig empty() {
        return new DraftConfig(null, null);
    }

    /**
     * Translation-memory settings.
     *
     * @param paths TMX files or folders (relative to the working folder); empty means the pipeline's defaults
     */
        public record TmConfig(List<String> paths, Integer threshold, Integer leverage, Integer maxMatches) {
        public TmConfig {
            paths = paths == null ? List.of() : List.copyOf(paths);
            TmOptions d = TmOptions.defaults();
            threshold = threshold == null ? d.threshold() : threshold;
            leverage = leverage == null ? d.leverage() : leverage;
            maxMatches = maxMatches == null ? d.maxMatches() : maxMatches;
            options(threshold, maxMatches, leverage);
        }

        public static TmConfig defaults() {
            return new TmConfig(null, null, null, null);
        }

        public TmOptions options() {
            return options(threshold, maxMatches, leverage);
        }

        private static TmOptions options(int threshold, int maxMatches, int leverage) {
            return new TmOptions(threshold, maxMatches, leverage);
        }
    }
}

package org.hamgam.model;

import java.util.Optional;

/**
 * Machine translations kept between runs, so that a re-run does not pay twice. Keys are opaque digests of the
 * engine, model, prompt, segment and glossary constraints. Implementations must be thread-safe.
 */
public interface MtCache {
    Optional<String> get(String key);

    void put(String key, String translation);

    /** No cache. */
    static MtCache none() {
        return new MtCache() {
            @Override
            public Optional<String> get(String key) {
                return Optional.empty();
            }

            @Override
            public void put(String key, String translation) {
            }
        };
    }

    /** Bypasses {@code cache} for reading but refreshes it with new translations ({@code --no-cache}). */
    static MtCache writeOnly(MtCache cache) {
        return new MtCache() {
            @Override
            public Optional<String> get(String key) {
                return Optional.empty();
            }

            @Override
            public void put(String key, String translation) {
                cache.put(key, translation);
            }
        };
    }
}

package org.hamgam.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hamgam.model.MtCache;

/**
 * Machine translations kept on disk, one UTF-8 file a key under a two-character fan-out folder
 * ({@code DIR/ab/abcdef….txt}). Files are written atomically, so concurrent runs and a crash leave either the
 * old state or a complete entry.
 */
public final class DiskMtCache implements MtCache {
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{16,128}");

    private final Path dir;

    public DiskMtCache(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    public Path dir() {
        return dir;
    }

    @Override
    public Optional<String> get(String key) {
        try {
            return Optional.of(Files.readString(file(key), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MT cache entry " + file(key), e);
        }
    }

    @Override
    public void put(String key, String translation) {
        try {
            AtomicFiles.writeString(file(key), translation);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the MT cache entry " + file(key), e);
        }
    }

    private Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a cache key: " + key);
        }
        return dir.resolve(key.substring(0, 2)).resolve(key + ".txt");
    }
}

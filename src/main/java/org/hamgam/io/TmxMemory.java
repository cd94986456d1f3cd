package org.hamgam.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hamgam.model.LanguageTags;

/**
 * The project's translation memory, {@code output/tm.tmx}: approved pairs from reviewed files are appended
 * without duplicates (same Persian and same English). The file is rewritten as a whole through
 * {@link AtomicFiles}, so a failed import leaves the previous memory intact, under a lock on {@code .NAME.lock}
 * beside it, so that imports running at once take turns and none loses another's pairs. Only Persian–English pairs are kept
 * when an existing file is read back; this is Hamgam's own memory, not a general TMX editor.
 */
public final class TmxMemory {
    private TmxMemory() {
    }

    /** One Persian–English pair with its properties. */
    public record Pair(String id, String source, String target, List<TmxWriter.Prop> props) {
        public Pair {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            id = id == null ? "" : id;
            props = List.copyOf(props);
        }
    }

    /** Reads the pairs of a TMX file, in file order; a missing file is an empty memory. */
    public static List<Pair> read(Path tmx) throws IOException {
        if (!Files.exists(tmx)) {
            return List.of();
        }
        List<Pair> pairs = new ArrayList<>();
        TmxReader.read(tmx, unit -> {
            Optional<String> fa = unit.text("fa");
            Optional<String> en = unit.text("en");
            if (fa.isPresent() && en.isPresent()) {
                List<TmxWriter.Prop> props = unit.props().stream()
                        .map(p -> new TmxWriter.Prop(p.type(), p.value())).toList();
                pairs.add(new Pair(unit.id(), fa.get(), en.get(), props));
            }
        });
        return pairs;
    }

    /**
     * Appends the approved pairs that are not in the memory yet and rewrites it atomically.
     *
     * @return how many pairs were added
     */
    public static int append(Path tmx, List<ReviewImporter.ApprovedPair> approved) throws IOException {
        Path lockFile = tmx.toAbsolutePath().resolveSibling("." + tmx.getFileName() + ".lock");
        try (FileLocks.Held lock = FileLocks.acquire(lockFile)) {
            return appendLocked(tmx, approved);
        }
    }

    private static int appendLocked(Path tmx, List<ReviewImporter.ApprovedPair> approved) throws IOException {
        List<Pair> pairs = new ArrayList<>(read(tmx));
        Set<String> seen = new HashSet<>();
        pairs.forEach(p -> seen.add(key(p.source(), p.target())));
        int added = 0;
        for (ReviewImporter.ApprovedPair a : approved) {
            if (!seen.add(key(a.source(), a.target()))) {
                continue;
            }
            List<TmxWriter.Prop> props = new ArrayList<>();
            props.add(new TmxWriter.Prop("x-origin", "human"));
            props.add(new TmxWriter.Prop("x-state", a.state()));
            props.add(new TmxWriter.Prop("x-file", a.file()));
            if (!a.row().isEmpty()) {
                props.add(new TmxWriter.Prop("x-row", a.row()));
            }
            pairs.add(new Pair(a.row().isEmpty() ? a.file() + "#" + a.id() : a.row(), a.source(), a.target(), props));
            added++;
        }
        if (added > 0 || !Files.exists(tmx)) {
            List<TmxWriter.Unit> units = pairs.stream()
                    .map(p -> new TmxWriter.Unit(p.id(), p.source(), p.target(), p.props())).toList();
            // The memory is rewritten whole, so its creation date is the time of this import.
            TmxWriter.Header header = new TmxWriter.Header(LanguageTags.DEFAULT, java.time.Instant.now(),
                    List.of(new TmxWriter.Prop("x-memory", "hamgam")));
            AtomicFiles.write(tmx, out -> TmxWriter.write(out, header, units));
        }
        return added;
    }

    private static String key(String source, String target) {
        return source + '\u0000' + target;
    }
}

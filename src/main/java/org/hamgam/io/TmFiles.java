package org.hamgam.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hamgam.model.TmUnit;
import org.hamgam.model.TmxUnit;

/**
 * Reads translation memories for drafting: the Persian–English units of TMX files. Whatever the header's
 * {@code srclang}, the {@code fa} variant is the source and the {@code en} variant the target; units lacking
 * either are skipped. Context, when a unit records it as {@code prop} {@code x-context-pre}/{@code x-context-post}
 * or OmegaT's {@code prev}/{@code next}, becomes the unit's neighbours for in-context matching.
 */
public final class TmFiles {
    private TmFiles() {
    }

    /** The units of every {@code .tmx} file among {@code paths} (files, or folders searched recursively, sorted). */
    public static List<TmUnit> readAll(List<Path> paths) throws IOException, BadInputException {
        List<TmUnit> units = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tmx"))
                            .sorted().toList();
                }
                for (Path file : files) {
                    units.addAll(read(file));
                }
            } else {
                units.addAll(read(path));
            }
        }
        return units;
    }

    /** The units of one TMX file; a file that is not TMX is named, with the line and column. */
    public static List<TmUnit> read(Path file) throws IOException, BadInputException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<TmUnit> units = new ArrayList<>();
        try {
            TmxReader.read(file, unit -> {
                TmUnit u = memoryUnit(unit, name);
                if (u != null) {
                    units.add(u);
                }
            });
        } catch (MalformedFileException e) {
            String where = e.line() > 0 ? "line " + e.line() + ", column " + e.column() + ": " : "";
            throw new BadInputException(file, where + e.problem(), e);
        }
        return units;
    }

    /** The Persian–English unit of {@code unit}, or null when it lacks either side. */
    static TmUnit memoryUnit(TmxUnit unit, String fileName) {
        String source = unit.text("fa").map(String::strip).orElse("");
        String target = unit.text("en").map(String::strip).orElse("");
        if (source.isEmpty() || target.isEmpty()) {
            return null;
        }
        String previous = context(unit, "x-context-pre", "prev");
        String next = context(unit, "x-context-post", "next");
        String origin = fileName + "#" + (unit.id().isBlank() ? String.valueOf(unit.number()) : unit.id());
        return new TmUnit(source, target, previous, next, origin);
    }

    private static String context(TmxUnit unit, String type, String omegatType) {
        return unit.prop(type).or(() -> unit.prop(omegatType)).map(String::strip).orElse("");
    }
}

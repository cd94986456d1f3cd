package org.hamgam.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.hamgam.model.SentencePair;
import org.hamgam.model.TmxUnit;

/**
 * Reads aligned Persian–English sentence pairs for term extraction from
 * <ul>
 *   <li>a TMX file ({@code .tmx}): each {@code tu} with a Persian and an English {@code tuv}; the id is its
 *       {@code tuid}, or its position; parsed with {@link SafeXml} (no DOCTYPE, no entities);</li>
 *   <li>a TSV file: {@code id TAB source TAB target}, with a header row {@code id source target};</li>
 *   <li>the output folder of {@code hamgam run}: the beads of every {@code NAME/NAME.jsonl} whose English was
 *       aligned (not drafted), with their bead ids;</li>
 *   <li>two parallel plain-text files, one sentence a line ({@link #readParallel}).</li>
 * </ul>
 * Pairs with an empty side are left out.
 */
public final class BitextReader {
    private BitextReader() {
    }

    /** The pairs of a TMX file, a TSV file or a run output folder, in file order. */
    public static List<SentencePair> read(Path path) throws IOException, BadInputException {
        if (Files.isDirectory(path)) {
            return readRunFolder(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(path, "no such file or folder");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tmx")) {
            return readTmx(path);
        }
        if (name.endsWith(".jsonl")) {
            return readJsonl(path);
        }
        return readTsv(path);
    }

    /** Line {@code i} of {@code source} with line {@code i} of {@code target}; ids are line numbers from 1. */
    public static List<SentencePair> readParallel(Path source, Path target) throws BadInputException {
        List<String> fa = lines(TextFiles.read(source, Optional.empty()).text());
        List<String> en = lines(TextFiles.read(target, Optional.empty()).text());
        if (fa.size() != en.size()) {
            throw new BadInputException(target, "has " + en.size() + " lines but " + source + " has " + fa.size()
                    + "; parallel files must have one sentence a line, line for line");
        }
        List<SentencePair> out = new ArrayList<>();
        for (int i = 0; i < fa.size(); i++) {
            add(out, String.valueOf(i + 1), fa.get(i), en.get(i));
        }
        return out;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static void add(List<SentencePair> out, String id, String fa, String en) {
        String s = fa.strip();
        String t = en.strip();
        if (!s.isEmpty() && !t.isEmpty()) {
            out.add(new SentencePair(id, s, t));
        }
    }

    static List<SentencePair> readTmx(Path file) throws IOException {
        List<SentencePair> out = new ArrayList<>();
        TmxReader.read(file, unit -> {
            Optional<String> fa = text(unit, "fa", "per", "fas");
            Optional<String> en = text(unit, "en", "eng", "eng");
            if (fa.isPresent() && en.isPresent()) {
                add(out, unit.id().isEmpty() ? String.valueOf(unit.number()) : unit.id(), fa.get(), en.get());
            }
        });
        return out;
    }

    /** The first variant in {@code lang} (or a regional variant of it) or under one of its three-letter codes. */
    private static Optional<String> text(TmxUnit unit, String lang, String code, String otherCode) {
        return unit.variants().stream()
                .filter(v -> v.isIn(lang) || v.lang().equals(code) || v.lang().equals(otherCode))
                .map(TmxUnit.Variant::text).findFirst();
    }

    static List<SentencePair> readTsv(Path file) throws BadInputException {
        List<String> rows = lines(TextFiles.read(file, Optional.empty()).text());
        List<SentencePair> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String[] f = row.split("\t", -1);
            if (i == 0 && f.length >= 3 && f[0].strip().equalsIgnoreCase("id")
                    && f[1].strip().equalsIgnoreCase("source") && f[2].strip().equalsIgnoreCase("target")) {
                continue;
            }
            if (i == 0) {
                throw new BadInputException(file, "line 1: expected the header row 'id<TAB>source<TAB>target'");
            }
            if (f.length != 3) {
                throw new BadInputException(file, "line " + (i + 1) + ": expected 3 tab-separated fields, found "
                        + f.length);
            }
            add(out, f[0].strip(), f[1], f[2]);
        }
        return out;
    }

    /** The files {@link #read} reads of a run's output folder: each document's {@code NAME/NAME.jsonl}. */
    public static List<Path> runFolderFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
                Path jsonl = dir.resolve(dir.getFileName() + ".jsonl");
                if (Files.isRegularFile(jsonl)) {
                    files.add(jsonl);
                }
            }
        }
        return files;
    }

    private static List<SentencePair> readRunFolder(Path folder) throws IOException, BadInputException {
        List<Path> files = runFolderFiles(folder);
        if (files.isEmpty()) {
            throw new BadInputException(folder, "no NAME/NAME.jsonl files: not an output folder of 'hamgam run'");
        }
        List<SentencePair> out = new ArrayList<>();
        for (Path f : files) {
            out.addAll(readJsonl(f));
        }
        return out;
    }

    static List<SentencePair> readJsonl(Path file) throws BadInputException {
        ObjectMapper mapper = Json.mapper();
        List<String> rows = lines(TextFiles.read(file, Optional.empty()).text());
        List<SentencePair> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = mapper.readTree(rows.get(i));
            } catch (IOException e) {
                throw new BadInputException(file, "line " + (i + 1) + ": not JSON: " + e.getMessage(), e);
            }
            if (!"bead".equals(node.path("kind").asText())) {
                continue;
            }
            String origin = node.path("origin").path("origin").asText("aligned");
            if (!origin.equals("aligned")) {
                continue; // a draft is not evidence of how the text was translated
            }
            add(out, node.path("id").asText(String.valueOf(i + 1)), node.path("source").path("original").asText(""),
                    node.path("target").path("text").asText(""));
        }
        return out;
    }
}

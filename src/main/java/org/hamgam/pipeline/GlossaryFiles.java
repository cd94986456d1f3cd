package org.hamgam.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.GlossaryException;
import org.hamgam.glossary.GlossaryReader;
import org.hamgam.io.GlossaryTsvWriter;
import org.hamgam.io.TbxWriter;
import org.hamgam.model.LanguageTags;

/**
 * Loads term bases from files and folders. A folder stands for the glossary files directly inside it (known
 * extensions, not hidden, not a README), in name order. Priority follows the order of the resulting files: the
 * first file given wins conflicts. Parsing the formats is {@link GlossaryReader}'s and writing them
 * {@link GlossaryTsvWriter}'s and {@link TbxWriter}'s; this class finds files and opens streams.
 */
public final class GlossaryFiles {
    private GlossaryFiles() {
    }

    /** All term bases under {@code paths}, merged in order. A missing or unreadable path is an error. */
    public static Glossary load(List<Path> paths) throws GlossaryException {
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inside = glossaryFiles(p);
                if (inside.isEmpty()) {
                    warnings.add(p + ": no glossary files in this folder");
                }
                files.addAll(inside);
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new GlossaryException(p.toString(), "no such file or folder");
            }
        }
        List<Glossary> glossaries = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            glossaries.add(read(files.get(i), i));
        }
        return Glossary.merge(glossaries).withWarnings(warnings);
    }

    /** One term base file with the given priority. */
    public static Glossary read(Path file, int priority) throws GlossaryException {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return GlossaryReader.read(name, in, priority);
        } catch (IOException e) {
            throw new GlossaryException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The glossary as OmegaT TSV ({@code tsv}), or as a TBX term base of version 2 or 3 with {@code tags}. */
    public static String render(Glossary glossary, boolean tsv, int tbxVersion, LanguageTags tags) {
        if (tsv) {
            return GlossaryTsvWriter.toTsv(glossary.terms());
        }
        TbxWriter.TbxVersion version = switch (tbxVersion) {
            case 2 -> TbxWriter.TbxVersion.V2;
            case 3 -> TbxWriter.TbxVersion.V3;
            default -> throw new IllegalArgumentException("TBX version 2 or 3, not " + tbxVersion);
        };
        return TbxWriter.toTbx(glossary.terms(), version, tags);
    }

    private static List<Path> glossaryFiles(Path folder) throws GlossaryException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> {
                        String n = f.getFileName().toString();
                        return !n.startsWith(".") && !n.toLowerCase(Locale.ROOT).startsWith("readme")
                                && GlossaryReader.isSupported(n);
                    })
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new GlossaryException(folder.toString(), "cannot list folder: " + e.getMessage(), e);
        }
    }
}

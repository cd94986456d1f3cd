package org.hamgam.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hamgam.glossary.Glossary;
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.GlossaryTsvWriter;
import org.hamgam.io.OmegatProject;
import org.hamgam.io.OutputNames;
import org.hamgam.model.Bitext;
import org.hamgam.model.LanguageTags;

/**
 * {@code output/omegat/}: a ready OmegaT project for the batch. The repaired source of every document in
 * {@code source/}, the aligned pairs in {@code tm/auto/} (OmegaT inserts them as translations), alignments below
 * the review threshold and memory matches in {@code tm/} and machine drafts in {@code tm/penalty-30/} (both offered as matches), the glossary in
 * {@code glossary/hamgam.txt}. The project is staged with the run's other batch files and published with them;
 * everything of the published project but its sources (and translated documents of sources no longer there) is
 * carried into the staged one first, so that the translator's own work ({@code omegat/project_save.tmx},
 * {@code glossary/glossary.txt}, memories of their own) survives a second run while a document the run did not
 * write leaves the project.
 */
public final class OmegatFiles implements BatchFile {
    static final String ALIGNED_MEMORY = "tm/auto/hamgam-aligned.tmx";
    static final String MATCH_MEMORY = "tm/hamgam-matches.tmx";
    static final String MACHINE_MEMORY = "tm/penalty-30/hamgam-machine-drafts.tmx";
    static final String GLOSSARY = "glossary/hamgam.txt";
    private static final String SOURCE_PART = "omegat-source.txt";
    private static final String ALIGNED_PART = "omegat-aligned.tmx";
    private static final String MATCH_PART = "omegat-matches.tmx";
    private static final String MACHINE_PART = "omegat-machine-drafts.tmx";

    /** The run's term base; empty when the project's glossary is to stay as a run wrote it. */
    private final Optional<Supplier<Glossary>> glossary;
    private final LanguageTags languages;
    private final Instant created;
    private final Path published;

    /**
     * @param glossary  the run's term base, offered to the translator
     * @param languages the project's languages
     * @param created   the memories' creation date
     * @param output    the output folder the project is published in, whose current project is carried over
     */
    public OmegatFiles(Glossary glossary, LanguageTags languages, Instant created, Path output) {
        this(() -> glossary, languages, created, output);
    }

    /**
     * As {@link #OmegatFiles(Glossary, LanguageTags, Instant, Path)} with the term base asked for when the project
     * is written, e.g. its terms as the run's normalizer writes the text ({@link Stages#repairedTerms}).
     */
    public OmegatFiles(Supplier<Glossary> glossary, LanguageTags languages, Instant created, Path output) {
        this(Optional.of(glossary), languages, created, output);
    }

    private OmegatFiles(Optional<Supplier<Glossary>> glossary, LanguageTags languages, Instant created, Path output) {
        this.glossary = glossary;
        this.languages = languages;
        this.created = created;
        this.published = output.resolve(OmegatProject.FOLDER);
    }

    /**
     * The project as a review writes it again in {@code output}: what comes from the documents (sources, memories)
     * follows them, and the glossary stays the run's, since a review does not read the run's term base.
     */
    public static OmegatFiles documentsOnly(LanguageTags languages, Instant created, Path output) {
        return new OmegatFiles(Optional.empty(), languages, created, output);
    }

    @Override
    public List<String> parts(RunOptions options, Bitext bitext, FileSink sink) throws IOException {
        try (Writer out = sink.open(SOURCE_PART)) {
            OmegatProject.source(bitext, out);
        }
        try (Writer out = sink.open(ALIGNED_PART)) {
            OmegatProject.alignedPart(bitext, options.reviewThreshold(), languages, out);
        }
        try (Writer out = sink.open(MATCH_PART)) {
            OmegatProject.matchPart(bitext, options.reviewThreshold(), languages, out);
        }
        try (Writer out = sink.open(MACHINE_PART)) {
            OmegatProject.machineDraftPart(bitext, languages, out);
        }
        return List.of(SOURCE_PART, ALIGNED_PART, MATCH_PART, MACHINE_PART);
    }

    @Override
    public void write(RunOptions options, BatchResult batch, DocumentParts parts) throws IOException {
        for (DocumentResult doc : batch.documents()) {
            if (OutputNames.safe(doc.name()).equals(OmegatProject.FOLDER)) {
                throw new IOException(doc.persian() + ": a document named " + OmegatProject.FOLDER
                        + " would share its folder with the OmegaT project; rename the document");
            }
        }
        Path project = options.output().resolve(OmegatProject.FOLDER);
        Set<String> sources = new HashSet<>();
        batch.documents().forEach(doc -> sources.add(OutputNames.safe(doc.name()) + ".txt"));
        if (Files.isDirectory(published) && !published.equals(project)) {
            copyTree(published, project, sources);
        }
        for (String folder : List.of("source", "target", "tm/auto", "tm/penalty-30", "glossary", "omegat")) {
            Files.createDirectories(project.resolve(folder));
        }
        for (DocumentResult doc : batch.documents()) {
            AtomicFiles.writeString(project.resolve("source").resolve(OutputNames.safe(doc.name()) + ".txt"),
                    Files.readString(parts.of(doc, SOURCE_PART), StandardCharsets.UTF_8));
        }
        List<DocumentResult> docs = batch.documents();
        AtomicFiles.write(project.resolve(ALIGNED_MEMORY),
                out -> OmegatProject.alignedMemory(parts.of(docs, ALIGNED_PART), languages, created, out));
        AtomicFiles.write(project.resolve(MATCH_MEMORY),
                out -> OmegatProject.matchMemory(parts.of(docs, MATCH_PART), languages, created, out));
        AtomicFiles.write(project.resolve(MACHINE_MEMORY),
                out -> OmegatProject.machineDraftMemory(parts.of(docs, MACHINE_PART), languages, created, out));
        if (glossary.isPresent()) {
            AtomicFiles.writeString(project.resolve(GLOSSARY),
                    GlossaryTsvWriter.toOmegat(glossary.get().get().terms()));
        }
        AtomicFiles.writeString(project.resolve("omegat/filters.xml"), OmegatProject.filters());
        AtomicFiles.writeString(project.resolve("omegat.project"), OmegatProject.projectFile(languages));
    }

    /**
     * Carries the published project over, except the source files (the run writes its own, and a document it did
     * not write must leave the project) and translated documents of sources that are no longer there.
     */
    private static void copyTree(Path from, Path to, Set<String> sources) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            Path relative = from.relativize(path);
            if (relative.getNameCount() == 2 && (relative.startsWith("source")
                    || relative.startsWith("target") && !sources.contains(relative.getFileName().toString()))) {
                continue;
            }
            Path copy = to.resolve(relative.toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(copy);
            } else {
                Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}

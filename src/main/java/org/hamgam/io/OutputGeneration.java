package org.hamgam.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One run's outputs, published all at once. A run writes every document's folder and the batch files (index,
 * terms) into {@code output/.staging/}; {@link #publish} then swaps each document folder in by renames, and the
 * batch files last, {@code index.json} the very last. A journal ({@code output/.publish}) records what is being
 * swapped, so that after a run killed at any point {@link #recover} gives back exactly one generation: the
 * previous one when the kill came before all document folders were in, the new one after. Callers hold the
 * output folder's lock ({@link #lock}) throughout.
 */
public final class OutputGeneration {
    static final String STAGING = ".staging";
    static final String REPLACED = ".replaced";
    static final String JOURNAL = ".publish";
    static final String LOCK = ".hamgam.lock";
    private static final String DOCUMENTS = "documents";
    private static final String BATCH = "batch";
    private static final String PARTS = "parts";
    private static final String PUBLISHING = "publishing";
    private static final String COMMITTED = "committed";

    private final Path output;

    private OutputGeneration(Path output) {
        this.output = output;
    }

    /**
     * Locks {@code output} for one run, failing at once with a clear message when another command holds it: two
     * runs that each wrote their own index would leave only the last one's documents listed.
     */
    public static FileLocks.Held lock(Path output) throws IOException {
        AtomicFiles.createFolder(output, output);
        try {
            return FileLocks.tryAcquire(output.resolve(LOCK), output.toString());
        } catch (java.nio.file.FileSystemException e) {
            throw OutputWriteException.of(output, e);
        }
    }

    /**
     * Finishes or undoes a publication a killed run left, removes its staging folder and temporary files, and
     * returns a fresh generation to stage into.
     */
    public static OutputGeneration begin(Path output) throws IOException {
        OutputGeneration generation = new OutputGeneration(output);
        generation.recover();
        Files.createDirectories(generation.documents());
        Files.createDirectories(generation.batch());
        return generation;
    }

    /**
     * Finishes or undoes a publication a killed run left and removes its staging folder and temporary files,
     * under the folder's lock: what {@link #begin} does first.
     */
    public static void recover(Path output) throws IOException {
        try (FileLocks.Held lock = lock(output)) {
            new OutputGeneration(output).recover();
        }
    }

    /** Where a document's folder is staged. */
    public Path documentFolder(String safeName) {
        return documents().resolve(safeName);
    }

    /** Where each document's parts of the batch files are staged until the batch files are written from them. */
    public Path partsFolder() {
        return output.resolve(STAGING).resolve(PARTS);
    }

    /** Where the batch files (index, terms) are staged. */
    public Path batchFolder() {
        return batch();
    }

    /** {@link #publish(Set)} keeping no earlier document folder. */
    public List<String> publish() throws IOException {
        return publish(Set.of());
    }

    /**
     * Makes the staged document folders and batch files the output's current generation. The folders of documents
     * an earlier run wrote and this one did not (a {@code NAME/} holding {@code NAME.jsonl}) go with the previous
     * generation, so that the folder holds this run's documents only; a kill before the end brings them back.
     *
     * @param keep folders of earlier documents to keep all the same: those of documents this run failed on, whose
     *             earlier files stay as they were
     * @return the names of the earlier documents' folders that were removed, sorted
     */
    public List<String> publish(Set<String> keep) throws IOException {
        List<String> names = list(documents());
        Set<String> batchNames = Set.copyOf(list(batch()));
        List<String> gone = new ArrayList<>();
        for (String name : list(output)) {
            if (!names.contains(name) && !batchNames.contains(name) && !keep.contains(name)
                    && isDocumentFolder(output.resolve(name))) {
                gone.add(name);
            }
        }
        List<String> journal = new ArrayList<>();
        journal.add(PUBLISHING);
        for (String name : names) {
            journal.add((Files.exists(output.resolve(name)) ? "old " : "new ") + name);
        }
        gone.forEach(name -> journal.add("gone " + name));
        AtomicFiles.writeString(output.resolve(JOURNAL), String.join("\n", journal) + "\n");
        Path replaced = output.resolve(REPLACED);
        Files.createDirectories(replaced);
        for (String name : names) {
            Path current = output.resolve(name);
            if (Files.exists(current)) {
                move(current, replaced.resolve(name));
            }
            move(documents().resolve(name), current);
        }
        for (String name : gone) {
            move(output.resolve(name), replaced.resolve(name));
        }
        journal.set(0, COMMITTED);
        AtomicFiles.writeString(output.resolve(JOURNAL), String.join("\n", journal) + "\n");
        finish();
        return gone;
    }

    /** A folder a run wrote for a document: {@code NAME/NAME.jsonl}, and not one of the output's own. */
    private static boolean isDocumentFolder(Path folder) {
        String name = folder.getFileName().toString();
        return !name.startsWith(".") && Files.isRegularFile(folder.resolve(name + ".jsonl"));
    }

    private void recover() throws IOException {
        Path journalFile = output.resolve(JOURNAL);
        if (Files.exists(journalFile)) {
            List<String> journal = Files.readAllLines(journalFile, StandardCharsets.UTF_8);
            if (!journal.isEmpty() && journal.get(0).equals(COMMITTED)) {
                finish();
            } else {
                rollBack(journal.isEmpty() ? List.of() : journal.subList(1, journal.size()));
            }
        }
        deleteTree(output.resolve(STAGING));
        deleteTree(output.resolve(REPLACED));
        for (Path folder : list(output).stream().map(output::resolve).filter(Files::isDirectory).toList()) {
            deleteTemporaryFiles(folder, false);
        }
        deleteTemporaryFiles(output, true);
    }

    /** Puts the previous generation's folders back: the new ones go, the replaced ones return. */
    private void rollBack(List<String> entries) throws IOException {
        Path replaced = output.resolve(REPLACED);
        for (String entry : entries) {
            String name = entry.substring(entry.indexOf(' ') + 1);
            Path current = output.resolve(name);
            if (entry.startsWith("old ") || entry.startsWith("gone ")) {
                if (Files.exists(replaced.resolve(name))) {
                    deleteTree(current);
                    move(replaced.resolve(name), current);
                }
            } else {
                deleteTree(current);
            }
        }
        Files.deleteIfExists(output.resolve(JOURNAL));
    }

    /**
     * Moves the batch files in, {@code index.json} last, and removes what the swap left. A batch folder (the OmegaT
     * project) replaces the published one whole: its staged copy already holds what it must keep of the old one.
     */
    private void finish() throws IOException {
        List<String> files = new ArrayList<>(list(batch()));
        files.sort(Comparator.comparing((String f) -> f.equals("index.json")).thenComparing(f -> f));
        for (String file : files) {
            if (Files.isDirectory(batch().resolve(file))) {
                deleteTree(output.resolve(file));
            }
            move(batch().resolve(file), output.resolve(file));
        }
        deleteTree(output.resolve(REPLACED));
        deleteTree(output.resolve(STAGING));
        Files.deleteIfExists(output.resolve(JOURNAL));
    }

    private Path documents() {
        return output.resolve(STAGING).resolve(DOCUMENTS);
    }

    private Path batch() {
        return output.resolve(STAGING).resolve(BATCH);
    }

    private static List<String> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Removes the temporary files {@link AtomicFiles} writes ({@code .NAME.HEX.tmp}) that a killed write left; at
     * the top, not those of a translation memory, which {@code hamgam import} writes under its own lock.
     */
    private static void deleteTemporaryFiles(Path folder, boolean top) throws IOException {
        for (String name : list(folder)) {
            boolean memory = top && name.matches("\\..*\\.tmx\\.[0-9a-f]+\\.tmp");
            if (name.startsWith(".") && name.endsWith(".tmp") && !memory && Files.isRegularFile(folder.resolve(name))) {
                Files.deleteIfExists(folder.resolve(name));
            }
        }
    }

    /** Deletes a file or a folder and everything in it; nothing when it is not there. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publication of a run's outputs, including the states a run killed half-way through publishing leaves on disk:
 * recovery must give back one whole generation.
 */
class OutputGenerationTest {
    @TempDir
    Path out;

    /** Stages documents {@code name → text} and an index, as a run does. */
    private OutputGeneration stage(Map<String, String> documents, String index) throws IOException {
        OutputGeneration generation = OutputGeneration.begin(out);
        for (Map.Entry<String, String> doc : documents.entrySet()) {
            Path folder = Files.createDirectories(generation.documentFolder(doc.getKey()));
            Files.writeString(folder.resolve(doc.getKey() + ".tsv"), doc.getValue());
            Files.writeString(folder.resolve(doc.getKey() + ".xlf"), doc.getValue());
            Files.writeString(folder.resolve(doc.getKey() + ".jsonl"), doc.getValue());
        }
        Files.writeString(generation.batchFolder().resolve("index.json"), index);
        Files.writeString(generation.batchFolder().resolve("index.html"), index);
        return generation;
    }

    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString();
                if (!name.equals(OutputGeneration.LOCK)) {
                    files.put(name, Files.readString(p));
                }
            }
        }
        return files;
    }

    @Test
    void aPublishedGenerationReplacesThePreviousOneWhole() throws Exception {
        stage(Map.of("a", "old a", "b", "old b"), "old").publish();
        Files.createDirectories(out.resolve("notes"));
        Files.writeString(out.resolve("notes/notes.txt"), "the user's own");

        List<String> removed = stage(Map.of("a", "new a", "c", "new c"), "new").publish();

        assertThat(removed).containsExactly("b");
        assertThat(snapshot(out)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "a/a.tsv", "new a", "a/a.xlf", "new a", "a/a.jsonl", "new a",
                "c/c.tsv", "new c", "c/c.xlf", "new c", "c/c.jsonl", "new c",
                "notes/notes.txt", "the user's own", "index.json", "new", "index.html", "new")));
    }

    @Test
    void aRunKilledAfterSettingAnEarlierDocumentAsideBringsItBack() throws Exception {
        stage(Map.of("a", "old a", "b", "old b"), "old").publish();
        Map<String, String> previous = snapshot(out);
        stage(Map.of("a", "new a"), "new");
        // What publish() leaves when killed after swapping in "a" and moving "b", which this run did not write, aside.
        Files.writeString(out.resolve(OutputGeneration.JOURNAL), "publishing\nold a\ngone b\n");
        Files.createDirectories(out.resolve(OutputGeneration.REPLACED));
        Files.move(out.resolve("a"), out.resolve(OutputGeneration.REPLACED).resolve("a"));
        Files.move(out.resolve(OutputGeneration.STAGING).resolve("documents/a"), out.resolve("a"));
        Files.move(out.resolve("b"), out.resolve(OutputGeneration.REPLACED).resolve("b"));

        OutputGeneration.begin(out);
        assertThat(snapshot(out)).isEqualTo(previous);
    }

    @Test
    void aRunKilledWhileSwappingFoldersLeavesThePreviousGeneration() throws Exception {
        stage(Map.of("a", "old a", "b", "old b"), "old").publish();
        Map<String, String> previous = snapshot(out);
        stage(Map.of("a", "new a", "b", "new b", "c", "new c"), "new");
        // What publish() leaves when killed after swapping in "a" and moving "b" aside.
        Files.writeString(out.resolve(OutputGeneration.JOURNAL), "publishing\nold a\nold b\nnew c\n");
        Files.createDirectories(out.resolve(OutputGeneration.REPLACED));
        Files.move(out.resolve("a"), out.resolve(OutputGeneration.REPLACED).resolve("a"));
        Files.move(out.resolve(OutputGeneration.STAGING).resolve("documents/a"), out.resolve("a"));
        Files.move(out.resolve("b"), out.resolve(OutputGeneration.REPLACED).resolve("b"));
        Files.writeString(out.resolve("a/.a.tsv.0123abcd.tmp"), "half");

        OutputGeneration.begin(out);
        assertThat(snapshot(out)).isEqualTo(previous);
    }

    @Test
    void aRunKilledAfterItsDocumentsWereInFinishesItsIndex() throws Exception {
        stage(Map.of("a", "old a"), "old").publish();
        stage(Map.of("a", "new a"), "new");
        Files.createDirectories(out.resolve(OutputGeneration.REPLACED));
        Files.move(out.resolve("a"), out.resolve(OutputGeneration.REPLACED).resolve("a"));
        Files.move(out.resolve(OutputGeneration.STAGING).resolve("documents/a"), out.resolve("a"));
        Files.writeString(out.resolve(OutputGeneration.JOURNAL), "committed\nold a\n");

        OutputGeneration.begin(out);
        assertThat(snapshot(out)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "a/a.tsv", "new a", "a/a.xlf", "new a", "a/a.jsonl", "new a", "index.json", "new",
                "index.html", "new")));
    }

    @Test
    void aFolderInUseIsRefusedWithAMessageNamingIt() throws Exception {
        try (FileLocks.Held held = OutputGeneration.lock(out)) {
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                try (FileLocks.Held second = OutputGeneration.lock(out)) {
                    throw new AssertionError("a second lock was granted");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThatThrownBy(other::join).hasRootCauseInstanceOf(FileLocks.FolderInUseException.class)
                    .rootCause().hasMessageContaining(out.toString()).hasMessageContaining("in use");
        }
        try (FileLocks.Held again = OutputGeneration.lock(out)) {
            assertThat(again).isNotNull();
        }
    }
}

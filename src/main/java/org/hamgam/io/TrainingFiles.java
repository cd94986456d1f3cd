package org.hamgam.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and reads the files a sentence model is trained on: sentence-per-line {@code *.txt} files and {@code *.tmx}
 * files. A folder stands for those directly inside it, in name order, except licences and files whose name contains
 * {@code test} (held apart for evaluation); a file stands for itself.
 */
public final class TrainingFiles {
    private TrainingFiles() {
    }

    /** The training files under {@code path}. */
    public static List<Path> list(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listing = Files.list(path)) {
            return listing.filter(TrainingFiles::isTrainingFile).sorted().toList();
        }
    }

    /** Whether {@code file} is a TMX file rather than one sentence a line. */
    public static boolean isTmx(Path file) {
        return file.getFileName().toString().endsWith(".tmx");
    }

    /** The lines of a UTF-8 file. */
    public static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static boolean isTrainingFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && !name.startsWith("LICENSE") && !name.contains("test")
                && (name.endsWith(".txt") || name.endsWith(".tmx"));
    }
}

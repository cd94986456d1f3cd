package org.hamgam.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Refuses, before anything is read or written, an output that would replace a file the command reads: inputs are
 * never overwritten. Paths are compared as the file system has them, so that {@code ./x}, {@code x} and a link to
 * {@code x} are one file.
 */
final class InputGuard {
    private InputGuard() {
    }

    /**
     * Refuses {@code output} (named {@code label} in the message, e.g. {@code --output}) when it is one of
     * {@code inputs} or an existing file inside an input folder, which the command reads as one of its inputs.
     */
    static void requireNotInput(String label, Path output, Collection<Path> inputs) {
        Path out = resolved(output);
        for (Path input : inputs) {
            Path in = resolved(input);
            if (out.equals(in)) {
                throw new UsageException(label + " " + output + " and the input " + input
                        + " are the same file; inputs are never overwritten");
            }
            if (Files.isDirectory(in) && out.startsWith(in) && Files.exists(out)) {
                throw new UsageException(label + " " + output + " is a file of the input folder " + input
                        + "; inputs are never overwritten");
            }
        }
    }

    /**
     * Refuses an input that lies inside {@code folder}, the folder a command writes and clears (named
     * {@code label}): the command could replace it while it reads it.
     */
    static void requireOutside(String label, Path folder, Collection<Path> inputs) {
        Path out = resolved(folder);
        for (Path input : inputs) {
            if (resolved(input).startsWith(out)) {
                throw new UsageException(input + " is inside the " + label + " folder " + folder + ", where the "
                        + "run writes its files; inputs are never overwritten: keep it outside " + folder);
            }
        }
    }

    /** The path as the file system has it (links followed) as far as it exists, the rest as written. */
    static Path resolved(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}

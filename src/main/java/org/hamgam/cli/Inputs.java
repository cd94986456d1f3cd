package org.hamgam.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import org.hamgam.io.BadInputException;
import org.hamgam.io.TextFiles;

/** Reads the text a command works on: a file, or standard input for {@code -}. */
final class Inputs {
    private Inputs() {
    }

    static String read(String file, Optional<Charset> encoding) throws BadInputException {
        if (file == null || file.equals("-")) {
            try {
                return TextFiles.decode(Path.of("stdin"), System.in.readAllBytes(), encoding).text();
            } catch (IOException e) {
                throw new BadInputException(Path.of("stdin"), "cannot read: " + e.getMessage(), e);
            }
        }
        return TextFiles.read(Path.of(file), encoding).text();
    }

    static Optional<Charset> charset(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown encoding: " + name);
        }
    }
}

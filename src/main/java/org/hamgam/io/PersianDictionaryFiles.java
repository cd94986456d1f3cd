package org.hamgam.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads a Persian spelling dictionary for ZWNJ repair: a Hunspell {@code .dic} file or a plain list, one
 * word a line. Debian's {@code myspell-fa} (GPL-2) installs one at {@link #INSTALLED}; it is read from there at run
 * time and never shipped with Hamgam.
 */
public final class PersianDictionaryFiles {
    /** Where Debian's {@code myspell-fa} package installs its word list. */
    public static final Path INSTALLED = Path.of("/usr/share/hunspell/fa_IR.dic");

    private PersianDictionaryFiles() {
    }

    /** The file to read: {@code given} when there is one, else the installed dictionary if present. */
    public static Optional<Path> choose(Path given) {
        if (given != null) {
            return Optional.of(given);
        }
        return Files.isRegularFile(INSTALLED) ? Optional.of(INSTALLED) : Optional.empty();
    }

    /** The words of {@code file}, as written (with their ZWNJs), without Hunspell's flags and count line. */
    public static Set<String> read(Path file) throws BadInputException {
        return WordListFiles.load(List.of(file));
    }
}

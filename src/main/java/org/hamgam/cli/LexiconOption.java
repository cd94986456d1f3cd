package org.hamgam.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.hamgam.io.BadInputException;
import org.hamgam.io.PersianDictionaryFiles;
import org.hamgam.pipeline.Stages;
import org.hamgam.text.ZwnjDictionary;
import picocli.CommandLine.Option;

/** {@code --lexicon FILE} and {@code --no-lexicon}: the spelling dictionary ZWNJ repair weighs. */
final class LexiconOption {
    @Option(names = "--lexicon", paramLabel = "FILE", description = "A Persian spelling dictionary (Hunspell .dic or "
            + "one word a line) whose spellings ZWNJ repair weighs (default: "
            + "/usr/share/hunspell/fa_IR.dic when myspell-fa is installed).")
    Path file;

    @Option(names = "--no-lexicon", description = "Repair ZWNJs with the shipped lexicon alone, even when myspell-fa "
            + "is installed.")
    boolean none;

    private ZwnjDictionary loaded;

    /** The dictionary to use; read once. */
    ZwnjDictionary dictionary() throws BadInputException {
        if (loaded == null) {
            Optional<Path> chosen = chosen();
            loaded = Stages.zwnjDictionary(chosen.isEmpty() ? Optional.empty()
                    : Optional.of(PersianDictionaryFiles.read(chosen.get())));
        }
        return loaded;
    }

    /**
     * The dictionary, read when first asked for (see {@link #dictionary()}), after {@link #check()} has made sure
     * that a named file is there; a file that cannot be read then is a bad input all the same.
     */
    java.util.function.Supplier<ZwnjDictionary> later() {
        return () -> {
            try {
                return dictionary();
            } catch (BadInputException e) {
                throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
            }
        };
    }

    /** Fails now, as bad input, when the named file is missing. */
    void check() throws BadInputException {
        Optional<Path> chosen = chosen();
        if (chosen.isPresent() && !java.nio.file.Files.isRegularFile(chosen.get())) {
            throw new BadInputException(chosen.get(), "no such file");
        }
    }

    /** What ZWNJ repair weighs, for messages and the run's settings. */
    String describe() {
        return chosen().map(p -> "shipped lexicon and " + p).orElse("shipped lexicon");
    }

    private Optional<Path> chosen() {
        if (none && file != null) {
            throw new UsageException("--lexicon and --no-lexicon exclude each other");
        }
        return none ? Optional.empty() : PersianDictionaryFiles.choose(file);
    }
}

package org.hamgam.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the documents of a batch in a folder: {@code NAME.txt} or {@code NAME.fa.txt} is a Persian document, and
 * {@code NAME.en.txt} beside it its English counterpart. Hidden files are passed over; any other file the batch
 * does not read is listed with the reason, so that no input goes unmentioned.
 */
public final class InputFolder {
    private InputFolder() {
    }

    /** A Persian document and its optional English counterpart. */
    public record Entry(String name, Path persian, Optional<Path> english) {
    }

    /** A file of the folder that is not read, and why. */
    public record Ignored(Path file, String reason) {
    }

    /**
     * The documents of {@code dir} in name order; an English file without Persian is listed in {@code orphans},
     * any other file not read in {@code ignored}.
     */
    public record Listing(List<Entry> documents, List<Path> orphans, List<Ignored> ignored) {
        public Listing {
            documents = List.copyOf(documents);
            orphans = List.copyOf(orphans);
            ignored = List.copyOf(ignored);
        }

        /** One warning a file of the folder that is not read, naming the file and why. */
        public List<String> warnings() {
            List<String> warnings = new ArrayList<>();
            orphans.forEach(p -> warnings.add(p + ": English file without a Persian document, ignored"));
            ignored.forEach(i -> warnings.add(i.file() + ": " + i.reason()));
            return warnings;
        }

        /** Throws when there is no document to process, since a run of nothing is a mistake. */
        public void requireDocuments(Path dir) throws BadInputException {
            if (documents.isEmpty()) {
                throw new BadInputException(dir, "no Persian document to process: name each NAME.txt or "
                        + "NAME.fa.txt, with its English as NAME.en.txt beside it when there is one");
            }
        }
    }

    public static Listing scan(Path dir) throws BadInputException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, Files.exists(dir) ? "not a folder" : "no such folder");
        }
        List<Found> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                found.add(new Found(file, Files.isRegularFile(file)));
            }
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list folder: " + e.getMessage(), e);
        }
        return classify(found);
    }

    /** A file of an input folder, listed by whichever file system holds it. */
    public record Found(Path file, boolean regular) {
    }

    /** Sorts a folder's files, in name order, into documents, orphans and files not read, as {@link #scan} does. */
    public static Listing classify(List<Found> found) {
        Map<String, Path> persian = new TreeMap<>();
        Map<String, Path> english = new TreeMap<>();
        Map<String, Path> plain = new TreeMap<>();
        List<Ignored> ignored = new ArrayList<>();
        for (Found item : found) {
            Path file = item.file();
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (!item.regular()) {
                ignored.add(new Ignored(file, "not a file, not read (sub-folders are not searched)"));
                continue;
            }
            if (name.endsWith(".en.txt")) {
                english.put(strip(name, ".en.txt"), file);
            } else if (name.endsWith(".fa.txt")) {
                persian.put(strip(name, ".fa.txt"), file);
            } else if (name.endsWith(".txt")) {
                plain.put(strip(name, ".txt"), file);
            } else {
                ignored.add(new Ignored(file, "not a document (NAME.txt, NAME.fa.txt or NAME.en.txt), not read"));
            }
        }
        plain.forEach((name, file) -> {
            if (persian.containsKey(name)) {
                ignored.add(new Ignored(file, "not read: " + persian.get(name).getFileName()
                        + " is the Persian document " + name + "; rename one of them to keep both"));
            } else {
                persian.put(name, file);
            }
        });
        List<Entry> entries = new ArrayList<>();
        persian.forEach((name, file) -> entries.add(new Entry(name, file, Optional.ofNullable(english.get(name)))));
        List<Path> orphans = english.entrySet().stream()
                .filter(e -> !persian.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        return new Listing(entries, orphans, ignored);
    }

    /**
     * The newest modification time of the listed documents, Persian and English: the date a batch's translation
     * memories give as their creation, so that the same files give the same bytes. The epoch when there are none.
     */
    public static Instant lastModified(Listing listing) throws BadInputException {
        Instant newest = Instant.EPOCH;
        for (Entry entry : listing.documents()) {
            List<Path> files = new ArrayList<>(List.of(entry.persian()));
            entry.english().ifPresent(files::add);
            for (Path file : files) {
                try {
                    Instant modified = Files.getLastModifiedTime(file).toInstant();
                    newest = modified.isAfter(newest) ? modified : newest;
                } catch (IOException e) {
                    throw new BadInputException(file, "cannot read its modification time: " + e.getMessage(), e);
                }
            }
        }
        return newest;
    }

    private static String strip(String name, String suffix) {
        return name.substring(0, name.length() - suffix.length());
    }
}

package org.hamgam.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.hamgam.io.Json;

/**
 * A document's edits on disk, one JSON object a line, appended and forced to the disk before the edit is answered
 * or its files rewritten, so that a crash or a closed tab loses nothing that was acknowledged. A last line cut
 * short by a crash was never acknowledged and is dropped on reading.
 */
final class Journal {
    private final Path file;

    Journal(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The entries in order; an unreadable line other than the last is an error naming it. */
    List<JsonNode> read() throws IOException {
        if (!exists()) {
            return List.of();
        }
        ObjectMapper mapper = Json.mapper();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<JsonNode> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                entries.add(mapper.readTree(lines.get(i)));
            } catch (IOException e) {
                if (i == lines.size() - 1) {
                    dropTornEnd(lines.subList(0, i));
                    break;
                }
                throw new IOException(file + ":" + (i + 1) + ": not a journal entry: " + e.getMessage(), e);
            }
        }
        return entries;
    }

    /** Cuts a line a crash left half-written, so that the next entry starts on a line of its own. */
    private void dropTornEnd(List<String> good) throws IOException {
        long length = 0;
        for (String line : good) {
            length += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            out.truncate(length);
            out.force(true);
        }
    }

    void append(ObjectNode entry) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] line = (Json.mapper().writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
    }
}

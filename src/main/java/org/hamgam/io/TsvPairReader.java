package org.hamgam.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hamgam.model.QaPair;

/**
 * Reads pairs from a UTF-8 TSV whose header names the columns {@code id}, {@code source} and {@code target}, or
 * {@code id}, {@code persian} and {@code english} as the review table {@code hamgam run} writes does (other columns,
 * such as notes, are ignored, blank lines skipped). Every row has as many cells as the header and its own id, and
 * a cell's escapes are undone as {@code hamgam import} undoes them ({@link TsvRows}).
 */
final class TsvPairReader implements PairReader {
    @Override
    public List<QaPair> read(String name, byte[] content) throws IOException {
        return read(name, new StringReader(decodeUtf8(name, content)));
    }

    /** The pairs of a TSV read from {@code in}. */
    List<QaPair> read(String name, Reader in) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        String header = reader.readLine();
        if (header == null) {
            throw new MalformedFileException(name, 1, 1, "empty file; expected a header id<TAB>source<TAB>target");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        String[] names = header.split("\t", -1);
        int id = -1;
        int source = -1;
        int target = -1;
        for (int c = 0; c < names.length; c++) {
            switch (names[c].strip().toLowerCase(Locale.ROOT)) {
                case "id" -> id = id < 0 ? c : id;
                case "source", "persian" -> source = source < 0 ? c : source;
                case "target", "english" -> target = target < 0 ? c : target;
                default -> {
                }
            }
        }
        if (id < 0 || source < 0 || target < 0) {
            throw new MalformedFileException(name, 1, 1,
                    "the header must name the columns id, source and target (or id, persian and english), separated "
                            + "by tabs; found \""
                            + header + "\"");
        }
        TsvRows rows = new TsvRows(name, names.length);
        List<QaPair> pairs = new ArrayList<>();
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            TsvRows.Cells cells = rows.cells(lineNumber, line);
            String rowId = cells.text(id).strip();
            if (rowId.isEmpty()) {
                throw new MalformedFileException(name, lineNumber, cells.column(id), "empty id");
            }
            rows.id(lineNumber, rowId, cells.column(id));
            pairs.add(QaPair.of(rowId, cells.text(source), cells.text(target)));
        }
        return pairs;
    }

    private static String decodeUtf8(String name, byte[] bytes) throws MalformedFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int column = 1;
            // Find where the decoder gave up, for the message.
            int bad = firstBadUtf8(bytes);
            for (int k = 0; k < bad; k++) {
                if (bytes[k] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[k] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw new MalformedFileException(name, line, column, "not valid UTF-8");
        }
    }

    private static int firstBadUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int extra = b < 0x80 ? 0 : b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5
                    ? 3 : -1;
            if (extra < 0 || i + extra >= bytes.length + (extra == 0 ? 1 : 0)) {
                return i;
            }
            for (int k = 1; k <= extra; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += extra + 1;
        }
        return bytes.length;
    }
}

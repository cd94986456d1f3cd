package org.hamgam.glossary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads a term base from a stream, choosing the format by the name's extension: {@code .tsv .txt .utf8} OmegaT
 * TSV, {@code .csv} CSV with a header, {@code .tbx .xml} TBX v2 or v3. Bad rows become warnings of the glossary
 * ({@code name:line: …}) and are skipped; a stream that cannot be read as the format is a
 * {@link GlossaryException} naming the file, line and column.
 */
public final class GlossaryReader {
    private GlossaryReader() {
    }

    /** Whether {@code name} has an extension this reader knows. */
    public static boolean isSupported(String name) {
        return format(name) != null;
    }

    /**
     * @param name     the file name (or path) as the user gave it: used for the format, term ids and messages
     * @param priority 0 for the first term base, 1 for the next, …; lower wins conflicts
     */
    public static Glossary read(String name, InputStream in, int priority) throws GlossaryException {
        String format = format(name);
        if (format == null) {
            throw new GlossaryException(name, "unknown glossary format (expected .tsv, .txt, .utf8, .csv, .tbx or .xml)");
        }
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new GlossaryException(name, "cannot read: " + e.getMessage(), e);
        }
        return switch (format) {
            case "tsv" -> TsvFormat.read(name, TextDecoder.decode(name, bytes), priority);
            case "csv" -> CsvFormat.read(name, TextDecoder.decode(name, bytes), priority);
            default -> TbxFormat.read(name, new ByteArrayInputStream(bytes), priority);
        };
    }

    private static String format(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tsv") || lower.endsWith(".txt") || lower.endsWith(".utf8")) {
            return "tsv";
        }
        if (lower.endsWith(".csv")) {
            return "csv";
        }
        if (lower.endsWith(".tbx") || lower.endsWith(".xml")) {
            return "tbx";
        }
        return null;
    }
}

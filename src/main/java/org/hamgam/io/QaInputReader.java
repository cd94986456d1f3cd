package org.hamgam.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hamgam.model.QaPair;

/**
 * Reads source/target pairs for {@code hamgam qa} from a TSV ({@link TsvPairReader}), a TMX ({@link TmxPairReader})
 * or an XLIFF 1.2 or 2.x file ({@link XliffPairReader}). The format is known from the file name or, failing that,
 * from the content, and an XML file's root element says which XML format it is. Malformed input raises
 * {@link MalformedFileException} naming the file, line and column.
 */
public final class QaInputReader {
    private QaInputReader() {
    }

    /** The pairs of {@code file}, in file order. */
    public static List<QaPair> read(Path file) throws IOException {
        return readInput(file).pairs();
    }

    /**
     * The pairs of {@code file} and the reviewer's decisions it carries: a run's XLIFF 2 names its pairs by the row
     * ids its TSV, JSONL and review page use, and says which Persian a reviewer accepted as having no English.
     */
    public static QaInput readInput(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean xml = lower.endsWith(".tmx") || lower.endsWith(".xlf") || lower.endsWith(".xliff")
                || lower.endsWith(".xml") || (!lower.endsWith(".tsv") && !lower.endsWith(".txt") && looksLikeXml(bytes));
        if (!xml) {
            return new QaInput(new TsvPairReader().read(name, bytes), java.util.Map.of());
        }
        return rootElement(name, bytes).equals("xliff") ? new XliffPairReader().readInput(name, bytes)
                : new QaInput(readXml(name, bytes), java.util.Map.of());
    }

    /**
     * The documents of a run's output folder that had no English, by folder name, from its {@code index.json}
     * ({@code "mode": "draft"}); none when the folder has no index.
     */
    public static java.util.Set<String> draftDocuments(Path folder) throws IOException {
        Path index = folder.resolve("index.json");
        if (!Files.isRegularFile(index)) {
            return java.util.Set.of();
        }
        java.util.Set<String> drafts = new java.util.TreeSet<>();
        try {
            for (com.fasterxml.jackson.databind.JsonNode doc : Json.mapper().readTree(index.toFile()).path("documents")) {
                com.fasterxml.jackson.databind.JsonNode files = doc.path("files");
                if (doc.path("mode").asText().equals("draft") && files.size() > 0) {
                    drafts.add(files.get(0).asText().split("/", 2)[0]);
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MalformedFileException(index.toString(), 1, 1, "not the index 'hamgam run' writes: "
                    + e.getOriginalMessage());
        }
        return drafts;
    }

    /** The pairs of a TSV with a header row naming {@code id}, {@code source} and {@code target}. */
    public static List<QaPair> readTsv(String name, Reader in) throws IOException {
        return new TsvPairReader().read(name, in);
    }

    /** The pairs of a TMX or XLIFF (1.2 or 2.x) document. */
    public static List<QaPair> readXml(String name, InputStream in) throws IOException {
        return readXml(name, in.readAllBytes());
    }

    private static List<QaPair> readXml(String name, byte[] bytes) throws IOException {
        String root = rootElement(name, bytes);
        PairReader reader = switch (root) {
            case "tmx" -> new TmxPairReader();
            case "xliff" -> new XliffPairReader();
            default -> throw new MalformedFileException(name, 1, 1,
                    "expected a <tmx> or <xliff> root element, found <" + root + ">");
        };
        return reader.read(name, bytes);
    }

    /** The local name of the document's root element, read with the same refusals as the readers. */
    private static String rootElement(String name, byte[] bytes) throws MalformedFileException {
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.staxFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    Location at = xml.getLocation();
                    throw new MalformedFileException(name, at.getLineNumber(), at.getColumnNumber(),
                            "a document type declaration is not allowed");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return xml.getLocalName();
                }
            }
            throw new MalformedFileException(name, 1, 1, "not a TMX or XLIFF document");
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new MalformedFileException(name, at == null ? -1 : at.getLineNumber(),
                    at == null ? -1 : at.getColumnNumber(), "not well-formed XML: " + e.getMessage(), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Closing after a parse error can fail again; the first error is the one reported.
                }
            }
        }
    }

    private static boolean looksLikeXml(byte[] bytes) {
        int i = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }
}

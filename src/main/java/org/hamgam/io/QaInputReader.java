package org.hamgam.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.hamgam.model.QaPair;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads source/target pairs for {@code hamgam qa}: a TSV whose header names the columns {@code id},
 * {@code source} and {@code target} (other columns are ignored), a TMX (Persian {@code tuv} as source, English as
 * target), or an XLIFF 1.2 or 2.x file ({@code trans-unit} or {@code segment} source and target). The format is
 * known from the file name or, failing that, from the content. XML is parsed with document type declarations
 * refused and no external entities; streaming keeps the line and column of every element for error messages.
 * Malformed input raises {@link MalformedFileException} naming the file, line and column.
 */
public final class QaInputReader {

    private QaInputReader() {
    }

    /** The pairs of {@code file}, in file order. */
    public static List<QaPair> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean xml = lower.endsWith(".tmx") || lower.endsWith(".xlf") || lower.endsWith(".xliff")
                || lower.endsWith(".xml") || (!lower.endsWith(".tsv") && !lower.endsWith(".txt") && looksLikeXml(bytes));
        if (xml) {
            return readXml(name, new java.io.ByteArrayInputStream(bytes));
        }
        return readTsv(name, new StringReader(decodeUtf8(name, bytes)));
    }

    /** The pairs of a TSV with a header row naming {@code id}, {@code source} and {@code target}. */
    public static List<QaPair> readTsv(String name, Reader in) throws IOException {
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
                case "source" -> source = source < 0 ? c : source;
                case "target" -> target = target < 0 ? c : target;
                default -> {
                }
            }
        }
        if (id < 0 || source < 0 || target < 0) {
            throw new MalformedFileException(name, 1, 1,
                    "the header must name the columns id, source and target, separated by tabs; found \""
                            + header + "\"");
        }
        int needed = Math.max(id, Math.max(source, target)) + 1;
        List<QaPair> pairs = new ArrayList<>();
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < needed) {
                throw new MalformedFileException(name, lineNumber, line.length() + 1,
                        "expected at least " + needed + " tab-separated columns, found " + cells.length);
            }
            if (cells[id].isBlank()) {
                throw new MalformedFileException(name, lineNumber, column(cells, id), "empty id");
            }
            pairs.add(QaPair.of(cells[id].strip(), cells[source], cells[target]));
        }
        return pairs;
    }

    /** The pairs of a TMX or XLIFF (1.2 or 2.x) document. */
    public static List<QaPair> readXml(String name, InputStream in) throws IOException {
        PairHandler handler = new PairHandler(name);
        try {
            SAXParser parser = SafeXml.saxParser();
            InputSource source = new InputSource(in);
            source.setSystemId(name);
            parser.parse(source, handler);
        } catch (SAXParseException e) {
            throw new MalformedFileException(name, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        } catch (SAXException e) {
            if (e.getCause() instanceof MalformedFileException m) {
                throw m;
            }
            throw new MalformedFileException(name, handler.line(), handler.column(), e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser available", e);
        }
        if (handler.format == null) {
            throw new MalformedFileException(name, 1, 1, "not a TMX or XLIFF document");
        }
        return handler.pairs;
    }


    private static boolean looksLikeXml(byte[] bytes) {
        int i = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    private static String decodeUtf8(String name, byte[] bytes) throws MalformedFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
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

    private static int column(String[] cells, int index) {
        int col = 1;
        for (int c = 0; c < index; c++) {
            col += cells[c].length() + 1;
        }
        return col;
    }

    private enum Format { TMX, XLIFF1, XLIFF2 }

    /** Collects pairs from TMX and XLIFF while streaming; keeps the position of each unit for messages. */
    private static final class PairHandler extends DefaultHandler {
        /** Inline elements whose content is native code, not text. */
        private static final java.util.Set<String> CODE_ELEMENTS = java.util.Set.of("bpt", "ept", "it", "ph", "ut",
                "sub");

        private final String name;
        private final List<QaPair> pairs = new ArrayList<>();
        private Format format;
        private Locator locator;
        private String tmxSourceLang = "";

        private int depth;
        private int unitDepth = -1;
        private int unitLine;
        private int unitColumn;
        private String unitId;
        private int unitNumber;
        private boolean notForTranslation;
        private int segmentNumber;
        private String segmentId;
        private int segmentLine;
        private int segmentColumn;
        private String lang;
        private final List<QaPair> unitSegments = new ArrayList<>();
        private boolean anonymous;
        private final Map<String, String> variants = new LinkedHashMap<>();

        private StringBuilder text;
        private int textDepth;
        private String textKind;
        private String source;
        private String target;
        private int skipDepth = -1;

        PairHandler(String name) {
            this.name = name;
        }

        int line() {
            return locator == null ? 1 : Math.max(1, locator.getLineNumber());
        }

        int column() {
            return locator == null ? 1 : Math.max(1, locator.getColumnNumber());
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            depth++;
            String el = localName.isEmpty() ? qName : localName;
            if (depth == 1) {
                format = switch (el) {
                    case "tmx" -> Format.TMX;
                    case "xliff" -> atts.getValue("version") != null && atts.getValue("version").startsWith("1")
                            || uri.endsWith(":1.2") ? Format.XLIFF1 : Format.XLIFF2;
                    default -> throw fail("expected a <tmx> or <xliff> root element, found <" + el + ">");
                };
                return;
            }
            if (text != null) {
                if (skipDepth < 0 && CODE_ELEMENTS.contains(el)) {
                    skipDepth = depth;
                } else if (skipDepth < 0 && el.equals("cp") && atts.getValue("hex") != null) {
                    try {
                        text.appendCodePoint(Integer.parseInt(atts.getValue("hex"), 16));
                    } catch (IllegalArgumentException e) {
                        throw fail("bad <cp hex=\"" + atts.getValue("hex") + "\">");
                    }
                }
                return;
            }
            switch (format) {
                case TMX -> startTmx(el, atts);
                case XLIFF1 -> startXliff1(el, atts);
                case XLIFF2 -> startXliff2(el, atts);
                default -> {
                }
            }
        }

        private void startTmx(String el, Attributes atts) {
            switch (el) {
                case "header" -> tmxSourceLang = value(atts, "srclang");
                case "tu" -> {
                    beginUnit(value(atts, "tuid"));
                    variants.clear();
                }
                case "tuv" -> lang = atts.getValue(XMLConstants.XML_NS_URI, "lang") != null
                        ? atts.getValue(XMLConstants.XML_NS_URI, "lang") : value(atts, "lang");
                case "seg" -> {
                    if (unitDepth > 0 && lang != null) {
                        beginText("seg");
                    }
                }
                default -> {
                }
            }
        }

        private void startXliff1(String el, Attributes atts) {
            switch (el) {
                case "trans-unit" -> beginUnit(value(atts, "id"), "no".equals(value(atts, "translate")));
                case "source", "target" -> {
                    if (unitDepth > 0 && depth == unitDepth + 1) {
                        beginText(el);
                    }
                }
                default -> {
                }
            }
        }

        private void startXliff2(String el, Attributes atts) {
            switch (el) {
                case "unit" -> {
                    beginUnit(value(atts, "id"), "no".equals(value(atts, "translate")));
                    segmentNumber = 0;
                }
                case "segment" -> {
                    if (unitDepth > 0 && depth == unitDepth + 1) {
                        segmentNumber++;
                        segmentId = value(atts, "id");
                        segmentLine = line();
                        segmentColumn = column();
                        source = null;
                        target = null;
                    }
                }
                case "source", "target" -> {
                    if (segmentId != null && depth == unitDepth + 2) {
                        beginText(el);
                    }
                }
                default -> {
                }
            }
        }

        private void beginUnit(String id) {
            beginUnit(id, false);
        }

        /** @param notForTranslation the unit says {@code translate="no"} (boilerplate): no pair to check */
        private void beginUnit(String id, boolean notForTranslation) {
            this.notForTranslation = notForTranslation;
            unitDepth = depth;
            unitNumber++;
            unitId = id;
            unitLine = line();
            unitColumn = column();
            source = null;
            target = null;
        }

        private void beginText(String kind) {
            text = new StringBuilder();
            textDepth = depth;
            textKind = kind;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null && skipDepth < 0) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String el = localName.isEmpty() ? qName : localName;
            if (text != null) {
                if (depth == skipDepth) {
                    skipDepth = -1;
                }
                if (depth == textDepth) {
                    endText();
                }
                depth--;
                return;
            }
            if (format == Format.TMX && el.equals("tuv")) {
                lang = null;
            } else if (format == Format.XLIFF2 && el.equals("segment") && segmentId != null) {
                endSegment();
            } else if (depth == unitDepth) {
                endUnit();
            }
            depth--;
        }

        private void endText() {
            String value = text.toString();
            text = null;
            switch (textKind) {
                case "seg" -> variants.putIfAbsent(lang.toLowerCase(Locale.ROOT), value);
                case "source" -> source = value;
                case "target" -> target = value;
                default -> {
                }
            }
        }

        private void endSegment() throws SAXException {
            if (source == null) {
                throw new SAXException(new MalformedFileException(name, segmentLine, segmentColumn,
                        "segment without <source>"));
            }
            String id = unitId == null || unitId.isEmpty() ? "u" + unitNumber : unitId;
            String sid = segmentId.isEmpty() ? id + "/" + segmentNumber : segmentId;
            unitSegments.add(QaPair.of(sid, source, target == null ? "" : target));
            anonymous = segmentId.isEmpty();
            segmentId = null;
        }

        private void endUnit() throws SAXException {
            unitDepth = -1;
            if (format == Format.XLIFF2) {
                // A unit of one segment without an id of its own is named by the unit.
                if (unitSegments.size() == 1 && anonymous) {
                    QaPair only = unitSegments.get(0);
                    unitSegments.set(0, QaPair.of(unitId == null || unitId.isEmpty() ? "u" + unitNumber : unitId,
                            only.source(), only.target()));
                }
                if (!notForTranslation) {
                    pairs.addAll(unitSegments);
                }
                unitSegments.clear();
                return;
            }
            String id = unitId == null || unitId.isEmpty() ? (format == Format.TMX ? "tu" : "u") + unitNumber
                    : unitId;
            if (format == Format.XLIFF1) {
                if (source == null) {
                    throw new SAXException(new MalformedFileException(name, unitLine, unitColumn,
                            "trans-unit without <source>"));
                }
                if (!notForTranslation) {
                    pairs.add(QaPair.of(id, source, target == null ? "" : target));
                }
                return;
            }
            String faKey = pick(variants, "fa", "pes", "per");
            if (faKey == null && variants.containsKey(tmxSourceLang.toLowerCase(Locale.ROOT))) {
                faKey = tmxSourceLang.toLowerCase(Locale.ROOT);
            }
            if (faKey == null) {
                throw new SAXException(new MalformedFileException(name, unitLine, unitColumn,
                        "tu without a Persian (or source-language) <tuv><seg>"));
            }
            String enKey = pick(variants, "en", "eng", "");
            if (enKey == null) {
                for (String key : variants.keySet()) {
                    if (!key.equals(faKey)) {
                        enKey = key;
                        break;
                    }
                }
            }
            String fa = variants.get(faKey);
            String en = enKey == null ? null : variants.get(enKey);
            pairs.add(QaPair.of(id, fa, en == null ? "" : en));
        }

        private static String pick(Map<String, String> variants, String a, String b, String c) {
            for (Map.Entry<String, String> e : variants.entrySet()) {
                String l = e.getKey();
                String primary = l.contains("-") ? l.substring(0, l.indexOf('-')) : l.contains("_")
                        ? l.substring(0, l.indexOf('_')) : l;
                if (primary.equals(a) || primary.equals(b) || (!c.isEmpty() && primary.equals(c))) {
                    return l;
                }
            }
            return null;
        }

        private static String value(Attributes atts, String local) {
            String v = atts.getValue(local);
            if (v == null) {
                v = atts.getValue("", local);
            }
            return v == null ? "" : v;
        }

        private SAXException fail(String problem) {
            return new SAXException(new MalformedFileException(name, line(), column(), problem));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}

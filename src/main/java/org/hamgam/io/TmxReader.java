package org.hamgam.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hamgam.model.TmxUnit;

/**
 * The one TMX parser (1.4, and the {@code lang} attribute of 1.1): it streams a file and hands each translation
 * unit, as written, to a {@link Handler}; choosing a source and a target is the caller's business (a memory, the QA
 * input, segmenter training). Inline markup inside {@code seg} keeps its text ({@code hi}) and drops native codes
 * ({@code bpt}, {@code ept}, {@code ph}, {@code it}, {@code ut}, {@code sub}).
 *
 * <p>Parsing is hardened: a document type declaration is refused, so no external entity or DTD is ever fetched,
 * and elements nest at most {@link SafeXml#MAX_DEPTH} deep. Any error is a {@link MalformedFileException} naming
 * file, line and column.
 */
public final class TmxReader {
    private TmxReader() {
    }

    /** Receives what a TMX holds, in file order, as it is read. */
    public interface Handler {
        /** The header's {@code srclang} (empty when there is none), before the first unit. */
        default void header(String srcLang) throws IOException {
        }

        void unit(TmxUnit unit) throws IOException;
    }

    /** Every unit of {@code file}, in file order. */
    public static List<TmxUnit> units(Path file) throws IOException {
        List<TmxUnit> units = new ArrayList<>();
        read(file, units::add);
        return units;
    }

    /** Streams {@code file} to {@code handler}. */
    public static void read(Path file, Handler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            read(in, file.toString(), handler);
        }
    }

    /** Streams a TMX document from {@code in} to {@code handler}; {@code name} names it in messages. */
    public static void read(InputStream in, String name, Handler handler) throws IOException {
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.staxFactory().createXMLStreamReader(in);
            new Units(xml, name, handler).read();
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new MalformedFileException(name, at == null ? -1 : at.getLineNumber(),
                    at == null ? -1 : at.getColumnNumber(), "not well-formed TMX: " + cleanMessage(e), e);
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

    /** The reading of one document. */
    private static final class Units {
        private final XMLStreamReader xml;
        private final String name;
        private final Handler handler;

        Units(XMLStreamReader xml, String name, Handler handler) {
            this.xml = xml;
            this.name = name;
            this.handler = handler;
        }

        void read() throws XMLStreamException, IOException {
            int count = 0;
            boolean root = false;
            boolean headerSeen = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw located("a document type declaration is not allowed in TMX");
                }
                refuseEntity(event);
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = xml.getLocalName();
                if (!root) {
                    root = true;
                    if (!"tmx".equals(local)) {
                        throw located("the root element is <" + local + ">, not <tmx>");
                    }
                } else if ("header".equals(local) && !headerSeen) {
                    headerSeen = true;
                    String srcLang = xml.getAttributeValue(null, "srclang");
                    handler.header(srcLang == null ? "" : srcLang);
                } else if ("tu".equals(local)) {
                    if (!headerSeen) {
                        headerSeen = true;
                        handler.header("");
                    }
                    count++;
                    handler.unit(unit(count));
                }
            }
            if (!root) {
                throw new MalformedFileException(name, -1, -1, "no <tmx> element");
            }
        }

        /** Reads one {@code tu}, positioned on its start tag, up to its end tag. */
        private TmxUnit unit(int number) throws XMLStreamException, IOException {
            Location at = xml.getLocation();
            String id = xml.getAttributeValue(null, "tuid");
            List<TmxUnit.Prop> props = new ArrayList<>();
            List<TmxUnit.Variant> variants = new ArrayList<>();
            String lang = null;
            int depth = 0; // below the tu
            while (xml.hasNext()) {
                int event = xml.next();
                refuseEntity(event);
                if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth-- == 0) {
                        break;
                    }
                    if ("tuv".equals(xml.getLocalName())) {
                        lang = null;
                    }
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                switch (xml.getLocalName()) {
                    case "prop" -> {
                        String type = xml.getAttributeValue(null, "type");
                        String value = text(false);
                        depth--;
                        if (depth == 0) {
                            props.add(new TmxUnit.Prop(type, value));
                        }
                    }
                    case "tuv" -> {
                        lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                        if (lang == null) {
                            lang = xml.getAttributeValue(null, "lang");
                        }
                        lang = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
                    }
                    case "seg" -> {
                        String text = text(true);
                        depth--;
                        if (lang != null) {
                            variants.add(new TmxUnit.Variant(lang, text));
                        }
                    }
                    default -> {
                    }
                }
            }
            return new TmxUnit(id, number, at.getLineNumber(), at.getColumnNumber(), props, variants);
        }

        /**
         * The text of the element the reader is on, up to its end tag; in a {@code seg} ({@code inline}), without
         * native codes.
         */
        private String text(boolean inline) throws XMLStreamException, IOException {
            StringBuilder text = new StringBuilder();
            int skipDepth = 0;
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                refuseEntity(event);
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (inline && (skipDepth > 0 || !"hi".equals(xml.getLocalName()))) {
                            skipDepth++;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (depth > 0 && skipDepth > 0) {
                            skipDepth--;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (skipDepth == 0) {
                            text.append(xml.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
            return text.toString();
        }

        private void refuseEntity(int event) throws MalformedFileException {
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw located("entity reference &" + xml.getLocalName() + "; is not allowed");
            }
        }

        private MalformedFileException located(String message) {
            Location at = xml.getLocation();
            return new MalformedFileException(name, at.getLineNumber(), at.getColumnNumber(), message);
        }
    }

    /** The parser's message without its own location prefix, which we already give. */
    private static String cleanMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int i = message.indexOf("Message: ");
        return i >= 0 ? message.substring(i + "Message: ".length()).strip() : message.strip();
    }
}

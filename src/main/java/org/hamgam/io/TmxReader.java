package org.hamgam.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hamgam.model.TmUnit;

/**
 * Reads the Persian–English translation units of TMX files (1.4, and the {@code lang} attribute of 1.1).
 * Whatever the header's {@code srclang}, the {@code fa} variant is the source and the {@code en} variant the
 * target; units lacking either are skipped. Inline markup inside {@code seg} keeps its text ({@code hi}) and drops
 * native codes ({@code bpt}, {@code ept}, {@code ph}, {@code it}, {@code ut}, {@code sub}).
 *
 * <p>Context, when a unit records it as {@code prop} {@code x-context-pre}/{@code x-context-post} or OmegaT's
 * {@code prev}/{@code next}, becomes the unit's neighbours for in-context matching.
 *
 * <p>Parsing is hardened: a document type declaration is refused, so no external entity or DTD is ever fetched.
 */
public final class TmxReader {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final String sourceLang;
    private final String targetLang;

    public TmxReader() {
        this("fa", "en");
    }

    /** A reader taking the variants whose language starts with {@code sourceLang} and {@code targetLang}. */
    public TmxReader(String sourceLang, String targetLang) {
        this.sourceLang = sourceLang.toLowerCase(Locale.ROOT);
        this.targetLang = targetLang.toLowerCase(Locale.ROOT);
    }

    /** The units of every {@code .tmx} file among {@code paths} (files, or folders searched recursively, sorted). */
    public List<TmUnit> readAll(List<Path> paths) throws IOException, BadInputException {
        List<TmUnit> units = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tmx"))
                            .sorted().toList();
                }
                for (Path file : files) {
                    units.addAll(read(file));
                }
            } else {
                units.addAll(read(path));
            }
        }
        return units;
    }

    /** The units of one TMX file. */
    public List<TmUnit> read(Path file) throws IOException, BadInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file);
        }
    }

    /** The units of a TMX document read from {@code in}; {@code file} names it in messages and origins. */
    public List<TmUnit> read(InputStream in, Path file) throws BadInputException {
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.staxFactory().createXMLStreamReader(in);
            return units(xml, file);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": ";
            throw new BadInputException(file, where + "not well-formed TMX: " + cleanMessage(e), e);
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


    private List<TmUnit> units(XMLStreamReader xml, Path file) throws XMLStreamException, BadInputException {
        List<TmUnit> units = new ArrayList<>();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int count = 0;
        boolean root = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw located(file, xml, "a document type declaration is not allowed in TMX");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw located(file, xml, "entity reference &" + xml.getLocalName() + "; is not allowed");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!root) {
                root = true;
                if (!"tmx".equals(xml.getLocalName())) {
                    throw located(file, xml, "the root element is <" + xml.getLocalName() + ">, not <tmx>");
                }
            } else if ("tu".equals(xml.getLocalName())) {
                count++;
                String id = xml.getAttributeValue(null, "tuid");
                TmUnit unit = unit(xml, file, name + "#" + (id == null || id.isBlank() ? count : id));
                if (unit != null) {
                    units.add(unit);
                }
            }
        }
        if (!root) {
            throw new BadInputException(file, "no <tmx> element");
        }
        return units;
    }

    /** Reads one {@code tu}, positioned on its start tag, up to its end tag. */
    private TmUnit unit(XMLStreamReader xml, Path file, String origin) throws XMLStreamException, BadInputException {
        Map<String, String> props = new HashMap<>();
        String source = null;
        String target = null;
        String lang = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw located(file, xml, "entity reference &" + xml.getLocalName() + "; is not allowed");
            }
            if (event == XMLStreamConstants.END_ELEMENT && "tu".equals(xml.getLocalName())) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "prop" -> {
                    String type = xml.getAttributeValue(null, "type");
                    String value = xml.getElementText();
                    if (type != null) {
                        props.putIfAbsent(type, value.strip());
                    }
                }
                case "tuv" -> {
                    lang = xml.getAttributeValue(XML_NS, "lang");
                    if (lang == null) {
                        lang = xml.getAttributeValue(null, "lang");
                    }
                    lang = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
                }
                case "seg" -> {
                    String text = segText(xml, file).strip();
                    if (matches(lang, sourceLang) && source == null) {
                        source = text;
                    } else if (matches(lang, targetLang) && target == null) {
                        target = text;
                    }
                }
                default -> {
                }
            }
        }
        if (source == null || target == null || source.isEmpty() || target.isEmpty()) {
            return null;
        }
        String previous = props.getOrDefault("x-context-pre", props.getOrDefault("prev", ""));
        String next = props.getOrDefault("x-context-post", props.getOrDefault("next", ""));
        return new TmUnit(source, target, previous, next, origin);
    }

    private static boolean matches(String lang, String wanted) {
        return lang != null && (lang.equals(wanted) || lang.startsWith(wanted + "-") || lang.startsWith(wanted + "_"));
    }

    /** The text of a {@code seg}, positioned on its start tag, without native codes. */
    private static String segText(XMLStreamReader xml, Path file) throws XMLStreamException, BadInputException {
        StringBuilder text = new StringBuilder();
        int skipDepth = 0;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String local = xml.getLocalName();
                    if (skipDepth > 0 || !"hi".equals(local)) {
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
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw located(file, xml, "entity reference &" + xml.getLocalName() + "; is not allowed");
                default -> {
                }
            }
        }
        return text.toString();
    }

    private static BadInputException located(Path file, XMLStreamReader xml, String message) {
        Location at = xml.getLocation();
        return new BadInputException(file, "line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": "
                + message);
    }

    /** The parser's message without its own location prefix, which we already give. */
    private static String cleanMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int i = message.indexOf("Message: ");
        return i >= 0 ? message.substring(i + "Message: ".length()).strip() : message.strip();
    }
}

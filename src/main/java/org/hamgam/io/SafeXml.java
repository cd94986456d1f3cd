package org.hamgam.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML files that came back from other people (reviewed XLIFF, TMX) without trusting them: a DOCTYPE is
 * refused outright, so no entity (internal or external) is ever expanded and nothing is fetched from the
 * network or the disk; XInclude is off. Elements nest at most {@link #MAX_DEPTH} deep, so that no hostile file
 * can exhaust the stack of a reader that walks the tree, and a file read into memory is at most
 * {@link #MAX_BYTES} long. Any error is a {@link MalformedFileException} naming file, line and column.
 */
public final class SafeXml {
    /** Far deeper than any XLIFF or TMX a tool writes (a dozen levels), far shallower than a stack allows. */
    public static final int MAX_DEPTH = 500;
    /** The largest file parsed into a tree. */
    public static final long MAX_BYTES = 512L << 20;

    /** The JDK's parser setting for the deepest element (java.xml module, "JAXP limits"). */
    static final String DEPTH_PROPERTY = "jdk.xml.maxElementDepth";

    private SafeXml() {
    }

    /** Parses a file into a namespace-aware DOM. */
    public static Document parse(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new MalformedFileException(file.toString(), -1, -1, "larger than " + (MAX_BYTES >> 20)
                    + " MB, more than an XML file to review holds");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    /** Parses a stream into a namespace-aware DOM; {@code name} is used in error messages. */
    public static Document parse(InputStream in, String name) throws IOException {
        DocumentBuilder builder = newBuilder();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not stop a reviewed file from being read
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        InputSource source = new InputSource(in);
        source.setSystemId(name);
        try {
            return builder.parse(source);
        } catch (SAXParseException e) {
            throw new MalformedFileException(name, e.getLineNumber(), e.getColumnNumber(), e.getMessage(), e);
        } catch (SAXException e) {
            throw new MalformedFileException(name, -1, -1, e.getMessage(), e);
        }
    }

    /** A namespace-aware SAX parser factory with the same refusals, for readers that stream. */
    static SAXParserFactory saxFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    /** A SAX parser from {@link #saxFactory()} with the depth limit. */
    static javax.xml.parsers.SAXParser saxParser() throws ParserConfigurationException, SAXException {
        javax.xml.parsers.SAXParser parser = saxFactory().newSAXParser();
        parser.setProperty(DEPTH_PROPERTY, String.valueOf(MAX_DEPTH));
        return parser;
    }

    /**
     * A StAX factory that supports no DTD and expands no entity, for readers that pull. The JDK's own, whatever
     * else is on the class path: another implementation (Woodstox, which Okapi brings) knows not the depth limit.
     */
    static XMLInputFactory staxFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(DEPTH_PROPERTY, String.valueOf(MAX_DEPTH));
        return factory;
    }

    static DocumentBuilder newBuilder() throws IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute(DEPTH_PROPERTY, String.valueOf(MAX_DEPTH));
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IOException("the XML parser cannot be configured safely", e);
        }
    }
}

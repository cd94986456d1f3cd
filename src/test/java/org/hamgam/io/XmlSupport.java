package org.hamgam.io;

import org.hamgam.TestResources;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.hamgam.model.Bitext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Schema validation and an independent DOM reader for the XML writer tests. */
final class XmlSupport {
    private XmlSupport() {
    }

    static Schema xliff21() throws Exception {
        Path dir = TestResources.xliff21Schemas();
        return schema(dir.resolve("xliff_core_2.0.xsd"), dir.resolve("matches.xsd"), dir.resolve("glossary.xsd"),
                dir.resolve("metadata.xsd"));
    }

    static Schema tmx14() throws Exception {
        return schema(TestResources.tmx14Schemas().resolve("tmx14.xsd"));
    }

    private static Schema schema(Path... files) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Source[] sources = new Source[files.length];
        for (int i = 0; i < files.length; i++) {
            sources[i] = new StreamSource(files[i].toFile());
        }
        return factory.newSchema(sources);
    }

    /** Throws with line and column when {@code xml} is not valid. */
    static void validate(Schema schema, String xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    /**
     * Writes with {@code writer} and keeps a copy under {@code target/formats/} for people to look at; XLIFF 2 is
     * read back by Okapi with its validation on, so every file a test writes passes the specification.
     */
    static String write(BitextWriter writer, Bitext bitext) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(bitext, out);
        if (writer instanceof XliffWriter) {
            OkapiXliff2.read(out.toString());
        }
        Path copy = Path.of("target", "formats", writer.fileName(bitext.docId().replaceAll("[^A-Za-z0-9_.-]", "_")));
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, out.toString());
        return out.toString();
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> elements(Document doc, String ns, String name) {
        NodeList list = doc.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(java.util.Objects.toString(e.getNamespaceURI(), "")) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String ns, String name) {
        List<Element> all = children(parent, ns, name);
        return all.isEmpty() ? null : all.get(0);
    }
}

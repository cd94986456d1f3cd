package org.hamgam.glossary;

import org.hamgam.model.LanguageTags;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a glossary as OmegaT TSV or as TBX (v2, the version OmegaT reads, by default; v3 on request). TSV has
 * no place for variants, so each variant becomes a row of its own with the term's target and note; TBX keeps
 * them in the Persian language section, and English synonyms in the English one. Output is deterministic: terms
 * in glossary order, LF line ends.
 */
public final class GlossaryWriter {
    /** The TBX edition to write. */
    public enum TbxVersion {
        /** ISO 30042:2008, {@code <martif>}: the version OmegaT reads. */
        V2,
        /** ISO 30042:2019, {@code <tbx>} with concept entries, DCA style, TBX-Basic dialect. */
        V3
    }

    private GlossaryWriter() {
    }

    /** OmegaT TSV: {@code source TAB target TAB note}, one row a term and one a variant. */
    public static void writeTsv(Glossary glossary, Writer out) throws IOException {
        for (Term t : glossary.terms()) {
            row(out, t.source(), t);
            for (String v : t.variants()) {
                row(out, v, t);
            }
        }
        out.flush();
    }

    public static String toTsv(Glossary glossary) {
        StringWriter s = new StringWriter();
        try {
            writeTsv(glossary, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    private static void row(Writer out, String source, Term t) throws IOException {
        out.write(field(source));
        out.write('\t');
        out.write(field(t.target()));
        if (!t.note().isEmpty()) {
            out.write('\t');
            out.write(field(t.note()));
        }
        out.write('\n');
    }

    /** Tabs and line breaks would split the row; a leading # would make it a comment. */
    private static String field(String s) {
        String flat = s.replaceAll("[\\t\\r\\n]+", " ").strip();
        return flat.startsWith("#") ? " " + flat : flat;
    }

    /** TBX v2. */
    public static void writeTbx(Glossary glossary, Writer out) throws IOException {
        writeTbx(glossary, out, TbxVersion.V2);
    }

    public static void writeTbx(Glossary glossary, Writer out, TbxVersion version) throws IOException {
        writeTbx(glossary, out, version, LanguageTags.DEFAULT);
    }

    /** TBX with the given language tags on the Persian and the English term sections. */
    public static void writeTbx(Glossary glossary, Writer out, TbxVersion version, LanguageTags languages)
            throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            boolean v3 = version == TbxVersion.V3;
            x.writeStartDocument("UTF-8", "1.0");
            nl(x, 0);
            if (v3) {
                x.writeStartElement("tbx");
                x.writeDefaultNamespace("urn:iso:std:iso:30042:ed-2");
                x.writeAttribute("type", "TBX-Basic");
                x.writeAttribute("style", "dca");
                x.writeAttribute("xml:lang", languages.source());
            } else {
                x.writeStartElement("martif");
                x.writeAttribute("type", "TBX");
                x.writeAttribute("xml:lang", languages.source());
            }
            nl(x, 1);
            x.writeStartElement(v3 ? "tbxHeader" : "martifHeader");
            x.writeStartElement("fileDesc");
            x.writeStartElement("sourceDesc");
            x.writeStartElement("p");
            x.writeCharacters("Persian-English term base written by Hamgam");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            nl(x, 1);
            x.writeStartElement("text");
            nl(x, 2);
            x.writeStartElement("body");
            int n = 0;
            for (Term t : glossary.terms()) {
                n++;
                nl(x, 3);
                x.writeStartElement(v3 ? "conceptEntry" : "termEntry");
                x.writeAttribute("id", "t" + n);
                if (!t.note().isEmpty()) {
                    nl(x, 4);
                    x.writeStartElement("note");
                    x.writeCharacters(t.note());
                    x.writeEndElement();
                }
                langSection(x, v3, languages.source(), t.source(), t.variants());
                langSection(x, v3, languages.target(), t.target(), t.targetVariants());
                nl(x, 3);
                x.writeEndElement();
            }
            nl(x, 2);
            x.writeEndElement();
            nl(x, 1);
            x.writeEndElement();
            nl(x, 0);
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            out.write('\n');
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write TBX: " + e.getMessage(), e);
        }
    }

    public static String toTbx(Glossary glossary) {
        return toTbx(glossary, TbxVersion.V2);
    }

    public static String toTbx(Glossary glossary, TbxVersion version) {
        return toTbx(glossary, version, LanguageTags.DEFAULT);
    }

    public static String toTbx(Glossary glossary, TbxVersion version, LanguageTags languages) {
        StringWriter s = new StringWriter();
        try {
            writeTbx(glossary, s, version, languages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    private static void langSection(XMLStreamWriter x, boolean v3, String lang, String term,
                                    java.util.List<String> variants) throws XMLStreamException {
        nl(x, 4);
        x.writeStartElement(v3 ? "langSec" : "langSet");
        x.writeAttribute("xml:lang", lang);
        termElement(x, v3, term);
        for (String v : variants) {
            termElement(x, v3, v);
        }
        nl(x, 4);
        x.writeEndElement();
    }

    private static void termElement(XMLStreamWriter x, boolean v3, String term) throws XMLStreamException {
        nl(x, 5);
        x.writeStartElement(v3 ? "termSec" : "tig");
        x.writeStartElement("term");
        x.writeCharacters(term);
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }
}

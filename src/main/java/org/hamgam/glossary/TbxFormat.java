package org.hamgam.glossary;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hamgam.model.Term;

/**
 * TBX term bases: v2 ({@code martif / termEntry / langSet / tig|ntig / term}) and v3 ({@code tbx / conceptEntry /
 * langSec / termSec / term}). The Persian language section gives the source (its further terms are variants),
 * the English one the target (its further terms are synonyms); {@code note} and {@code descrip} elements anywhere in an entry make its note.
 * The parser refuses DOCTYPEs, so no entity is ever expanded and nothing external is fetched.
 */
final class TbxFormat {
    private TbxFormat() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        // The JDK's nesting limit, as for reviewed files: a hostile term base fails with one line, not a stack.
        f.setProperty("jdk.xml.maxElementDepth", "500");
        return f;
    }

    /** One entry being read. */
    private static final class Entry {
        final int line;
        final List<String> persian = new ArrayList<>();
        final List<String> english = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Entry(int line) {
            this.line = line;
        }
    }

    static Glossary read(String name, InputStream in, int priority) throws GlossaryException {
        List<Term> terms = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            // a factory per read: StAX factories are not promised to be thread-safe
            r = factory().createXMLStreamReader(in);
            Entry entry = null;
            String lang = null;
            StringBuilder text = null;
            String textOf = null;
            int depth = 0;
            boolean rootSeen = false;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw error(name, r.getLocation(),
                            "DOCTYPE is not allowed in a term base (remove the <!DOCTYPE …> declaration)");
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        String el = r.getLocalName();
                        if (!rootSeen) {
                            rootSeen = true;
                            if (!el.equals("martif") && !el.equals("tbx")) {
                                throw error(name, r.getLocation(), "not a TBX file: root element is <" + el + ">");
                            }
                        }
                        switch (el) {
                            case "termEntry", "conceptEntry" -> entry = new Entry(r.getLocation().getLineNumber());
                            case "langSet", "langSec" -> lang = langOf(r);
                            case "term", "note", "descrip" -> {
                                if (entry != null && text == null) {
                                    text = new StringBuilder();
                                    textOf = el;
                                }
                            }
                            default -> {
                            }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text != null) {
                            text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        String el = r.getLocalName();
                        if (text != null && el.equals(textOf)) {
                            String value = text.toString().strip().replaceAll("\\s+", " ");
                            text = null;
                            textOf = null;
                            if (!value.isEmpty()) {
                                if (el.equals("term")) {
                                    if (lang != null && CsvFormat.isPersian(lang)) {
                                        entry.persian.add(value);
                                    } else if (lang != null && CsvFormat.isEnglish(lang)) {
                                        entry.english.add(value);
                                    }
                                } else if (!entry.notes.contains(value)) {
                                    entry.notes.add(value);
                                }
                            }
                        }
                        switch (el) {
                            case "langSet", "langSec" -> lang = null;
                            case "termEntry", "conceptEntry" -> {
                                if (entry != null) {
                                    addEntry(name, entry, priority, terms, warnings);
                                }
                                entry = null;
                            }
                            default -> {
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            if (!rootSeen) {
                throw new GlossaryException(name, "empty XML document");
            }
        } catch (XMLStreamException e) {
            Location loc = e.getLocation();
            String msg = e.getMessage();
            int cut = msg == null ? -1 : msg.indexOf("Message: ");
            String detail = cut >= 0 ? msg.substring(cut + 9) : String.valueOf(msg);
            throw loc == null ? new GlossaryException(name, "malformed XML: " + detail, e)
                    : new GlossaryException(name, loc.getLineNumber(), loc.getColumnNumber(), "malformed XML: " + detail, e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the stream's owner closes it
                }
            }
        }
        return Glossary.build(terms, warnings);
    }

    private static String langOf(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if ("lang".equals(r.getAttributeLocalName(i))
                    && (XMLConstants.XML_NS_URI.equals(r.getAttributeNamespace(i)) || "xml".equals(r.getAttributePrefix(i)))) {
                return r.getAttributeValue(i).strip().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static void addEntry(String name, Entry e, int priority, List<Term> terms, List<String> warnings) {
        String where = name + ":" + e.line;
        if (e.persian.isEmpty() || e.english.isEmpty()) {
            warnings.add(where + ": entry has no " + (e.persian.isEmpty() ? "Persian" : "English") + " term; skipped");
            return;
        }
        List<String> variants = e.persian.subList(1, e.persian.size()).stream().distinct()
                .filter(v -> !v.equals(e.persian.get(0))).toList();
        Term t = Rows.term(name, e.line, e.persian.get(0), e.english.get(0), String.join("; ", e.notes), variants,
                priority, warnings);
        if (t != null) {
            // The language section's further English terms are synonyms a translation may use.
            List<String> synonyms = new ArrayList<>(t.targetVariants());
            e.english.subList(1, e.english.size()).stream()
                    .filter(v -> !v.equals(t.target()) && !synonyms.contains(v)).forEach(synonyms::add);
            terms.add(t.withTargetVariants(synonyms));
        }
    }

    private static GlossaryException error(String name, Location loc, String message) {
        return new GlossaryException(name, loc.getLineNumber(), loc.getColumnNumber(), message, null);
    }
}

package org.hamgam.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A tiny streaming XML writer: structural elements on their own indented lines, text content written
 * exactly (no indentation inside it). Hand-written rather than {@code XMLStreamWriter} so that the
 * escaping is the same on every JDK: {@code >} is always escaped (so {@code ]]>} can never appear),
 * carriage returns survive parsing as character references, and characters XML 1.0 cannot carry are
 * replaced (or, in XLIFF 2 content, written as {@code <cp hex=".."/>}).
 */
final class XmlOut {
    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;

    XmlOut(Writer out) {
        this.out = out;
    }

    /**
     * A writer for a part of a document that is assembled later: what it writes is indented as the content of the
     * given elements, outermost first, which the assembling writer opens and closes itself.
     */
    static XmlOut inside(Writer out, String... elements) {
        XmlOut x = new XmlOut(out);
        for (String element : elements) {
            x.open.push(element);
        }
        return x;
    }

    /**
     * Writes a part made by {@link #inside} at the point it was made for; an empty part writes nothing, so that an
     * element left without content is still written as {@code <x/>}.
     */
    XmlOut raw(String part) throws IOException {
        if (!part.isEmpty()) {
            closeStartTag();
            out.write(part);
        }
        return this;
    }

    void flush() throws IOException {
        out.flush();
    }

    void declaration() throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    /** Opens an element on a new indented line; {@code attrs} are name/value pairs, null values are left out. */
    XmlOut start(String name, String... attrs) throws IOException {
        closeStartTag();
        newline();
        out.write('<');
        out.write(name);
        attributes(attrs);
        open.push(name);
        startTagOpen = true;
        return this;
    }

    /** Closes the innermost element; an element without children is written as {@code <x/>}. */
    XmlOut end() throws IOException {
        String name = open.pop();
        if (startTagOpen) {
            out.write("/>");
            startTagOpen = false;
        } else {
            newline();
            out.write("</");
            out.write(name);
            out.write('>');
        }
        return this;
    }

    /** An element with only text content, written on one line with the text exactly as given. */
    XmlOut leaf(String name, String text, String... attrs) throws IOException {
        return leaf(name, text, false, attrs);
    }

    /**
     * Like {@link #leaf(String, String, String...)}; with {@code codePoints} true, characters XML cannot carry are
     * written as XLIFF 2 {@code <cp hex="..."/>} elements so that nothing is lost.
     */
    XmlOut leaf(String name, String text, boolean codePoints, String... attrs) throws IOException {
        closeStartTag();
        newline();
        out.write('<');
        out.write(name);
        attributes(attrs);
        if (text.isEmpty()) {
            out.write("/>");
            return this;
        }
        out.write('>');
        out.write(codePoints ? contentWithCp(text) : text(text));
        out.write("</");
        out.write(name);
        out.write('>');
        return this;
    }

    /**
     * Elements nested in one another around {@code text}, outermost first, on one indented line:
     * {@code <a><b>text</b></a>}. TBX keeps a term and its wrapper on one line, the way term bases are read.
     */
    XmlOut nested(String text, String... names) throws IOException {
        closeStartTag();
        newline();
        for (String name : names) {
            out.write('<');
            out.write(name);
            out.write('>');
        }
        out.write(text(text));
        for (int i = names.length - 1; i >= 0; i--) {
            out.write("</");
            out.write(names[i]);
            out.write('>');
        }
        return this;
    }

    /**
     * Closes the innermost start tag now, so that the element ends with an end tag on a line of its own even if
     * nothing is written into it.
     */
    XmlOut withEndTag() throws IOException {
        closeStartTag();
        return this;
    }

    /** Finishes the document with a final line break. */
    void finish() throws IOException {
        while (!open.isEmpty()) {
            end();
        }
        out.write('\n');
        out.flush();
    }

    private void attributes(String... attrs) throws IOException {
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] == null) {
                continue;
            }
            out.write(' ');
            out.write(attrs[i]);
            out.write("=\"");
            out.write(attr(attrs[i + 1]));
            out.write('"');
        }
    }

    private void closeStartTag() throws IOException {
        if (startTagOpen) {
            out.write('>');
            startTagOpen = false;
        }
    }

    private void newline() throws IOException {
        out.write('\n');
        for (int i = 0; i < open.size(); i++) {
            out.write("  ");
        }
    }

    /** Escapes text content; characters XML 1.0 forbids become U+FFFD. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        appendEscaped(b, s, false, false);
        return b.toString();
    }

    /** Escapes an attribute value; tabs and line breaks are kept as character references. */
    static String attr(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        appendEscaped(b, s, true, false);
        return b.toString();
    }

    static String contentWithCp(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        appendEscaped(b, s, false, true);
        return b.toString();
    }

    private static void appendEscaped(StringBuilder b, String s, boolean attribute, boolean codePoints) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                // A raw CR would be turned into LF by every parser; tab and LF in attributes into spaces.
                case '\r' -> b.append("&#13;");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (isXmlChar(cp)) {
                        b.appendCodePoint(cp);
                    } else if (codePoints && !Character.isSurrogate((char) cp)) {
                        b.append("<cp hex=\"").append(String.format(java.util.Locale.ROOT, "%04X", cp)).append("\"/>");
                    } else {
                        b.append('\uFFFD');
                    }
                }
            }
        }
    }

    /** The XML 1.0 {@code Char} production. */
    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}

package org.hamgam.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Reads pairs from an XLIFF 1.2 or 2.x file: each {@code trans-unit} (1.2) or {@code segment} (2.x) source and
 * target, leaving out units marked {@code translate="no"}. Parsing streams with document type declarations refused
 * and no external entities, and keeps the line and column of every unit for messages. A run's XLIFF 2 says more in
 * its units' metadata and notes ({@link XliffWriter}): each segment's row id ({@code <mda:meta type="row">}), which
 * names the pair as the run's other outputs name it, and the reviewer's no-counterpart decisions (a note of category
 * {@code qa:no-counterpart} with id {@code SEGMENT-qN}).
 */
final class XliffPairReader implements PairReader {
    @Override
    public List<QaPair> read(String name, byte[] content) throws IOException {
        return readInput(name, content).pairs();
    }

    /** The pairs with the decisions a run's XLIFF carries. */
    QaInput readInput(String name, byte[] content) throws IOException {
        return read(name, new ByteArrayInputStream(content));
    }

    private static QaInput read(String name, InputStream in) throws IOException {
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
            throw new MalformedFileException(name, 1, 1, "not an XLIFF document");
        }
        return new QaInput(handler.pairs, handler.noCounterpart);
    }

    private enum Format { XLIFF1, XLIFF2 }

    /** Collects pairs from XLIFF while streaming; keeps the position of each unit for messages. */
    private static final class PairHandler extends DefaultHandler {
        /** Inline elements whose content is native code, not text. */
        private static final Set<String> CODE_ELEMENTS = Set.of("bpt", "ept", "it", "ph", "ut",
                "sub");

        private final String name;
        private final List<QaPair> pairs = new ArrayList<>();
        private final Map<String, String> noCounterpart = new LinkedHashMap<>();
        /** The unit's row ids and reviewers, by segment id, from its bead metadata. */
        private final Map<String, String> rowOf = new HashMap<>();
        private final Map<String, String> reviewerOf = new HashMap<>();
        /** The unit's segments a reviewer accepted as having no English. */
        private final Set<String> settled = new HashSet<>();
        private String metaSegment;
        private String metaType;
        private StringBuilder metaText;
        private Format format;
        private Locator locator;

        private int depth;
        private int unitDepth = -1;
        private int unitLine;
        private int unitColumn;
        private String unitId;
        private final java.util.Set<String> resnames = new java.util.HashSet<>();
        private int unitNumber;
        private boolean notForTranslation;
        private int segmentNumber;
        private String segmentId;
        private int segmentLine;
        private int segmentColumn;
        private final List<QaPair> unitSegments = new ArrayList<>();
        private boolean anonymous;

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
                if (!el.equals("xliff")) {
                    throw fail("expected an <xliff> root element, found <" + el + ">");
                }
                format = atts.getValue("version") != null && atts.getValue("version").startsWith("1")
                        || uri.endsWith(":1.2") ? Format.XLIFF1 : Format.XLIFF2;
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
                case XLIFF1 -> startXliff1(el, atts);
                case XLIFF2 -> startXliff2(el, atts);
                default -> {
                }
            }
        }

        private void startXliff1(String el, Attributes atts) {
            switch (el) {
                case "trans-unit" -> beginUnit(unitName(atts), "no".equals(value(atts, "translate")));
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
                case "metaGroup" -> metaSegment = null;
                case "meta" -> {
                    if (unitDepth > 0) {
                        metaType = value(atts, "type");
                        metaText = new StringBuilder();
                    }
                }
                case "note" -> {
                    String id = value(atts, "id");
                    if (unitDepth > 0 && value(atts, "category").equals("qa:no-counterpart")
                            && id.matches(".+-q\\d+")) {
                        settled.add(id.substring(0, id.lastIndexOf("-q")));
                    }
                }
                default -> {
                }
            }
        }

        /** Keeps what a run's bead metadata says of its segment: the metadata comes before the segments. */
        private void endMeta() {
            String value = metaText.toString().strip();
            metaText = null;
            switch (metaType) {
                case "segment" -> metaSegment = value;
                case "row" -> {
                    if (metaSegment != null && !value.isEmpty()) {
                        rowOf.put(metaSegment, value);
                    }
                }
                case "reviewer" -> {
                    if (metaSegment != null) {
                        reviewerOf.put(metaSegment, value);
                    }
                }
                default -> {
                }
            }
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
            if (metaText != null) {
                metaText.append(ch, start, length);
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
            if (metaText != null && el.equals("meta")) {
                endMeta();
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
            String sid = segmentId.isEmpty() ? id + "/" + segmentNumber : rowOf.getOrDefault(segmentId, segmentId);
            String english = target == null ? "" : target;
            unitSegments.add(QaPair.of(sid, source, english));
            // English written since the decision (in a CAT tool) outlives it: the pair is checked as any other.
            if (settled.contains(segmentId) && english.isBlank()) {
                noCounterpart.put(sid, reviewerOf.getOrDefault(segmentId, ""));
            }
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
                rowOf.clear();
                reviewerOf.clear();
                settled.clear();
                return;
            }
            String id = unitId == null || unitId.isEmpty() ? "u" + unitNumber : unitId;
            if (source == null) {
                throw new SAXException(new MalformedFileException(name, unitLine, unitColumn,
                        "trans-unit without <source>"));
            }
            if (!notForTranslation) {
                pairs.add(QaPair.of(id, source, target == null ? "" : target));
            }
        }

        /**
         * A 1.2 unit's name: its resname, the row id the run's other files use (art:3), while resnames are unique in
         * the file, as other tools do not promise; else its id.
         */
        private String unitName(Attributes atts) {
            String resname = value(atts, "resname");
            return !resname.isEmpty() && resnames.add(resname) ? resname : value(atts, "id");
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

package org.hamgam.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a file a reviewer edited — XLIFF 2.x, XLIFF 1.2 or a TSV with a header row — and returns the pairs a
 * person approved plus what changed against the file Hamgam generated. Reads only; appending the approved pairs
 * to the project memory is {@link TmxMemory}'s job.
 *
 * <p>Approved means: XLIFF 2 {@code state} {@code translated}, {@code reviewed} or {@code final}; XLIFF 1.2 target
 * {@code state} {@code translated}, {@code signed-off} or {@code final}, or {@code approved="yes"}; TSV
 * {@code state} (or {@code status}) column {@code translated}, {@code reviewed}, {@code final} or
 * {@code approved}; the TSV {@link TsvWriter} writes has no such column, so there an English the reviewer changed
 * (compared with the generated file) counts as approved. The TSV's columns are found by header name: {@code id},
 * {@code persian} (or {@code source}, {@code fa}), {@code english} (or {@code target}, {@code en}) and
 * {@code state}; cells are unescaped as {@link TsvWriter} escapes them, and a row with another number of cells than
 * the header, or an id an earlier row has, is an error naming the line ({@link TsvRows}). XML is read with
 * {@link SafeXml}: DOCTYPEs are refused and a malformed file is an error naming line and column.
 *
 * <p>Nothing foreign reaches the memory: an XLIFF whose languages are not Persian to English, or a binary file,
 * is refused whole; a segment whose id the run did not write (and that is no split of one it wrote), or whose
 * text holds an element XLIFF does not define inline, is refused and listed. Inline codes give no text: a
 * placeholder's content is the original's markup, not words.
 */
public final class ReviewImporter {
    private static final Set<String> APPROVED_2 = Set.of("translated", "reviewed", "final");
    private static final Set<String> APPROVED_12 = Set.of("translated", "signed-off", "final");
    private static final Set<String> APPROVED_TSV = Set.of("translated", "reviewed", "final", "approved");
    /** Inline elements that wrap text (XLIFF 2 and 1.2): their content is part of the segment. */
    private static final Set<String> WRAPPERS = Set.of("pc", "mrk", "g", "sub");
    /** Inline codes (XLIFF 2 and 1.2): markup of the original, never text of the segment. */
    private static final Set<String> CODES = Set.of("ph", "sc", "ec", "sm", "em", "x", "bx", "ex", "bpt", "ept", "it");
    private static final int BINARY_PROBE = 8192;

    private final boolean acceptEdited;

    /** An importer that takes as approved what the file's states say a person approved. */
    public ReviewImporter() {
        this(false);
    }

    /**
     * @param acceptEdited take every target a person changed against the generated file as approved too, whatever
     *                     its state says (for reviewers who edit in a tool that does not set states)
     */
    public ReviewImporter(boolean acceptEdited) {
        this.acceptEdited = acceptEdited;
    }

    /**
     * One segment as a file states it.
     *
     * @param refusal why the segment may not enter the memory, empty when it may
     */
    public record Entry(String id, String row, String source, String target, String state, boolean approved,
                        String refusal) {
        public Entry {
            Objects.requireNonNull(id, "id");
            row = row == null ? "" : row;
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            state = state == null ? "" : state;
            refusal = refusal == null ? "" : refusal;
        }

        public Entry(String id, String row, String source, String target, String state, boolean approved) {
            this(id, row, source, target, state, approved, "");
        }

        Entry refused(String reason) {
            return new Entry(id, row, source, target, state, approved, refusal.isEmpty() ? reason : refusal);
        }
    }

    /** A segment that was approved but may not enter the memory, and why. */
    public record Refusal(String id, String reason) {
    }

    /** A pair a person approved, ready for the translation memory. */
    public record ApprovedPair(String file, String id, String row, String source, String target, String state) {
    }

    /** What a reviewer changed in one segment. */
    public record Change(String id, Kind kind, String before, String after) {
        /** The kinds of change. */
        public enum Kind { TARGET_EDITED, STATE_CHANGED, SOURCE_EDITED, MERGED, SPLIT, ADDED, REMOVED }
    }

    /** The outcome of reading one reviewed file. */
    public record Result(String file, String format, List<Entry> entries, List<ApprovedPair> approved,
                         List<Change> changes, List<Refusal> refused) {
        public Result {
            entries = List.copyOf(entries);
            approved = List.copyOf(approved);
            changes = List.copyOf(changes);
            refused = List.copyOf(refused);
        }

        /** The changes as a plain-text table, one line a change; tabs and line breaks in texts are shown escaped. */
        public String table() {
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[] {"segment", "change", "before", "after"});
            for (Change c : changes) {
                lines.add(new String[] {c.id(), c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        visible(c.before()), visible(c.after())});
            }
            int[] width = new int[4];
            for (String[] line : lines) {
                for (int i = 0; i < 3; i++) {
                    width[i] = Math.max(width[i], line[i].length());
                }
            }
            StringBuilder out = new StringBuilder();
            out.append(file).append(" (").append(format).append("): ").append(approved.size()).append(" approved, ")
                    .append(changes.size()).append(" changes\n");
            for (String[] line : lines) {
                for (int i = 0; i < 3; i++) {
                    out.append(line[i]).append(" ".repeat(width[i] - line[i].length() + 2));
                }
                out.append(line[3]).append('\n');
            }
            for (Refusal r : refused) {
                out.append("refused ").append(r.id()).append(": ").append(r.reason()).append('\n');
            }
            return out.toString();
        }

        private static String visible(String s) {
            return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
        }
    }

    /** Reads a reviewed file alone: approved pairs, no comparison. */
    public Result read(Path reviewed) throws IOException {
        return read(reviewed, null);
    }

    /**
     * Reads a reviewed file and compares it with the generated one.
     *
     * @param generated the file Hamgam wrote, or null when it is not at hand (then only states are reported)
     */
    public Result read(Path reviewed, Path generated) throws IOException {
        Parsed mine = parse(reviewed);
        List<Entry> entries = mine.entries();
        List<Change> changes;
        if (generated == null) {
            changes = stateChanges(entries);
        } else {
            List<Entry> before = parse(generated).entries();
            // What the reviewer changed, before an edit is read as an approval: that reading is no change of state.
            changes = compare(before, entries);
            if (!mine.states() || acceptEdited) {
                entries = editedAreApproved(before, entries);
            }
            entries = refuseUnwritten(entries, before, changes);
        }
        List<ApprovedPair> approved = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (Entry e : entries) {
            if (e.approved() && !e.source().isEmpty() && !e.target().isEmpty()) {
                if (e.refusal().isEmpty()) {
                    approved.add(new ApprovedPair(reviewed.getFileName().toString(), e.id(), e.row(), e.source(),
                            e.target(), e.state()));
                } else {
                    refused.add(new Refusal(e.id(), e.refusal()));
                }
            }
        }
        return new Result(reviewed.toString(), mine.format(), entries, approved, changes, refused);
    }

    /** A segment the run did not write, and that is no split of one it wrote, is no review of its output. */
    private static List<Entry> refuseUnwritten(List<Entry> entries, List<Entry> generated, List<Change> changes) {
        Set<String> written = new java.util.HashSet<>();
        generated.forEach(e -> written.add(e.id()));
        changes.stream().filter(c -> c.kind() == Change.Kind.SPLIT).forEach(c -> written.add(c.id()));
        return entries.stream()
                .map(e -> written.contains(e.id()) ? e : e.refused("no segment " + e.id() + " in the generated file"))
                .toList();
    }

    /** @param states whether the file can say that a person approved a segment */
    private record Parsed(String format, List<Entry> entries, boolean states) {
    }

    /** Without a state column, an English a person changed is what they approved. */
    private static List<Entry> editedAreApproved(List<Entry> generated, List<Entry> reviewed) {
        Map<String, Entry> before = new HashMap<>();
        generated.forEach(e -> before.put(e.id(), e));
        List<Entry> out = new ArrayList<>(reviewed.size());
        for (Entry e : reviewed) {
            Entry was = before.get(e.id());
            boolean edited = was != null && !was.target().equals(e.target());
            out.add(new Entry(e.id(), e.row(), e.source(), e.target(), edited ? "edited" : e.state(),
                    e.approved() || edited, e.refusal()));
        }
        return out;
    }

    private static Parsed parse(Path file) throws IOException {
        refuseBinary(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tsv")) {
            return readTsv(file);
        }
        Document doc = SafeXml.parse(file);
        Element root = doc.getDocumentElement();
        String ns = Objects.toString(root.getNamespaceURI(), "");
        if (ns.equals(XliffWriter.NS)) {
            checkLanguages(file, root.getAttribute("srcLang"), root.getAttribute("trgLang"));
            return new Parsed("xliff2", readXliff2(root), true);
        }
        if (ns.equals(Xliff12Writer.NS)) {
            for (Element f : Dom.descendants(root, Xliff12Writer.NS, "file")) {
                checkLanguages(file, f.getAttribute("source-language"), f.getAttribute("target-language"));
            }
            return new Parsed("xliff1.2", readXliff12(root), true);
        }
        throw new MalformedFileException(file.toString(), -1, -1, "neither XLIFF 2 nor XLIFF 1.2 (root element "
                + root.getTagName() + " in namespace '" + ns + "')");
    }

    /** Persian to English, or the file says nothing: the memory is Persian–English only. */
    private static void checkLanguages(Path file, String source, String target) throws MalformedFileException {
        boolean sourceOk = source.isEmpty() || base(source).equals("fa");
        boolean targetOk = target.isEmpty() || base(target).equals("en");
        if (!sourceOk || !targetOk) {
            throw new MalformedFileException(file.toString(), -1, -1, "languages " + source + " to " + target
                    + ", not Persian (fa) to English (en): not imported into the Persian–English memory");
        }
    }

    private static String base(String lang) {
        return lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    private static void refuseBinary(Path file) throws IOException {
        byte[] head = new byte[BINARY_PROBE];
        int read;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        for (int i = 0; i < read; i++) {
            if (head[i] == 0) {
                throw new MalformedFileException(file.toString(), -1, -1,
                        "a binary file (a NUL byte at offset " + i + "), not XLIFF or TSV text");
            }
        }
    }

    private static List<Entry> readXliff2(Element root) {
        Map<String, String> rows = new HashMap<>();
        for (Element group : Dom.descendants(root, XliffWriter.NS_MDA, "metaGroup")) {
            String segment = null;
            String row = null;
            for (Element meta : Dom.children(group, XliffWriter.NS_MDA, "meta")) {
                switch (meta.getAttribute("type")) {
                    case "segment" -> segment = meta.getTextContent();
                    case "row" -> row = meta.getTextContent();
                    default -> { }
                }
            }
            if (segment != null && row != null) {
                rows.put(segment, row);
            }
        }
        List<Entry> entries = new ArrayList<>();
        int anonymous = 0;
        for (Element segment : Dom.descendants(root, XliffWriter.NS, "segment")) {
            if ("no".equals(((Element) segment.getParentNode()).getAttribute("translate"))) {
                continue; // boilerplate, kept in place but not for translation
            }
            String id = segment.hasAttribute("id") ? segment.getAttribute("id") : "#" + (++anonymous);
            String state = segment.hasAttribute("state") ? segment.getAttribute("state") : "initial";
            Element source = Dom.first(segment, XliffWriter.NS, "source");
            Element target = Dom.first(segment, XliffWriter.NS, "target");
            entries.add(entry(id, rows.get(id), source, target, state, APPROVED_2.contains(state)));
        }
        return entries;
    }

    private static List<Entry> readXliff12(Element root) {
        List<Entry> entries = new ArrayList<>();
        for (Element unit : Dom.descendants(root, Xliff12Writer.NS, "trans-unit")) {
            if ("no".equals(unit.getAttribute("translate"))) {
                continue;
            }
            Element source = Dom.first(unit, Xliff12Writer.NS, "source");
            Element target = Dom.first(unit, Xliff12Writer.NS, "target");
            String state = target == null ? "" : target.getAttribute("state");
            boolean approved = "yes".equals(unit.getAttribute("approved")) || APPROVED_12.contains(state);
            entries.add(entry(unit.getAttribute("id"), unit.getAttribute("resname"), source, target, state, approved));
        }
        return entries;
    }

    /** An XLIFF segment; one whose source or target holds an element XLIFF does not define inline is refused. */
    private static Entry entry(String id, String row, Element source, Element target, String state, boolean approved) {
        List<String> foreign = new ArrayList<>();
        String src = source == null ? "" : inline(source, foreign);
        String tgt = target == null ? "" : inline(target, foreign);
        return new Entry(id, row, src, tgt, state, approved,
                foreign.isEmpty() ? "" : "element <" + foreign.get(0) + "> is not XLIFF inline markup");
    }

    private static Parsed readTsv(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new MalformedFileException(file.toString(), -1, -1, "not UTF-8 text");
        }
        if (lines.isEmpty()) {
            throw new IOException(file + ": empty TSV");
        }
        String[] header = lines.get(0).replace("\uFEFF", "").split("\t", -1);
        int id = column(header, "id", "row");
        int source = column(header, "source", "fa", "persian");
        int target = column(header, "target", "en", "english");
        int state = column(header, "state", "status");
        if (source < 0 || target < 0) {
            throw new IOException(file + ":1: the header names no source and target columns");
        }
        TsvRows rows = new TsvRows(file.toString(), header.length);
        List<Entry> entries = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isEmpty()) {
                continue;
            }
            TsvRows.Cells cols = rows.cells(n + 1, lines.get(n));
            String rowId = id >= 0 ? cols.text(id) : Integer.toString(n);
            if (id >= 0) {
                rows.id(n + 1, rowId, cols.column(id));
            }
            String st = state >= 0 ? cols.text(state).trim() : "";
            entries.add(new Entry(rowId, rowId, cols.text(source), cols.text(target), st,
                    APPROVED_TSV.contains(st.toLowerCase(Locale.ROOT))));
        }
        return new Parsed("tsv", entries, state >= 0);
    }

    private static int column(String[] header, String... names) {
        for (int i = 0; i < header.length; i++) {
            String h = header[i].trim().toLowerCase(Locale.ROOT);
            for (String name : names) {
                if (h.equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static List<Change> stateChanges(List<Entry> entries) {
        List<Change> changes = new ArrayList<>();
        for (Entry e : entries) {
            if (e.approved()) {
                changes.add(new Change(e.id(), Change.Kind.STATE_CHANGED, "", e.state()));
            }
        }
        return changes;
    }

    /** Compares segment by segment; a vanished segment whose source now sits in another was merged into it. */
    static List<Change> compare(List<Entry> generated, List<Entry> reviewed) {
        Map<String, Entry> before = new LinkedHashMap<>();
        generated.forEach(e -> before.put(e.id(), e));
        Map<String, Entry> after = new LinkedHashMap<>();
        reviewed.forEach(e -> after.put(e.id(), e));
        List<Change> changes = new ArrayList<>();
        for (Entry now : reviewed) {
            Entry was = before.get(now.id());
            if (was == null) {
                Entry parent = generated.stream()
                        .filter(g -> !now.source().isBlank() && g.source().contains(now.source().strip()))
                        .findFirst().orElse(null);
                changes.add(parent == null
                        ? new Change(now.id(), Change.Kind.ADDED, "", now.source())
                        : new Change(now.id(), Change.Kind.SPLIT, parent.id() + ": " + parent.source(), now.source()));
                continue;
            }
            if (!was.source().equals(now.source())) {
                changes.add(new Change(now.id(), Change.Kind.SOURCE_EDITED, was.source(), now.source()));
            }
            if (!was.target().equals(now.target())) {
                changes.add(new Change(now.id(), Change.Kind.TARGET_EDITED, was.target(), now.target()));
            }
            if (!was.state().equals(now.state())) {
                changes.add(new Change(now.id(), Change.Kind.STATE_CHANGED, was.state(), now.state()));
            }
        }
        for (Entry was : generated) {
            if (after.containsKey(was.id())) {
                continue;
            }
            Entry host = reviewed.stream()
                    .filter(r -> !was.source().isBlank() && r.source().contains(was.source().strip()))
                    .findFirst().orElse(null);
            changes.add(host == null
                    ? new Change(was.id(), Change.Kind.REMOVED, was.source(), "")
                    : new Change(was.id(), Change.Kind.MERGED, was.source(), host.id() + ": " + host.source()));
        }
        return changes;
    }

    /**
     * The text of an XLIFF source or target: elements that wrap text give their content, {@code <cp>} its
     * character, inline codes nothing; the names of elements XLIFF does not define inline go to {@code foreign}.
     */
    static String inline(Element element, List<String> foreign) {
        StringBuilder out = new StringBuilder();
        appendInline(element, out, foreign);
        return out.toString();
    }

    /** As {@link #inline(Element, List)}, ignoring foreign elements' names. */
    static String inline(Element element) {
        return inline(element, new ArrayList<>());
    }

    private static void appendInline(Node node, StringBuilder out, List<String> foreign) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                String name = e.getLocalName();
                boolean xliff = XliffWriter.NS.equals(e.getNamespaceURI()) || Xliff12Writer.NS.equals(e.getNamespaceURI());
                if (xliff && "cp".equals(name) && e.hasAttribute("hex")) {
                    try {
                        out.appendCodePoint(Integer.parseInt(e.getAttribute("hex"), 16));
                    } catch (IllegalArgumentException bad) {
                        out.append('\uFFFD');
                    }
                } else if (xliff && WRAPPERS.contains(name)) {
                    appendInline(e, out, foreign);
                } else if (!xliff || !CODES.contains(name)) {
                    foreign.add(e.getTagName());
                }
            }
        }
    }
}

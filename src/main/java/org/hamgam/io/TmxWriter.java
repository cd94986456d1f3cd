package org.hamgam.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.hamgam.model.Bitext;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.Row;

/**
 * Writes a document's beads as a TMX 1.4b translation memory ({@code NAME.tmx}): one {@code tu} per bead that
 * has both a Persian and an English text, {@code tuv xml:lang} from the run's language tags ({@code fa} and
 * {@code en} unless asked otherwise, the same as every other format), and {@code prop} entries for the bead type, its confidence and where the English came from, so that a memory built from
 * drafts is never mistaken for one built from translations. Beads with one side empty (1-0, 0-1, no draft)
 * are no translation pairs and are left out; boilerplate is not translated text and is left out too. So is a draft
 * no person has written or accepted ({@link Row#unconfirmedDraft()}): a fuzzy match or a machine translation of a
 * document without English is a proposal, which a memory would hand on as a translation; the review files carry it.
 *
 * <p>The header's {@code creationdate} is given by the caller rather than read from the clock, so that the same
 * inputs give the same bytes: a run passes the newest modification time of its input documents.
 */
public final class TmxWriter implements BitextWriter {
    private static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final LanguageTags languages;
    private final Instant created;

    /**
     * @param languages the tags of the Persian and the English variants
     * @param created   the header's creation date
     */
    public TmxWriter(LanguageTags languages, Instant created) {
        this.languages = languages;
        this.created = created;
    }

    @Override
    public String fileName(String docId) {
        return docId + ".tmx";
    }

    @Override
    public void write(Bitext bitext, Writer writer) throws IOException {
        write(writer, new Header(languages, created, List.of(new Prop("x-document", bitext.docId()))),
                units(bitext, TmxWriter::isPair));
    }

    /** One document's part of the batch's {@code batch.tmx}: its units, each naming the document. */
    public String batchPart(Bitext bitext) throws IOException {
        return part(languages, units(bitext, TmxWriter::isPair));
    }

    /** {@link #batchPart(Bitext)} written into {@code out}. */
    public void batchPart(Bitext bitext, Writer out) throws IOException {
        part(languages, units(bitext, TmxWriter::isPair), out);
    }

    /**
     * Every document's pairs in one memory, the batch's {@code batch.tmx}, from the documents' parts
     * ({@link #batchPart}) in their order, read one at a time.
     */
    public void writeBatch(List<Path> parts, Writer writer) throws IOException {
        assemble(writer, new Header(languages, created,
                List.of(new Prop("x-documents", String.valueOf(parts.size())))), parts);
    }

    /** Whether a row belongs in a memory of translations: anything but a draft no person confirmed. */
    private static boolean isPair(Row row) {
        return !row.unconfirmedDraft();
    }

    /**
     * The rows with both texts that {@code keep} accepts, with their properties; a memory of translations keeps
     * {@link #isPair} rows, OmegaT's memory of machine drafts keeps the drafts.
     */
    static List<Unit> units(Bitext bitext, Predicate<Row> keep) {
        List<Unit> units = new ArrayList<>();
        for (Row row : bitext.rows()) {
            if (row.sourceText().isEmpty() || row.targetText().isEmpty() || !keep.test(row)) {
                continue;
            }
            units.add(new Unit(row.id(), row.sourceText(), row.targetText(), List.of(
                    new Prop("x-document", bitext.docId()),
                    new Prop("x-bead-type", row.beadType()),
                    new Prop("x-bead", row.bead().notation()),
                    new Prop("x-score", Layout.score(row.bead().score())),
                    new Prop("x-origin", row.draft().origin().label()),
                    new Prop("x-engine", row.draft().engine()),
                    new Prop("x-draft-score", Layout.score(row.draft().score())))));
        }
        return units;
    }

    /** The memory-wide facts of a TMX file: its languages, creation date and properties. */
    record Header(LanguageTags languages, Instant created, List<Prop> props) {
        Header {
            props = List.copyOf(props);
        }
    }

    /** A {@code prop} of a header or a translation unit; user-defined types start with {@code x-}. */
    record Prop(String type, String value) {
    }

    /** One translation unit: a Persian and an English text with their properties. */
    record Unit(String id, String fa, String en, List<Prop> props) {
        Unit {
            props = List.copyOf(props);
        }
    }

    /**
     * Writes a complete TMX document; shared with the project memory, which rewrites its file as a whole. Memories
     * of a whole batch are assembled from parts instead ({@link #assemble}).
     */
    static void write(Writer writer, Header header, List<Unit> units) throws IOException {
        write(writer, header, x -> units(x, header.languages(), units));
    }

    /** Writes a complete TMX document whose body is the given parts ({@link #part}), read one at a time. */
    static void assemble(Writer writer, Header header, List<Path> parts) throws IOException {
        write(writer, header, x -> {
            for (Path part : parts) {
                x.raw(Files.readString(part, StandardCharsets.UTF_8));
            }
        });
    }

    /**
     * Units as they stand in a TMX body: a part of a memory that is assembled later ({@link #assemble}), so that a
     * batch memory never holds more than one document's units.
     */
    static String part(LanguageTags languages, List<Unit> units) throws IOException {
        StringWriter out = new StringWriter();
        part(languages, units, out);
        return out.toString();
    }

    static void part(LanguageTags languages, List<Unit> units, Writer out) throws IOException {
        units(XmlOut.inside(out, "tmx", "body"), languages, units);
    }

    private interface Body {
        void write(XmlOut x) throws IOException;
    }

    private static void write(Writer writer, Header header, Body body) throws IOException {
        XmlOut x = new XmlOut(writer);
        x.declaration();
        x.start("tmx", "version", "1.4");
        x.start("header", "creationtool", "Hamgam", "creationtoolversion", version(), "segtype", "sentence",
                "o-tmf", "Hamgam", "adminlang", "en", "srclang", header.languages().source(), "datatype", "plaintext",
                "creationdate", TMX_DATE.format(header.created().truncatedTo(ChronoUnit.SECONDS)));
        for (Prop prop : header.props()) {
            x.leaf("prop", prop.value(), "type", prop.type());
        }
        x.end();
        x.start("body");
        body.write(x);
        x.finish();
    }

    private static void units(XmlOut x, LanguageTags languages, List<Unit> units) throws IOException {
        String source = languages.source();
        String target = languages.target();
        for (Unit unit : units) {
            x.start("tu", "tuid", unit.id().isEmpty() ? null : unit.id(), "srclang", source);
            for (Prop prop : unit.props()) {
                x.leaf("prop", prop.value(), "type", prop.type());
            }
            x.start("tuv", "xml:lang", source).leaf("seg", unit.fa()).end();
            x.start("tuv", "xml:lang", target).leaf("seg", unit.en()).end();
            x.end();
        }
        x.flush();
    }

    static String version() {
        String version = TmxWriter.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0" : version;
    }
}

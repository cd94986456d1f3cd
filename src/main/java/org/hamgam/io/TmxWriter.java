package org.hamgam.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Bitext;
import org.hamgam.model.Row;

/**
 * Writes a document's beads as a TMX 1.4b translation memory ({@code NAME.tmx}): one {@code tu} per bead that
 * has both a Persian and an English text, {@code tuv xml:lang} {@code fa-IR} and {@code en-US}, and {@code prop}
 * entries for the bead type, its confidence and where the English came from, so that a memory built from
 * drafts is never mistaken for one built from translations. Beads with one side empty (1-0, 0-1, no draft)
 * are no translation pairs and are left out; boilerplate is not translated text and is left out too.
 */
public final class TmxWriter implements BitextWriter {
    static final String SOURCE_LANG = "fa-IR";
    static final String TARGET_LANG = "en-US";

    @Override
    public String fileName(String docId) {
        return docId + ".tmx";
    }

    @Override
    public void write(Bitext bitext, Writer writer) throws IOException {
        List<Unit> units = new ArrayList<>();
        for (Row row : bitext.rows()) {
            if (row.sourceText().isEmpty() || row.targetText().isEmpty()) {
                continue;
            }
            units.add(new Unit(row.id(), row.sourceText(), row.targetText(), List.of(
                    new Prop("x-document", bitext.docId()),
                    new Prop("x-bead-type", row.bead().type()),
                    new Prop("x-bead", row.bead().notation()),
                    new Prop("x-score", Layout.score(row.bead().score())),
                    new Prop("x-origin", row.draft().origin().label()),
                    new Prop("x-engine", row.draft().engine()),
                    new Prop("x-draft-score", Layout.score(row.draft().score())))));
        }
        write(writer, List.of(new Prop("x-document", bitext.docId())), units);
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

    /** Writes a complete TMX document; shared with the project memory, which rewrites its file as a whole. */
    static void write(Writer writer, List<Prop> headerProps, List<Unit> units) throws IOException {
        XmlOut x = new XmlOut(writer);
        x.declaration();
        x.start("tmx", "version", "1.4");
        x.start("header", "creationtool", "Hamgam", "creationtoolversion", version(), "segtype", "sentence",
                "o-tmf", "Hamgam", "adminlang", "en-US", "srclang", SOURCE_LANG, "datatype", "plaintext");
        for (Prop prop : headerProps) {
            x.leaf("prop", prop.value(), "type", prop.type());
        }
        x.end();
        x.start("body");
        for (Unit unit : units) {
            x.start("tu", "tuid", unit.id().isEmpty() ? null : unit.id(), "srclang", SOURCE_LANG);
            for (Prop prop : unit.props()) {
                x.leaf("prop", prop.value(), "type", prop.type());
            }
            x.start("tuv", "xml:lang", SOURCE_LANG).leaf("seg", unit.fa()).end();
            x.start("tuv", "xml:lang", TARGET_LANG).leaf("seg", unit.en()).end();
            x.end();
        }
        x.finish();
    }

    static String version() {
        String version = TmxWriter.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0" : version;
    }
}

package org.hamgam.io;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hamgam.model.Bitext;
import org.hamgam.model.Issue;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.Origin;
import org.hamgam.model.Row;
import org.hamgam.model.TmMatch;
import org.hamgam.model.SkippedSpan;
import org.hamgam.model.TermHit;

/**
 * Writes a document as XLIFF 1.2 ({@code NAME.xliff12.xlf}) for CAT tools that do not read XLIFF 2: one
 * {@code group} per Persian paragraph, one {@code trans-unit} per bead (same reasoning as {@link XliffWriter}),
 * targets with {@code state="needs-review-translation"}, TM and MT drafts also as {@code alt-trans} with
 * {@code match-quality}, and term hits, QA issues and low-confidence beads as notes. Boilerplate is a
 * {@code trans-unit translate="no"} in its place.
 */
public final class Xliff12Writer implements BitextWriter {
    static final String NS = "urn:oasis:names:tc:xliff:document:1.2";

    private final double threshold;
    private final LanguageTags languages;

    /** A writer flagging beads below a confidence of 0.5, in {@code fa} and {@code en}. */
    public Xliff12Writer() {
        this(0.5, LanguageTags.DEFAULT);
    }

    /**
     * @param threshold beads with a lower confidence get a low-confidence note
     * @param languages the source and target language tags
     */
    public Xliff12Writer(double threshold, LanguageTags languages) {
        this.threshold = threshold;
        this.languages = languages;
    }

    @Override
    public String fileName(String docId) {
        return docId + ".xliff12.xlf";
    }

    @Override
    public void write(Bitext bitext, Writer writer) throws IOException {
        XmlOut x = new XmlOut(writer);
        x.declaration();
        x.start("xliff", "xmlns", NS, "version", "1.2");
        x.start("file", "original", bitext.docId(), "source-language", languages.source(),
                "target-language", languages.target(),
                "datatype", "plaintext", "tool-id", "hamgam");
        x.start("header");
        x.leaf("tool", "", "tool-id", "hamgam", "tool-name", "Hamgam");
        // a document without English has no alignment to judge, as index.json says with its null
        x.leaf("note", (bitext.aligned() ? "Alignment quality " + Layout.score(bitext.quality()) + "; review threshold "
                : "No English to align; review threshold ") + Layout.score(threshold) + ".", "from", "hamgam");
        for (String note : bitext.notes()) {
            x.leaf("note", note, "from", "hamgam");
        }
        x.end();
        x.start("body");
        int group = -1;
        int groups = 0;
        for (Layout.Item item : Layout.items(bitext)) {
            if (item.paragraph() != group) {
                if (group != -1) {
                    x.end();
                }
                group = item.paragraph();
                x.start("group", "id", "g" + (++groups), "resname", "p" + (group + 1));
            }
            if (item.isRow()) {
                writeRow(x, item);
            } else {
                writeBoilerplate(x, item.boilerplate());
            }
        }
        x.finish();
    }

    private void writeRow(XmlOut x, Layout.Item item) throws IOException {
        Row row = item.row();
        boolean accepted = row.review().accepted();
        x.start("trans-unit", "id", "s" + item.rowNumber(), "resname", row.id(), "approved", accepted ? "yes" : null,
                "xml:space", "preserve");
        x.leaf("source", row.sourceText(), "xml:lang", languages.source());
        if (!row.draft().isEmpty()) {
            boolean human = row.draft().origin() == Origin.HUMAN;
            x.leaf("target", row.targetText(), "xml:lang", languages.target(),
                    "state", accepted ? "signed-off" : human ? "translated" : "needs-review-translation",
                    "state-qualifier", qualifier(row.draft().origin()));
        }
        for (String note : notes(row)) {
            x.leaf("note", note, "from", "hamgam");
        }
        for (TmMatch match : row.matches()) {
            x.start("alt-trans", "match-quality", String.valueOf(match.similarity()),
                    "origin", match.origin().isEmpty() ? "tm" : match.origin(), "alttranstype", "proposal");
            x.leaf("source", match.source(), "xml:lang", languages.source());
            x.leaf("target", match.target(), "xml:lang", languages.target());
            x.end();
        }
        if (!row.draft().isEmpty() && row.draft().origin() == Origin.MT) {
            x.start("alt-trans", "origin", row.draft().engine().isEmpty() ? "mt" : row.draft().engine(),
                    "alttranstype", "proposal");
            x.leaf("source", row.sourceText(), "xml:lang", languages.source());
            x.leaf("target", row.targetText(), "xml:lang", languages.target());
            x.end();
        }
        x.end();
    }

    /** The row's notes, each once: a term found twice in a bead, or a finding repeated, is one note. */
    private List<String> notes(Row row) {
        Set<String> notes = new LinkedHashSet<>();
        notes.add("Bead " + row.beadType() + " " + row.bead().notation() + ", confidence "
                + Layout.score(row.bead().score()) + "; target " + row.draft().origin().label()
                + (row.draft().engine().isEmpty() ? "" : " (" + row.draft().engine() + ")")
                + ". Original Persian: " + row.sourceOriginal());
        if (!row.review().pending()) {
            notes.add("Review: " + row.review().state().label() + " by " + row.review().reviewer() + " at "
                    + row.review().time() + ".");
        }
        if (row.source().isEmpty()) {
            notes.add("English without a Persian counterpart.");
        }
        if (row.lowConfidence(threshold)) {
            notes.add("Low confidence: below " + Layout.score(threshold) + "; check the alignment.");
        }
        for (TermHit hit : row.terms()) {
            notes.add("Term: " + hit.source() + " = " + String.join(" | ", hit.renderings()));
        }
        for (Issue issue : row.issues()) {
            notes.add(issue.severity().label() + " " + issue.code() + ": " + issue.message()
                    + (issue.suggestion().isEmpty() ? "" : " Suggestion: " + issue.suggestion()));
        }
        return List.copyOf(notes);
    }

    private void writeBoilerplate(XmlOut x, SkippedSpan span) throws IOException {
        x.start("trans-unit", "id", "b" + span.start(), "translate", "no", "xml:space", "preserve");
        x.leaf("source", span.text(), "xml:lang", languages.source());
        x.leaf("note", "Skipped as boilerplate (" + span.reason() + ").", "from", "hamgam");
        x.end();
    }

    /** XLIFF 1.2 state qualifiers that say where a draft came from. */
    private static String qualifier(Origin origin) {
        return switch (origin) {
            case TM -> "leveraged-tm";
            case MT -> "leveraged-mt";
            case GLOSSARY -> "leveraged-glossary";
            default -> null;
        };
    }
}

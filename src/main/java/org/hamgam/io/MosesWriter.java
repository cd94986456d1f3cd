package org.hamgam.io;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.Set;
import org.hamgam.model.Bitext;
import org.hamgam.model.Origin;
import org.hamgam.model.Row;

/**
 * Writes line-aligned parallel text in the Moses style: {@code NAME.fa.txt} and {@code NAME.en.txt}, one bead per
 * line, line n of one file translating line n of the other. Line breaks inside a text become spaces so the
 * alignment cannot slip. For an aligned document, by default only pairs with both sides non-empty are written,
 * and only English that is a translation (aligned, a person's, or a memory's draft a person accepted): drafts
 * make poor training data. A document to translate (no English counterpart) is written whole: every repaired Persian segment on its
 * line, for the translator, and on the English side its draft, whatever it came from, or an empty line.
 */
public final class MosesWriter {
    private static final Set<Origin> TRANSLATIONS = EnumSet.of(Origin.ALIGNED, Origin.HUMAN, Origin.TM);

    private final boolean keepEmpty;
    private final Set<Origin> origins;

    /** Non-empty pairs whose English is aligned, a person's, or a memory's draft a person accepted. */
    public MosesWriter() {
        this(false, TRANSLATIONS);
    }

    /**
     * @param keepEmpty write beads with an empty side too (as an empty line), e.g. to keep one line per bead
     * @param origins   the target origins to write; other beads are left out (or written with an empty English
     *                  line when {@code keepEmpty})
     */
    public MosesWriter(boolean keepEmpty, Set<Origin> origins) {
        this.keepEmpty = keepEmpty;
        this.origins = origins.isEmpty() ? EnumSet.noneOf(Origin.class) : EnumSet.copyOf(origins);
    }

    public String sourceFileName(String docId) {
        return docId + ".fa.txt";
    }

    public String targetFileName(String docId) {
        return docId + ".en.txt";
    }

    /** Writes the Persian lines to {@code fa} and the English lines to {@code en}; both get the same line count. */
    public void write(Bitext bitext, Writer fa, Writer en) throws IOException {
        write(bitext, !bitext.aligned(), fa, en);
    }

    /**
     * Writes only the document's translation pairs, as for an aligned document, whether it has English or not: of
     * a document to translate, only the English a person wrote or accepted, never an unconfirmed draft (a fuzzy
     * match's English may translate another number) nor the empty lines left for the translator. For an aligned document the same lines as {@link #write}; for a corpus made
     * of many documents.
     */
    public void writePairs(Bitext bitext, Writer fa, Writer en) throws IOException {
        write(bitext, false, fa, en);
    }

    private void write(Bitext bitext, boolean toTranslate, Writer fa, Writer en) throws IOException {
        for (Row row : bitext.rows()) {
            String source = line(row.sourceText());
            boolean pair = origins.contains(row.draft().origin()) && !row.unconfirmedDraft();
            String target = toTranslate || pair ? line(row.targetText()) : "";
            boolean keep = keepEmpty || (toTranslate ? !source.isEmpty() : !source.isEmpty() && !target.isEmpty());
            if (!keep) {
                continue;
            }
            fa.write(source);
            fa.write('\n');
            en.write(target);
            en.write('\n');
        }
        fa.flush();
        en.flush();
    }

    /** One line: every kind of line break becomes a space, surrounding blanks go. */
    static String line(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C'
                    || c == '\u0085' || c == '\u2028' || c == '\u2029';
            b.append(lineBreak ? ' ' : c);
        }
        return b.toString().strip();
    }
}

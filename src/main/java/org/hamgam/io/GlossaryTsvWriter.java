package org.hamgam.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.hamgam.model.Term;

/**
 * Writes terms as OmegaT TSV: {@code source TAB target TAB note}. TSV has no place for variants, so each variant
 * becomes a row of its own with the term's target and note. Terms in the order given, LF line ends.
 */
public final class GlossaryTsvWriter {
    private GlossaryTsvWriter() {
    }

    /** One row a term and one a variant. */
    public static void write(List<Term> terms, Writer out) throws IOException {
        for (Term t : terms) {
            row(out, t.source(), t);
            for (String v : t.variants()) {
                row(out, v, t);
            }
        }
        out.flush();
    }

    /** The rows as a string. */
    public static String toTsv(List<Term> terms) {
        StringWriter s = new StringWriter();
        try {
            write(terms, s);
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
}

package org.hamgam.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.hamgam.model.Term;

/**
 * Writes terms as tab-separated rows: {@code source TAB target TAB note}. TSV has no place for Persian variants, so
 * each variant becomes a row of its own with the term's target and note. English synonyms go either into the
 * target cell as {@code |}-separated alternatives, as Hamgam's glossary reader takes them back, or, for OmegaT,
 * which shows a cell as written and lists a term's renderings as rows of their own, into rows of their own. Terms
 * in the order given, LF line ends.
 */
public final class GlossaryTsvWriter {
    private GlossaryTsvWriter() {
    }

    /** One row a term and one a variant; synonyms after the target, separated by {@code |}. */
    public static void write(List<Term> terms, Writer out) throws IOException {
        for (Term t : terms) {
            String english = String.join("|", english(t));
            row(out, t.source(), english, t);
            for (String v : t.variants()) {
                row(out, v, english, t);
            }
        }
        out.flush();
    }

    /** The rows as a string. */
    public static String toTsv(List<Term> terms) {
        return render(terms, false);
    }

    /** The rows as OmegaT's glossary pane lists them: one a term or variant and a rendering. */
    public static String toOmegat(List<Term> terms) {
        return render(terms, true);
    }

    private static String render(List<Term> terms, boolean rowPerRendering) {
        StringWriter s = new StringWriter();
        try {
            if (rowPerRendering) {
                for (Term t : terms) {
                    for (String english : english(t)) {
                        row(s, t.source(), english, t);
                        for (String v : t.variants()) {
                            row(s, v, english, t);
                        }
                    }
                }
            } else {
                write(terms, s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    private static List<String> english(Term t) {
        List<String> all = new java.util.ArrayList<>(1 + t.targetVariants().size());
        all.add(t.target());
        all.addAll(t.targetVariants());
        return all;
    }

    private static void row(Writer out, String source, String target, Term t) throws IOException {
        out.write(field(source));
        out.write('\t');
        out.write(field(target));
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

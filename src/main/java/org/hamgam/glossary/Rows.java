package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hamgam.model.Term;

/** Checks shared by the row-based readers. */
final class Rows {
    /** Between English alternatives in one target cell: {@code cubic meter|cubic metre}. */
    private static final Pattern ALTERNATIVE = Pattern.compile("\\s*\\|\\s*");

    private Rows() {
    }

    /**
     * A term for a row, or null after adding a {@code name:line} warning when the row cannot be one. A target of
     * {@code |}-separated alternatives gives the first as the term's English and the rest as its synonyms, so that
     * what hands the English on (TBX, XLIFF, OmegaT, drafts, messages) never shows the separator.
     */
    static Term term(String name, int line, String source, String target, String note, List<String> variants,
                     int priority, List<String> warnings) {
        String where = name + ":" + line;
        if (source.isEmpty()) {
            warnings.add(where + ": empty source term; row skipped");
            return null;
        }
        List<String> english = new ArrayList<>();
        for (String alternative : ALTERNATIVE.split(target.strip())) {
            if (!alternative.isEmpty() && !english.contains(alternative)) {
                english.add(alternative);
            }
        }
        if (english.isEmpty()) {
            warnings.add(where + ": empty target term for «" + source + "»; row skipped");
            return null;
        }
        if (TermKeys.persian(source).isEmpty()) {
            warnings.add(where + ": source term «" + source + "» has no letters or digits; row skipped");
            return null;
        }
        return new Term(where, source, english.get(0), note, variants, where, priority,
                english.subList(1, english.size()));
    }
}

package org.hamgam.glossary;

import java.util.List;
import org.hamgam.model.Term;

/** Checks shared by the row-based readers. */
final class Rows {
    private Rows() {
    }

    /** A term for a row, or null after adding a {@code name:line} warning when the row cannot be one. */
    static Term term(String name, int line, String source, String target, String note, List<String> variants,
                     int priority, List<String> warnings) {
        String where = name + ":" + line;
        if (source.isEmpty()) {
            warnings.add(where + ": empty source term; row skipped");
            return null;
        }
        if (target.isEmpty()) {
            warnings.add(where + ": empty target term for «" + source + "»; row skipped");
            return null;
        }
        if (TermKeys.persian(source).isEmpty()) {
            warnings.add(where + ": source term «" + source + "» has no letters or digits; row skipped");
            return null;
        }
        return new Term(where, source, target, note, variants, where, priority);
    }
}

package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Term;

/**
 * OmegaT's tab-separated glossary: source TAB target [TAB comment]; lines starting with # are comments. A term listed
 * twice is two renderings, not an error; a row with too few or too many cells is a warning naming its line.
 */
final class TsvFormat {
    private TsvFormat() {
    }

    static Glossary read(String name, String text, int priority) {
        List<Term> terms = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) {
                warnings.add(name + ":" + number + ": no tab between source and target; row skipped");
                continue;
            }
            String source = clean(cols[0]);
            String target = clean(cols[1]);
            if (cols.length > 3) {
                // A tab typed inside the comment, most likely: the term stands, the surplus is said, not dropped unseen.
                warnings.add(name + ":" + number + ": " + cols.length + " tab-separated cells where a row has source, "
                        + "target and comment; cells after the third ignored");
            }
            String note = cols.length > 2 ? clean(cols[2]) : "";
            Term term = Rows.term(name, number, source, target, note, List.of(), priority, warnings);
            if (term != null) {
                terms.add(term);
            }
        }
        return Glossary.build(terms, warnings);
    }

    static String clean(String s) {
        return s.strip();
    }
}

package org.hamgam.review;

import org.hamgam.model.Bitext;
import org.hamgam.model.Row;

/**
 * The finished English document: the beads' English in document order, a line for each Persian paragraph, so that
 * the paragraphs of the original are kept. English without Persian (0-n) stays in the paragraph of the bead before.
 */
final class EnglishText {
    private EnglishText() {
    }

    static String of(Bitext bitext) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        int paragraph = -1;
        for (Row row : bitext.rows()) {
            if (!row.source().isEmpty() && row.source().get(0).paragraph() != paragraph) {
                flush(line, out);
                paragraph = row.source().get(0).paragraph();
            }
            String text = row.targetText().strip();
            if (!text.isEmpty()) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(text);
            }
        }
        flush(line, out);
        return out.toString();
    }

    private static void flush(StringBuilder line, StringBuilder out) {
        if (!line.isEmpty()) {
            out.append(line).append('\n');
        }
        line.setLength(0);
    }
}

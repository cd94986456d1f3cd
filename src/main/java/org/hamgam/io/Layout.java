package org.hamgam.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hamgam.model.Bitext;
import org.hamgam.model.Row;
import org.hamgam.model.Segment;
import org.hamgam.model.SkippedSpan;

/**
 * The document order shared by the review formats: bead rows interleaved with the boilerplate spans that were
 * skipped between them, each with the paragraph (input line) it sits in. Rows without Persian (0-n beads) have
 * no offset of their own and stay right after the row before them.
 */
final class Layout {
    private Layout() {
    }

    /** One entry in document order: either a row or a boilerplate span. */
    record Item(int paragraph, Row row, int rowNumber, SkippedSpan boilerplate) {
        boolean isRow() {
            return row != null;
        }
    }

    static List<Item> items(Bitext bitext) {
        String original = bitext.source().document().original();
        List<SkippedSpan> spans = new ArrayList<>(bitext.source().boilerplate());
        spans.sort(java.util.Comparator.comparingInt(SkippedSpan::start));
        List<Item> items = new ArrayList<>(bitext.rows().size() + spans.size());
        int next = 0;
        int paragraph = 0;
        int number = 0;
        for (Row row : bitext.rows()) {
            number++;
            if (!row.source().isEmpty()) {
                int start = row.source().stream().mapToInt(Segment::start).min().orElseThrow();
                while (next < spans.size() && spans.get(next).start() < start) {
                    SkippedSpan span = spans.get(next++);
                    items.add(new Item(paragraphAt(original, span.start()), null, 0, span));
                }
                paragraph = row.source().get(0).paragraph();
            }
            items.add(new Item(paragraph, row, number, null));
        }
        while (next < spans.size()) {
            SkippedSpan span = spans.get(next++);
            items.add(new Item(paragraphAt(original, span.start()), null, 0, span));
        }
        return items;
    }

    /** The 0-based line index of an offset: paragraphs are input lines. */
    static int paragraphAt(String text, int offset) {
        int line = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A score in [0, 1] with three decimals, independent of the default locale. */
    static String score(double value) {
        return String.format(Locale.ROOT, "%.3f", clamp(value));
    }

    /** A score in [0, 1] as a percentage with one decimal. */
    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f", clamp(value) * 100);
    }

    static double clamp(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return Math.max(0, Math.min(1, value));
    }
}

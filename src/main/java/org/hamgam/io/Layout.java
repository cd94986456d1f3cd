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

    /** One entry in document order: either a row or a boilerplate span of the Persian or (when {@code english}) the English. */
    record Item(int paragraph, Row row, int rowNumber, SkippedSpan boilerplate, boolean english) {
        boolean isRow() {
            return row != null;
        }
    }

    /** The rows with the Persian boilerplate in place: what the CAT formats carry. */
    static List<Item> items(Bitext bitext) {
        return items(bitext, false);
    }

    /**
     * The rows with the boilerplate of the Persian and, when {@code withEnglish}, of the English in place: each
     * English span before the first row whose English starts after it.
     */
    static List<Item> items(Bitext bitext, boolean withEnglish) {
        String original = bitext.source().document().original();
        List<SkippedSpan> spans = sorted(bitext.source().boilerplate());
        List<SkippedSpan> englishSpans = withEnglish && bitext.target().isPresent()
                ? sorted(bitext.target().get().boilerplate()) : List.of();
        List<Item> items = new ArrayList<>(bitext.rows().size() + spans.size() + englishSpans.size());
        int next = 0;
        int nextEnglish = 0;
        int paragraph = 0;
        int number = 0;
        for (Row row : bitext.rows()) {
            number++;
            if (!row.source().isEmpty()) {
                int start = row.source().stream().mapToInt(Segment::start).min().orElseThrow();
                while (next < spans.size() && spans.get(next).start() < start) {
                    SkippedSpan span = spans.get(next++);
                    items.add(new Item(paragraphAt(original, span.start()), null, 0, span, false));
                }
                paragraph = row.source().get(0).paragraph();
            }
            if (!row.target().isEmpty()) {
                int start = row.target().stream().mapToInt(Segment::start).min().orElseThrow();
                while (nextEnglish < englishSpans.size() && englishSpans.get(nextEnglish).start() < start) {
                    items.add(new Item(paragraph, null, 0, englishSpans.get(nextEnglish++), true));
                }
            }
            items.add(new Item(paragraph, row, number, null, false));
        }
        while (next < spans.size()) {
            SkippedSpan span = spans.get(next++);
            items.add(new Item(paragraphAt(original, span.start()), null, 0, span, false));
        }
        while (nextEnglish < englishSpans.size()) {
            items.add(new Item(paragraph, null, 0, englishSpans.get(nextEnglish++), true));
        }
        return items;
    }

    private static List<SkippedSpan> sorted(List<SkippedSpan> spans) {
        List<SkippedSpan> out = new ArrayList<>(spans);
        out.sort(java.util.Comparator.comparingInt(SkippedSpan::start));
        return out;
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

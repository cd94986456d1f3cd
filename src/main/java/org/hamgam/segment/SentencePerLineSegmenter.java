package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.hamgam.model.SegmentedDocument;
import org.hamgam.model.SkippedSpan;
import org.hamgam.text.PersianNormalizer;

/**
 * For text that is already one sentence a line: every non-blank line is a segment, and blank lines separate
 * paragraphs. Leading and trailing spaces of a line and the line ends are whitespace skipped spans.
 */
public final class SentencePerLineSegmenter implements SentenceSegmenter {
    private final PersianNormalizer normalizer;

    /** @param lang Persian lines are normalized; other languages keep their text as written */
    public SentencePerLineSegmenter(Lang lang) {
        this.normalizer = lang == Lang.FA ? new PersianNormalizer() : null;
    }

    @Override
    public SegmentedDocument segment(Document document) {
        String text = document.original();
        List<Segment> segments = new ArrayList<>();
        List<SkippedSpan> skipped = new ArrayList<>();
        int paragraph = 0;
        boolean paragraphHasText = false;
        int pos = 0;
        int gapStart = 0;
        while (pos <= text.length()) {
            int lineEnd = pos;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int start = pos;
            int end = lineEnd;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                addGap(text, gapStart, start, skipped);
                String original = text.substring(start, end);
                String normalized = normalizer == null ? original : normalizer.normalize(original).text();
                int index = segments.size();
                segments.add(new Segment(document.id() + ":" + document.lang().code() + ":" + index, document.id(),
                        paragraph, index, document.lang(), original, normalized, start, end));
                gapStart = end;
                paragraphHasText = true;
            } else if (paragraphHasText) {
                paragraph++;
                paragraphHasText = false;
            }
            if (lineEnd >= text.length()) {
                break;
            }
            pos = lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length()
                    && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
        addGap(text, gapStart, text.length(), skipped);
        return new SegmentedDocument(document, segments, skipped);
    }

    private static void addGap(String text, int start, int end, List<SkippedSpan> skipped) {
        if (end > start) {
            skipped.add(new SkippedSpan(start, end, text.substring(start, end), SkippedSpan.WHITESPACE));
        }
    }
}

package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hamgam.model.Document;
import org.hamgam.model.Segment;
import org.hamgam.model.SegmentedDocument;
import org.hamgam.model.SkippedSpan;
import org.hamgam.model.Span;
import org.hamgam.text.NormalizedText;

/**
 * Cuts a document line by line: a line is a paragraph, a boilerplate line becomes one skipped span, any other
 * line is normalized and split into sentences whose offsets are mapped back to the original text. Whatever lies
 * between pieces (line ends, blank lines, spaces) becomes whitespace skipped spans, so nothing is lost.
 */
final class DocumentSegmenter implements SentenceSegmenter {
    private final Function<String, NormalizedText> normalizer;
    private final SentenceSplitter splitter;
    private final BoilerplateDetector boilerplate;

    /**
     * @param splitter splits normalized text
     */
    DocumentSegmenter(Function<String, NormalizedText> normalizer, SentenceSplitter splitter,
                      BoilerplateDetector boilerplate) {
        this.normalizer = normalizer;
        this.splitter = splitter;
        this.boilerplate = boilerplate;
    }

    @Override
    public SegmentedDocument segment(Document document) {
        Builder out = new Builder(document);
        String text = document.original();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            segmentLine(text, lineStart, lineEnd, paragraph, out);
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
            paragraph++;
        }
        return out.build();
    }

    private void segmentLine(String text, int lineStart, int lineEnd, int paragraph, Builder out) {
        int start = lineStart;
        int end = lineEnd;
        while (start < end && Chars.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        String line = text.substring(start, end);
        Optional<String> reason = boilerplate.reason(line);
        if (reason.isPresent()) {
            out.skip(start, end, reason.get());
            return;
        }
        NormalizedText normalized = normalizer.apply(line);
        List<Span> sentences = splitter.split(normalized.text());
        int[] cuts = BoundaryRules.sentenceCuts(normalized, sentences, line.length());
        int cut = 0;
        for (int k = 0; k < sentences.size(); k++) {
            Span sentence = sentences.get(k);
            int s = start + cut;
            int e = start + cuts[k];
            cut = cuts[k];
            while (s < e && Chars.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && Chars.isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.segment(s, e, paragraph, sentence.of(normalized.text()));
            }
        }
    }

    /** Collects pieces in offset order and fills every gap with a whitespace span. */
    private static final class Builder {
        private final Document document;
        private final List<Segment> segments = new ArrayList<>();
        private final List<SkippedSpan> skipped = new ArrayList<>();
        private int cursor;

        Builder(Document document) {
            this.document = document;
        }

        void segment(int start, int end, int paragraph, String normalized) {
            gapTo(start);
            int index = segments.size();
            String id = document.id() + ":" + document.lang().code() + ":" + index;
            segments.add(new Segment(id, document.id(), paragraph, index, document.lang(),
                    document.original().substring(start, end), normalized, start, end));
            cursor = end;
        }

        void skip(int start, int end, String reason) {
            gapTo(start);
            skipped.add(new SkippedSpan(start, end, document.original().substring(start, end), reason));
            cursor = end;
        }

        private void gapTo(int start) {
            if (start > cursor) {
                skipped.add(new SkippedSpan(cursor, start, document.original().substring(cursor, start),
                        SkippedSpan.WHITESPACE));
            }
        }

        SegmentedDocument build() {
            gapTo(document.original().length());
            return new SegmentedDocument(document, segments, skipped);
        }
    }
}

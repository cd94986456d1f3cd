package org.hamgam.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hamgam.model.Document;
import org.hamgam.model.Segment;
import org.hamgam.model.SegmentedDocument;
import org.hamgam.model.SkippedSpan;
import org.hamgam.model.Span;
import org.hamgam.text.Letters;
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

    /** How many lines at each end of a document form its frame, where a site's header and footer sit. */
    static final int FRAME_LINES = 3;

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
        List<Line> lines = lines(text);
        List<Optional<String>> reasons = boilerplateReasons(text, lines);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (reasons.get(i).isPresent()) {
                out.skip(line.start(), line.end(), reasons.get(i).get());
            } else {
                segmentLine(text, line, out);
            }
        }
        return out.build();
    }

    /** A non-blank input line, trimmed, with its paragraph number (the line's index in the text). */
    private record Line(int start, int end, int paragraph) {
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int start = lineStart;
            int end = newline < 0 ? text.length() : newline;
            while (start < end && Letters.isSpaceOrBom(text.charAt(start))) {
                start++;
            }
            while (end > start && Letters.isSpaceOrBom(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                lines.add(new Line(start, end, paragraph));
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
            paragraph++;
        }
        return lines;
    }

    /**
     * Each line's boilerplate reason. Evidence of repetition is set aside when it would take most of the
     * document's own text: a republished story is text, however many documents share it.
     */
    private List<Optional<String>> boilerplateReasons(String text, List<Line> lines) {
        int frame = Math.min(lines.size(), FRAME_LINES);
        Map<String, Integer> inFrame = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i < frame || i >= lines.size() - frame) {
                inFrame.merge(lineText(text, lines.get(i)), 1, Integer::sum);
            }
        }
        List<Optional<String>> reasons = new ArrayList<>(lines.size());
        long ownText = 0;
        long setAside = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lineText(text, lines.get(i));
            boolean framed = i < frame || i >= lines.size() - frame;
            Optional<String> reason = boilerplate.reason(line, framed, inFrame.getOrDefault(line, 0) > 1);
            reasons.add(reason);
            if (reason.isEmpty() || !reason.get().equals(BoilerplateDetector.SCRIPT)) {
                ownText += line.length();
            }
            if (reason.isPresent() && !reason.get().equals(BoilerplateDetector.SCRIPT)) {
                setAside += line.length();
            }
        }
        if (2 * setAside > ownText) {
            reasons.replaceAll(r -> r.filter(reason -> !reason.equals(BoilerplateDetector.REPEATED)));
        }
        return reasons;
    }

    private static String lineText(String text, Line line) {
        return text.substring(line.start(), line.end());
    }

    private void segmentLine(String text, Line at, Builder out) {
        int start = at.start();
        int paragraph = at.paragraph();
        String line = lineText(text, at);
        NormalizedText normalized = normalizer.apply(line);
        List<Span> sentences = splitter.split(normalized.text());
        int[] cuts = BoundaryRules.sentenceCuts(normalized, sentences, line.length());
        int cut = 0;
        for (int k = 0; k < sentences.size(); k++) {
            Span sentence = sentences.get(k);
            int s = start + cut;
            int e = start + cuts[k];
            cut = cuts[k];
            while (s < e && Letters.isSpaceOrBom(text.charAt(s))) {
                s++;
            }
            while (e > s && Letters.isSpaceOrBom(text.charAt(e - 1))) {
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

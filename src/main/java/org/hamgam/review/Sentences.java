package org.hamgam.review;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hamgam.model.Bitext;
import org.hamgam.model.Draft;
import org.hamgam.model.Origin;
import org.hamgam.model.Row;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;
import org.hamgam.pipeline.Pipeline;

/**
 * The sentences of a document under review, which edits regroup but never change: the Persian and English
 * segments by index, and the glossary terms found in each Persian sentence.
 */
final class Sentences {
    private final Bitext bitext;
    private final List<Segment> persian;
    private final List<Segment> english;
    private final List<List<TermHit>> terms;

    Sentences(Bitext bitext) {
        this.bitext = bitext;
        this.persian = byIndex(bitext.source().segments());
        this.english = bitext.target().map(t -> byIndex(t.segments())).orElse(List.of());
        List<List<TermHit>> found = new ArrayList<>();
        persian.forEach(s -> found.add(new ArrayList<>()));
        for (Row row : bitext.rows()) {
            splitTerms(row, found);
        }
        this.terms = found.stream().map(List::copyOf).toList();
    }

    /** The bitext the review started from. */
    Bitext base() {
        return bitext;
    }

    boolean aligned() {
        return bitext.aligned();
    }

    List<Segment> persian(List<Integer> indices) {
        return indices.stream().map(persian::get).toList();
    }

    List<Segment> english(List<Integer> indices) {
        return indices.stream().map(english::get).toList();
    }

    /** The terms of sentences joined by a space, with offsets into the joined original text, as the pipeline gives. */
    List<TermHit> terms(List<Integer> indices) {
        List<TermHit> out = new ArrayList<>();
        int shift = 0;
        for (int i : indices) {
            for (TermHit h : terms.get(i)) {
                out.add(h.moved(shift));
            }
            shift += persian.get(i).original().length() + 1;
        }
        return out;
    }

    /** The English sentences as aligned, with the aligner's label; no draft when there are none. */
    Draft alignedDraft(List<Integer> target, double score) {
        if (target.isEmpty()) {
            return Draft.none();
        }
        String text = target.stream().map(i -> english.get(i).original()).collect(Collectors.joining(" "));
        return new Draft(text, Origin.ALIGNED, Pipeline.ALIGNER_ENGINE, score);
    }

    /** A row's term offsets are into its joined Persian; each hit goes back to the sentence it lies in. */
    private void splitTerms(Row row, List<List<TermHit>> found) {
        int start = 0;
        for (Segment s : row.source()) {
            int end = start + s.original().length();
            for (TermHit h : row.terms()) {
                if (h.start() >= start && h.end() <= end) {
                    found.get(s.index()).add(h.moved(-start));
                }
            }
            start = end + 1;
        }
    }

    private static List<Segment> byIndex(List<Segment> segments) {
        List<Segment> out = new ArrayList<>(segments);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).index() != i) {
                throw new IllegalArgumentException("sentence " + out.get(i).id() + " is out of order: index "
                        + out.get(i).index() + " at position " + i);
            }
        }
        return out;
    }
}

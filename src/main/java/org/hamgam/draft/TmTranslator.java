package org.hamgam.draft;

import org.hamgam.model.TmMatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.hamgam.model.Draft;
import org.hamgam.model.Origin;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;
import org.hamgam.model.TmOptions;

/**
 * Drafts from a translation memory: a segment's best match becomes its draft when it reaches the leverage
 * threshold; all matches above the match threshold are available through {@link #matches(List)} for the review
 * files.
 */
public final class TmTranslator implements Translator {
    private final TranslationMemory memory;
    private final TmOptions options;

    public TmTranslator(TranslationMemory memory, TmOptions options) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.options = Objects.requireNonNull(options, "options");
    }

    public TmTranslator(TranslationMemory memory) {
        this(memory, TmOptions.defaults());
    }

    public TranslationMemory memory() {
        return memory;
    }

    public TmOptions options() {
        return options;
    }

    /**
     * The matches for each segment, best first, at most {@link TmOptions#maxMatches()} each. A segment's
     * neighbours in {@code segments} are its context for in-context matches.
     */
    public List<List<TmMatch>> matches(List<Segment> segments) {
        List<List<TmMatch>> all = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            String previous = i > 0 ? segments.get(i - 1).text() : "";
            String next = i + 1 < segments.size() ? segments.get(i + 1).text() : "";
            all.add(memory.search(segments.get(i).text(), previous, next, options));
        }
        return List.copyOf(all);
    }

    /**
     * The most consecutive segments one lookup joins: a memory made from an aligned run holds 2-1 and 3-1 beads,
     * several Persian sentences in one unit.
     */
    static final int MAX_JOINED = 3;

    /**
     * The matches for a run of consecutive segments, {@code from} inclusive to {@code to} exclusive: one segment,
     * or several that a memory unit holds together.
     */
    public record Span(int from, int to, List<TmMatch> matches) {
        public Span {
            matches = List.copyOf(matches);
            if (from < 0 || to <= from) {
                throw new IllegalArgumentException("a span holds at least one segment: " + from + ".." + to);
            }
        }

        /** The indices of the span's segments. */
        public List<Integer> indices() {
            List<Integer> out = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                out.add(i);
            }
            return out;
        }
    }

    /**
     * The document's segments as the memory covers them, in order: each segment with its own matches, except that
     * a segment whose best match stays below the leverage threshold is looked up again joined with the next one or
     * two (as a 2-1 or 3-1 bead of an aligned run was stored, the sentences joined by a space); when the joined
     * text reaches the threshold, the segments become one span with the joined text's matches. A segment with a
     * draft of its own is never joined to another.
     */
    public List<Span> spans(List<Segment> segments) {
        List<List<TmMatch>> singles = matches(segments);
        List<Span> spans = new ArrayList<>(segments.size());
        int i = 0;
        while (i < segments.size()) {
            Span best = new Span(i, i + 1, singles.get(i));
            if (!reaches(best.matches())) {
                for (int to = i + 2; to <= Math.min(segments.size(), i + MAX_JOINED); to++) {
                    if (reaches(singles.get(to - 1))) {
                        break;
                    }
                    List<TmMatch> joined = joinedMatches(segments, i, to);
                    if (reaches(joined) && (!reaches(best.matches())
                            || joined.get(0).similarity() > best.matches().get(0).similarity())) {
                        best = new Span(i, to, joined);
                    }
                }
            }
            spans.add(best);
            i = best.to();
        }
        return List.copyOf(spans);
    }

    private List<TmMatch> joinedMatches(List<Segment> segments, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments.subList(from, to)) {
            text.append(text.isEmpty() ? "" : " ").append(segment.text());
        }
        String previous = from > 0 ? segments.get(from - 1).text() : "";
        String next = to < segments.size() ? segments.get(to).text() : "";
        return memory.search(text.toString(), previous, next, options);
    }

    private boolean reaches(List<TmMatch> matches) {
        return !matches.isEmpty() && matches.get(0).similarity() >= options.leverage();
    }

    /** One draft per segment; a draft that covers several segments ({@link #spans}) is given to the first. */
    @Override
    public List<Draft> translate(List<Segment> segments, List<List<TermHit>> terms) {
        List<Draft> drafts = new ArrayList<>(Collections.nCopies(segments.size(), Draft.none()));
        for (Span span : spans(segments)) {
            drafts.set(span.from(), draft(span.matches()));
        }
        return List.copyOf(drafts);
    }

    /** The draft that a segment's or a span's matches lead to. */
    public Draft draft(List<TmMatch> matches) {
        if (matches.isEmpty() || matches.get(0).similarity() < options.leverage()) {
            return Draft.none();
        }
        TmMatch best = matches.get(0);
        return new Draft(best.target(), Origin.TM, memory.name(), best.similarity() / 100.0);
    }

    @Override
    public String describe() {
        return "tm:" + memory.name() + " (" + memory.size() + " units, matches from " + options.threshold()
                + "%, drafts from " + options.leverage() + "%)";
    }
}

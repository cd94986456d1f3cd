package org.hamgam.draft;

import org.hamgam.model.TmMatch;
import java.util.ArrayList;
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

    @Override
    public List<Draft> translate(List<Segment> segments, List<List<TermHit>> terms) {
        return drafts(matches(segments));
    }

    /** The drafts that {@code matches} (as {@link #matches(List)} returned them) lead to. */
    public List<Draft> drafts(List<List<TmMatch>> matches) {
        List<Draft> drafts = new ArrayList<>(matches.size());
        for (List<TmMatch> m : matches) {
            drafts.add(draft(m));
        }
        return List.copyOf(drafts);
    }

    private Draft draft(List<TmMatch> matches) {
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

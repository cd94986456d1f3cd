package org.hamgam.draft;

import org.hamgam.model.TmMatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.hamgam.model.Draft;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;

/**
 * The drafting order: a translation-memory match at or above the leverage threshold first, then each
 * machine-translation engine in turn for the segments still without a draft, else no draft (the glossary hits stay
 * hints). {@link #draft} also returns every segment's memory matches and the notes for the reviewer.
 */
public final class DraftChain implements Translator {
    private final TmTranslator tm;
    private final List<MtTranslator> engines;
    private final List<String> notices;
    private final List<String> skipped;

    DraftChain(TmTranslator tm, List<MtTranslator> engines, List<String> notices, List<String> skipped) {
        this.tm = tm;
        this.engines = List.copyOf(engines);
        this.notices = List.copyOf(notices);
        this.skipped = List.copyOf(skipped);
    }

    /** No memory and no engine: every draft is empty and the glossary terms found stay listed with each segment. */
    public static DraftChain none() {
        return of(Optional.empty(), List.of());
    }

    /** A chain of an optional memory and machine-translation engines, with no notices. */
    public static DraftChain of(Optional<TmTranslator> tm, List<MtTranslator> engines) {
        return new DraftChain(tm.orElse(null), engines, List.of(), List.of());
    }

    public Optional<TmTranslator> tm() {
        return Optional.ofNullable(tm);
    }

    public List<MtTranslator> engines() {
        return engines;
    }

    /**
     * What a run should tell the user once about its set-up, e.g. that no machine-translation engine is configured
     * or that an engine was left out because its key variable is not set.
     */
    public List<String> notices() {
        return notices;
    }

    /**
     * What a run must warn of when it ends, so far: the configured engines that were left out (a key variable not
     * set) and the engines that left segments without a translation ({@link MtTranslator#failures()}). A run whose
     * engines all answered has none.
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>(skipped);
        engines.forEach(e -> e.failures().ifPresent(out::add));
        return List.copyOf(out);
    }

    /** One draft per segment; a draft that covers several segments is given to the first of them. */
    @Override
    public List<Draft> translate(List<Segment> segments, List<List<TermHit>> terms) {
        DraftResult result = draft(segments, terms);
        List<Draft> drafts = new ArrayList<>(Collections.nCopies(segments.size(), Draft.none()));
        for (int u = 0; u < result.drafts().size(); u++) {
            drafts.set(result.segments().get(u).get(0), result.drafts().get(u));
        }
        return List.copyOf(drafts);
    }

    /**
     * Drafts, memory matches and notes for a document's segments: one entry per segment, except where the memory
     * holds consecutive segments in one unit ({@link TmTranslator#spans}), which then share one entry and one draft.
     * Machine translation is asked for single segments only.
     */
    public DraftResult draft(List<Segment> segments, List<List<TermHit>> terms) {
        int n = segments.size();
        if (terms.size() != n) {
            throw new IllegalArgumentException("one list of term hits per segment expected");
        }
        List<TmTranslator.Span> spans = new ArrayList<>();
        if (tm == null) {
            for (int i = 0; i < n; i++) {
                spans.add(new TmTranslator.Span(i, i + 1, List.of()));
            }
        } else {
            spans.addAll(tm.spans(segments));
        }
        int units = spans.size();
        List<Draft> drafts = new ArrayList<>(units);
        List<List<TmMatch>> matches = new ArrayList<>(units);
        List<List<Integer>> covered = new ArrayList<>(units);
        List<List<DraftNote>> notes = new ArrayList<>(units);
        for (TmTranslator.Span span : spans) {
            drafts.add(tm == null ? Draft.none() : tm.draft(span.matches()));
            matches.add(span.matches());
            covered.add(span.indices());
            notes.add(new ArrayList<>());
        }
        List<List<DraftNote>> failures = new ArrayList<>(Collections.nCopies(units, List.of()));
        for (MtTranslator engine : engines) {
            List<Integer> pending = new ArrayList<>();
            for (int u = 0; u < units; u++) {
                if (drafts.get(u).isEmpty()) {
                    // A span of several segments always has the memory's draft: pending units are single segments.
                    pending.add(u);
                }
            }
            if (pending.isEmpty()) {
                break;
            }
            DraftResult result = engine.draft(segments, terms, pending.stream().map(u -> spans.get(u).from()).toList());
            for (int u : pending) {
                int i = spans.get(u).from();
                if (!result.drafts().get(i).isEmpty()) {
                    drafts.set(u, result.drafts().get(i));
                    notes.get(u).addAll(result.notes().get(i));
                } else {
                    failures.set(u, result.notes().get(i));
                }
            }
        }
        for (int u = 0; u < units; u++) {
            // A failure matters only where no later engine made up for it.
            if (drafts.get(u).isEmpty()) {
                notes.get(u).addAll(failures.get(u));
            }
        }
        return new DraftResult(covered, drafts, matches, notes);
    }

    @Override
    public String describe() {
        StringJoiner out = new StringJoiner(", then ");
        if (tm != null) {
            out.add(tm.describe());
        }
        engines.forEach(e -> out.add(e.describe()));
        out.add(Translators.none().describe());
        return out.toString();
    }
}

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

    DraftChain(TmTranslator tm, List<MtTranslator> engines, List<String> notices) {
        this.tm = tm;
        this.engines = List.copyOf(engines);
        this.notices = List.copyOf(notices);
    }

    /** A chain of an optional memory and machine-translation engines, with no notices. */
    /** No memory and no engine: every draft is empty and the glossary hits stay as hints. */
    public static DraftChain none() {
        return of(Optional.empty(), List.of());
    }

    public static DraftChain of(Optional<TmTranslator> tm, List<MtTranslator> engines) {
        return new DraftChain(tm.orElse(null), engines, List.of());
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

    @Override
    public List<Draft> translate(List<Segment> segments, List<List<TermHit>> terms) {
        return draft(segments, terms).drafts();
    }

    /** Drafts, memory matches and notes for a document's segments (one entry per segment in each list). */
    public DraftResult draft(List<Segment> segments, List<List<TermHit>> terms) {
        int n = segments.size();
        if (terms.size() != n) {
            throw new IllegalArgumentException("one list of term hits per segment expected");
        }
        List<List<TmMatch>> matches = tm == null ? Collections.nCopies(n, List.of()) : tm.matches(segments);
        List<Draft> drafts = new ArrayList<>(tm == null ? Collections.nCopies(n, Draft.none()) : tm.drafts(matches));
        List<List<DraftNote>> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            notes.add(new ArrayList<>());
        }
        List<List<DraftNote>> failures = new ArrayList<>(Collections.nCopies(n, List.of()));
        for (MtTranslator engine : engines) {
            List<Integer> pending = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (drafts.get(i).isEmpty()) {
                    pending.add(i);
                }
            }
            if (pending.isEmpty()) {
                break;
            }
            DraftResult result = engine.draft(segments, terms, pending);
            for (int i : pending) {
                if (!result.drafts().get(i).isEmpty()) {
                    drafts.set(i, result.drafts().get(i));
                    notes.get(i).addAll(result.notes().get(i));
                } else {
                    failures.set(i, result.notes().get(i));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            // A failure matters only where no later engine made up for it.
            if (drafts.get(i).isEmpty()) {
                notes.get(i).addAll(failures.get(i));
            }
        }
        return new DraftResult(drafts, matches, notes);
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

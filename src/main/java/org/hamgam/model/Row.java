package org.hamgam.model;

import java.util.List;
import java.util.Objects;

/**
 * One line of a review file: a bead with its source and target segments, the target text with its provenance,
 * the glossary terms found in the source, the QA findings, the translation-memory matches offered for it, and a
 * reviewer's decision about it.
 *
 * @param id an identifier stable across runs, e.g. {@code doc:12}
 */
public record Row(String id, Bead bead, List<Segment> source, List<Segment> target, Draft draft,
                  List<TermHit> terms, List<Issue> issues, List<TmMatch> matches, Review review) {
    public Row {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bead, "bead");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(review, "review");
        source = List.copyOf(source);
        target = List.copyOf(target);
        terms = List.copyOf(terms);
        issues = List.copyOf(issues);
        matches = List.copyOf(matches);
    }

    /** A row no reviewer has decided on yet. */
    public Row(String id, Bead bead, List<Segment> source, List<Segment> target, Draft draft,
               List<TermHit> terms, List<Issue> issues, List<TmMatch> matches) {
        this(id, bead, source, target, draft, terms, issues, matches, Review.none());
    }

    /** A row without translation-memory matches. */
    public Row(String id, Bead bead, List<Segment> source, List<Segment> target, Draft draft,
               List<TermHit> terms, List<Issue> issues) {
        this(id, bead, source, target, draft, terms, issues, List.of());
    }

    /** This row with {@code issues} in place of its findings. */
    public Row withIssues(List<Issue> newIssues) {
        return new Row(id, bead, source, target, draft, terms, newIssues, matches, review);
    }

    /** The source sentences joined by a space (normalized text). */
    public String sourceText() {
        return join(source, true);
    }

    /** The source sentences as written in the input. */
    public String sourceOriginal() {
        return join(source, false);
    }

    /** The target text: the aligned English, or the draft. */
    public String targetText() {
        return draft.text();
    }

    /**
     * Whether the row's English is a draft (from a memory, an engine or the glossary) for Persian that has no
     * aligned English, and no person has written or accepted it: a proposal to translate from, not a translation
     * pair.
     */
    public boolean unconfirmedDraft() {
        return bead.target().isEmpty() && !draft.isEmpty() && draft.origin() != Origin.HUMAN
                && draft.origin() != Origin.ALIGNED && !review.accepted();
    }

    /**
     * The bead type as the review files show it: {@link Bead#type()} for aligned beads, and {@code draft} for
     * English a memory, an engine or the glossary proposed where no English document gave any, so that a drafted
     * segment never reads as a 1-0 bead that carries English. English a person wrote keeps the bead's type.
     */
    public String beadType() {
        boolean proposed = draft.origin() == Origin.TM || draft.origin() == Origin.MT
                || draft.origin() == Origin.GLOSSARY;
        return bead.target().isEmpty() && !draft.isEmpty() && proposed ? DRAFT_TYPE : bead.type();
    }

    /** The bead type of a row whose English is a draft ({@link #beadType()}). */
    public static final String DRAFT_TYPE = "draft";

    /**
     * Whether the row has a target whose confidence is below {@code threshold} that no reviewer has accepted: an
     * acceptance is a person's word on the pair, which the aligner's score no longer speaks for. A draft is not
     * counted ({@link #unconfirmedDraft()}): its score is a match's similarity, or none for a machine draft, not a
     * confidence in a pair, and every draft waits for a translator anyway.
     */
    public boolean lowConfidence(double threshold) {
        return draft.origin() != Origin.NONE && !review.accepted() && !unconfirmedDraft()
                && bead.score() < threshold;
    }

    /**
     * Whether a reviewer should look at this row: a QA error or warning, a target below the threshold, or a
     * reviewer's rejection.
     */
    public boolean flagged(double threshold) {
        return review.state() == Review.State.REJECTED || lowConfidence(threshold) || issues.stream().anyMatch(i -> i.severity() != Severity.INFO);
    }

    private static String join(List<Segment> segments, boolean normalized) {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(normalized ? s.text() : s.original());
        }
        return out.toString();
    }
}

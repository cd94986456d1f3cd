package org.hamgam.review;

import java.util.List;
import java.util.Objects;
import org.hamgam.model.Draft;
import org.hamgam.model.Review;
import org.hamgam.model.TmMatch;

/**
 * One bead as the review holds it: which Persian and English sentences (0-based indices) it joins, its confidence,
 * its English with provenance, the memory matches the run offered, and the reviewer's decision. Everything else a
 * row shows (texts, terms, findings) follows from these and the document's sentences.
 */
record ReviewBead(List<Integer> source, List<Integer> target, double score, Draft draft, List<TmMatch> matches,
                  Review review) {
    ReviewBead {
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(draft, "draft");
        matches = List.copyOf(matches);
        Objects.requireNonNull(review, "review");
    }

    List<Integer> side(Side side) {
        return side == Side.SOURCE ? source : target;
    }

    ReviewBead withSides(List<Integer> newSource, List<Integer> newTarget) {
        return new ReviewBead(newSource, newTarget, score, draft, matches, Review.none());
    }

    ReviewBead withDraft(Draft newDraft) {
        return new ReviewBead(source, target, score, newDraft, matches, Review.none());
    }

    ReviewBead withReview(Review newReview) {
        return new ReviewBead(source, target, score, draft, matches, newReview);
    }

    boolean empty() {
        return source.isEmpty() && target.isEmpty();
    }
}

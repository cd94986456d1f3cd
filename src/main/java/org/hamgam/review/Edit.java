package org.hamgam.review;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Draft;
import org.hamgam.model.Origin;
import org.hamgam.model.Review;

/**
 * One change a reviewer makes to a document's beads, as a small command: it takes the beads and gives new ones,
 * leaving the old list untouched, so that undo is going back to the list before. Bead numbers are 0-based
 * positions in the list.
 */
sealed interface Edit {
    /** The operation's name in the API and the journal. */
    String op();

    List<ReviewBead> apply(List<ReviewBead> beads, Sentences sentences, Stamp stamp);

    /** Joins a bead with the next one. */
    record Merge(int bead) implements Edit {
        @Override
        public String op() {
            return "merge";
        }

        @Override
        public List<ReviewBead> apply(List<ReviewBead> beads, Sentences sentences, Stamp stamp) {
            ReviewBead a = pick(beads, bead);
            if (bead + 1 >= beads.size()) {
                throw new EditException("bead " + bead + " is the last one: there is no next bead to merge with");
            }
            ReviewBead b = beads.get(bead + 1);
            List<Integer> source = concat(a.source(), b.source());
            List<Integer> target = concat(a.target(), b.target());
            Draft draft;
            if (a.draft().origin() == Origin.HUMAN || b.draft().origin() == Origin.HUMAN) {
                draft = new Draft(join(a.draft().text(), b.draft().text()), Origin.HUMAN, stamp.reviewer(), 1);
            } else if (!target.isEmpty()) {
                draft = sentences.alignedDraft(target, Math.min(a.score(), b.score()));
            } else {
                Draft first = a.draft().isEmpty() ? b.draft() : a.draft();
                draft = a.draft().isEmpty() || b.draft().isEmpty() ? first
                        : new Draft(join(a.draft().text(), b.draft().text()), first.origin(), first.engine(),
                        Math.min(a.draft().score(), b.draft().score()));
            }
            ReviewBead merged = new ReviewBead(source, target, Math.min(a.score(), b.score()), draft,
                    concat(a.matches(), b.matches()), Review.none());
            List<ReviewBead> out = new ArrayList<>(beads);
            out.set(bead, merged);
            out.remove(bead + 1);
            return out;
        }
    }

    /**
     * Cuts a bead before sentence {@code at} of one side: the sentences before it stay with the whole other side;
     * the rest become a bead of their own with no counterpart, which a merge or move can pair up.
     */
    record Split(int bead, Side side, int at) implements Edit {
        @Override
        public String op() {
            return "split";
        }

        @Override
        public List<ReviewBead> apply(List<ReviewBead> beads, Sentences sentences, Stamp stamp) {
            ReviewBead b = pick(beads, bead);
            List<Integer> cut = b.side(side);
            if (at < 1 || at >= cut.size()) {
                throw new EditException("bead " + bead + " has " + cut.size() + " " + side.label()
                        + " sentence(s): a split goes between two of them, at 1 to " + (cut.size() - 1)
                        + (cut.size() < 2 ? " (none here; to separate the two sides use no-counterpart)" : ""));
            }
            ReviewBead first;
            ReviewBead second;
            if (side == Side.SOURCE) {
                first = b.withSides(cut.subList(0, at), b.target());
                second = new ReviewBead(cut.subList(at, cut.size()), List.of(), b.score(), Draft.none(), List.of(),
                        Review.none());
            } else {
                keepsHandEdit(b, bead);
                first = b.withSides(b.source(), cut.subList(0, at))
                        .withDraft(sentences.alignedDraft(cut.subList(0, at), b.score()));
                second = new ReviewBead(List.of(), cut.subList(at, cut.size()), b.score(),
                        sentences.alignedDraft(cut.subList(at, cut.size()), b.score()), List.of(), Review.none());
            }
            List<ReviewBead> out = new ArrayList<>(beads);
            out.set(bead, first);
            out.add(bead + 1, second);
            return out;
        }
    }

    /** Moves a bead's first sentence of one side to the end of the previous bead, or its last to the next bead. */
    record Move(int bead, Side side, boolean toNext) implements Edit {
        @Override
        public String op() {
            return "move";
        }

        @Override
        public List<ReviewBead> apply(List<ReviewBead> beads, Sentences sentences, Stamp stamp) {
            ReviewBead from = pick(beads, bead);
            int other = toNext ? bead + 1 : bead - 1;
            if (other < 0 || other >= beads.size()) {
                throw new EditException("bead " + bead + " has no " + (toNext ? "next" : "previous") + " bead");
            }
            ReviewBead to = beads.get(other);
            List<Integer> moving = from.side(side);
            if (moving.isEmpty()) {
                throw new EditException("bead " + bead + " has no " + side.label() + " sentence to move");
            }
            if (side == Side.TARGET) {
                keepsHandEdit(from, bead);
                keepsHandEdit(to, other);
            }
            int sentence = toNext ? moving.get(moving.size() - 1) : moving.get(0);
            List<Integer> left = toNext ? moving.subList(0, moving.size() - 1) : moving.subList(1, moving.size());
            List<Integer> grown = toNext ? concat(List.of(sentence), to.side(side)) : concat(to.side(side), List.of(sentence));
            ReviewBead newFrom = side == Side.SOURCE ? from.withSides(left, from.target())
                    : from.withSides(from.source(), left).withDraft(sentences.alignedDraft(left, from.score()));
            ReviewBead newTo = side == Side.SOURCE ? to.withSides(grown, to.target())
                    : to.withSides(to.source(), grown).withDraft(sentences.alignedDraft(grown, to.score()));
            if (newFrom.empty() && side == Side.SOURCE && !from.draft().isEmpty()) {
                throw new EditException("moving the last sentence of bead " + bead + " would drop its English; merge "
                        + "the beads instead");
            }
            List<ReviewBead> out = new ArrayList<>(beads);
            out.set(other, newTo);
            if (newFrom.empty()) {
                out.remove(bead);
            } else {
                out.set(bead, newFrom);
            }
            return out;
        }
    }

    /**
     * Says that a bead's sentences of {@code side} have no counterpart: the bead's two sides become two beads,
     * the Persian alone (n-0) and then the English alone (0-m), which keeps the English text as it was.
     */
    record NoCounterpart(int bead, Side side) implements Edit {
        @Override
        public String op() {
            return "no-counterpart";
        }

        @Override
        public List<ReviewBead> apply(List<ReviewBead> beads, Sentences sentences, Stamp stamp) {
            ReviewBead b = pick(beads, bead);
            if (b.source().isEmpty() || b.target().isEmpty()) {
                throw new EditException("bead " + bead + " is " + b.source().size() + "-" + b.target().size()
                        + ": its " + side.label() + " has no counterpart already");
            }
            ReviewBead persian = new ReviewBead(b.source(), List.of(), b.score(), Draft.none(), b.matches(),
                    Review.none());
            ReviewBead english = new ReviewBead(List.of(), b.target(), b.score(), b.draft(), List.of(), Review.none());
            List<ReviewBead> out = new ArrayList<>(beads);
            out.set(bead, persian);
            out.add(bead + 1, english);
            return out;
        }
    }

    /** Replaces a bead's English with the reviewer's; the text is then the reviewer's own ({@code human}). */
    record EditTarget(int bead, String text) implements Edit {
        @Override
        public String op() {
            return "edit";
        }

        @Override
        public List<ReviewBead> apply(List<ReviewBead> beads, Sentences sentences, Stamp stamp) {
            ReviewBead b = pick(beads, bead);
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new EditException("the English of a bead is one line: remove the line break");
            }
            if (text.isBlank()) {
                throw new EditException("the English is empty: to say the Persian has no English, use no-counterpart"
                        + " or reject the bead");
            }
            List<ReviewBead> out = new ArrayList<>(beads);
            out.set(bead, b.withDraft(new Draft(text.strip(), Origin.HUMAN, stamp.reviewer(), 1)));
            return out;
        }
    }

    /** Records a reviewer's decision on a bead: accepted or rejected. */
    record Decide(int bead, Review.State state) implements Edit {
        @Override
        public String op() {
            return state == Review.State.ACCEPTED ? "accept" : "reject";
        }

        @Override
        public List<ReviewBead> apply(List<ReviewBead> beads, Sentences sentences, Stamp stamp) {
            ReviewBead b = pick(beads, bead);
            List<ReviewBead> out = new ArrayList<>(beads);
            out.set(bead, b.withReview(new Review(state, stamp.reviewer(), stamp.time())));
            return out;
        }
    }

    private static ReviewBead pick(List<ReviewBead> beads, int index) {
        if (index < 0 || index >= beads.size()) {
            throw new EditException("no bead " + index + ": the document has beads 0 to " + (beads.size() - 1));
        }
        return beads.get(index);
    }

    /** A change of English sentences would throw away the reviewer's own English; they undo it first. */
    private static void keepsHandEdit(ReviewBead bead, int index) {
        if (bead.draft().origin() == Origin.HUMAN) {
            throw new EditException("bead " + index + " has English a reviewer wrote: undo that edit before moving "
                    + "its English sentences, or edit the text instead");
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }
}

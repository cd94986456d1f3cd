package org.hamgam.align;

/**
 * Paragraph breaks (and thereby headings, which are paragraphs of their own) as soft anchors: a bead that
 * starts a paragraph on one side only, or spans a different number of breaks on the two sides, pays a
 * penalty. Where the paragraphs are numbered alike on both sides, a bead that starts in paragraph k on one side
 * and in another on the other pays too, even one sentence into a paragraph.
 */
final class ParagraphScorer implements BeadScorer {
    private final int[] sourceParagraphs;
    private final int[] targetParagraphs;
    private final double penalty;
    private final boolean numbered;

    ParagraphScorer(int[] sourceParagraphs, int[] targetParagraphs, double penalty) {
        this(sourceParagraphs, targetParagraphs, penalty, false);
    }

    /**
     * @param numbered whether paragraph k of one side is paragraph k of the other ({@link ParagraphAgreement})
     */
    ParagraphScorer(int[] sourceParagraphs, int[] targetParagraphs, double penalty, boolean numbered) {
        this.sourceParagraphs = sourceParagraphs;
        this.targetParagraphs = targetParagraphs;
        this.penalty = penalty;
        this.numbered = numbered;
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        if (s0 == s1 || t0 == t1) {
            return 0;
        }
        int mismatches = 0;
        boolean sourceStarts = startsParagraph(sourceParagraphs, s0);
        boolean targetStarts = startsParagraph(targetParagraphs, t0);
        if (sourceStarts != targetStarts && !(sameParagraph(s0, t0) && (targetStarts
                ? firstAfterOne(sourceParagraphs, s0) : firstAfterOne(targetParagraphs, t0)))) {
            mismatches++;
        }
        int sourceBreaks = breaks(sourceParagraphs, s0, s1);
        int targetBreaks = breaks(targetParagraphs, t0, t1);
        mismatches += Math.abs(sourceBreaks - targetBreaks);
        if (sourceBreaks > targetBreaks && takesNextFirst(sourceParagraphs, s1, targetParagraphs, t1)
                || targetBreaks > sourceBreaks && takesNextFirst(targetParagraphs, t1, sourceParagraphs, s1)) {
            mismatches++;
        }
        return penalty * mismatches;
    }

    /**
     * Whether a bead that crosses more breaks on this side than on the other ends with the first sentence after one,
     * while the other side's next bead starts a paragraph (the same one, where paragraphs are numbered alike). The next bead then starts one sentence late on this side without paying
     * ({@link #firstAfterOne}), as if that first sentence had no counterpart; but it was not deleted, it was joined
     * to the paragraph before. Charged here, joining it across the break costs what a bead starting there out of
     * step costs, on top of the crossing, so that a merge across a break both sides have needs clear evidence over
     * the deletion it replaces.
     */
    private boolean takesNextFirst(int[] paragraphs, int to, int[] other, int otherTo) {
        return to < paragraphs.length && otherTo < other.length && firstAfterOne(paragraphs, to)
                && startsParagraph(other, otherTo) && (!numbered || paragraphs[to] == other[otherTo]);
    }

    /**
     * Whether a bead starting at these sentences may start one sentence late on one side: without numbers that
     * correspond, always; with them, only inside one paragraph, or a path could slide across a break one such step
     * on each side at a time.
     */
    private boolean sameParagraph(int s0, int t0) {
        return !numbered || sourceParagraphs[s0] == targetParagraphs[t0];
    }

    private static boolean startsParagraph(int[] paragraphs, int i) {
        return i == 0 || paragraphs[i] != paragraphs[i - 1];
    }

    /**
     * Whether sentence {@code i} is the second of its paragraph. The first may have no counterpart: its deletion
     * leaves the paragraph's first bead starting one sentence late on that side, which is no disagreement.
     */
    private static boolean firstAfterOne(int[] paragraphs, int i) {
        return i >= 1 && !startsParagraph(paragraphs, i) && startsParagraph(paragraphs, i - 1);
    }

    private static int breaks(int[] paragraphs, int from, int to) {
        int n = 0;
        for (int i = from + 1; i < to; i++) {
            if (paragraphs[i] != paragraphs[i - 1]) {
                n++;
            }
        }
        return n;
    }

    /**
     * Paragraphs only help when both sides have them and they are not one sentence each on one side only
     * (a sentence-per-line file against running text would turn every bead into a mismatch).
     */
    static boolean informative(int[] sourceParagraphs, int[] targetParagraphs) {
        int ps = distinct(sourceParagraphs);
        int pt = distinct(targetParagraphs);
        if (ps < 2 || pt < 2) {
            return false;
        }
        boolean sourceFlat = ps == sourceParagraphs.length;
        boolean targetFlat = pt == targetParagraphs.length;
        if (sourceFlat && targetFlat) {
            return false;
        }
        return Math.min(ps, pt) >= 0.6 * Math.max(ps, pt);
    }

    private static int distinct(int[] paragraphs) {
        int n = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            if (i == 0 || paragraphs[i] != paragraphs[i - 1]) {
                n++;
            }
        }
        return n;
    }
}

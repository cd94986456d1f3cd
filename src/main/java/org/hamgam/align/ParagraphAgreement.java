package org.hamgam.align;

import java.util.List;

/**
 * How far the paragraph breaks of the two sides correspond, judged from an alignment made without them: a break
 * agrees when that alignment passes between the same two sentences on both sides, each starting a paragraph there.
 * Web pages and translators paragraph a text in their own ways; breaks that only one side has, or that sit a
 * sentence apart, say nothing about where beads end, and treating them as anchors builds large wrong beads across
 * them. So breaks are evidence only where the sides agree: when nearly all of them agree, the paragraphing
 * corresponds and every break is a soft anchor; otherwise only the agreeing ones are. A short document has too
 * few breaks for that share to mean much, and the alignment without breaks may shift a run of beads across one:
 * where both sides have as many breaks, the aligner tests whether every break holds ({@link #all}).
 *
 * @param source  a paragraph number per source sentence, counting the breaks that serve as anchors
 * @param target  the same for the target sentences; both sides count the same breaks
 * @param agreed  breaks that agree
 * @param breaks  breaks on the side with fewer of them
 * @param numbered whether paragraph k of one side is paragraph k of the other, numbered alike from 0
 */
record ParagraphAgreement(int[] source, int[] target, int agreed, int breaks, boolean numbered) {
    /** From this share of agreeing breaks on the side with fewer breaks, the paragraphing corresponds. */
    static final double CORRESPONDING = 0.8;

    static ParagraphAgreement of(List<BandedSearch.Step> steps, int[] sourceParagraphs, int[] targetParagraphs) {
        int n = sourceParagraphs.length;
        int m = targetParagraphs.length;
        boolean[] sourceAgreed = new boolean[n];
        boolean[] targetAgreed = new boolean[m];
        int agreed = 0;
        for (BandedSearch.Step s : steps) {
            int i = s.s0();
            int j = s.t0();
            if (i > 0 && j > 0 && i < n && j < m && startsParagraph(sourceParagraphs, i)
                    && startsParagraph(targetParagraphs, j) && !sourceAgreed[i]) {
                sourceAgreed[i] = true;
                targetAgreed[j] = true;
                agreed++;
            }
        }
        int breaks = Math.min(breaks(sourceParagraphs), breaks(targetParagraphs));
        if (breaks > 0 && agreed >= CORRESPONDING * breaks) {
            return new ParagraphAgreement(sourceParagraphs, targetParagraphs, agreed, breaks, false);
        }
        return new ParagraphAgreement(renumbered(sourceAgreed), renumbered(targetAgreed), agreed, breaks, true);
    }

    /** Every break as an anchor, the k-th of one side with the k-th of the other; only for sides with as many. */
    static ParagraphAgreement all(int[] sourceParagraphs, int[] targetParagraphs) {
        int breaks = breaks(sourceParagraphs);
        if (breaks != breaks(targetParagraphs)) {
            throw new IllegalArgumentException("the sides have different numbers of paragraph breaks");
        }
        return new ParagraphAgreement(ranks(sourceParagraphs), ranks(targetParagraphs), breaks, breaks, true);
    }

    /** Whether both sides have the same number of paragraph breaks, at least one. */
    static boolean sameCount(int[] sourceParagraphs, int[] targetParagraphs) {
        int breaks = breaks(sourceParagraphs);
        return breaks > 0 && breaks == breaks(targetParagraphs);
    }

    /** Whether every break serves as an anchor, not only the agreeing ones. */
    boolean corresponding() {
        return breaks > 0 && agreed >= CORRESPONDING * breaks;
    }

    private static int[] renumbered(boolean[] agreed) {
        int[] out = new int[agreed.length];
        int p = 0;
        for (int i = 0; i < agreed.length; i++) {
            if (agreed[i]) {
                p++;
            }
            out[i] = p;
        }
        return out;
    }

    private static int[] ranks(int[] paragraphs) {
        boolean[] starts = new boolean[paragraphs.length];
        for (int i = 1; i < paragraphs.length; i++) {
            starts[i] = startsParagraph(paragraphs, i);
        }
        return renumbered(starts);
    }

    private static boolean startsParagraph(int[] paragraphs, int i) {
        return i == 0 || paragraphs[i] != paragraphs[i - 1];
    }

    private static int breaks(int[] paragraphs) {
        int b = 0;
        for (int i = 1; i < paragraphs.length; i++) {
            if (paragraphs[i] != paragraphs[i - 1]) {
                b++;
            }
        }
        return b;
    }
}

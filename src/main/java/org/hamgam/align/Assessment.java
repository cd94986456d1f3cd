package org.hamgam.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hamgam.model.Bead;

/**
 * Turns the steps of a search into beads with confidences, an overall quality and reviewer warnings.
 *
 * <p>A bead's confidence is its posterior probability among all bead sequences in the search band. The quality
 * is the confidence-weighted share of sentences that found a counterpart, so a pair that is not a translation
 * (mostly 1-0 and 0-1 beads) scores near 0 even when each deletion is itself certain.
 */
final class Assessment {
    /** Above this share of unaligned sentences the pair is reported as a doubtful translation. */
    static final double MAX_UNALIGNED = 0.3;

    private Assessment() {
    }

    static Alignment of(List<BandedSearch.Step> steps, int n, int m, double threshold, List<String> warnings) {
        List<Bead> beads = new ArrayList<>(steps.size());
        double aligned = 0;
        int unaligned = 0;
        int flagged = 0;
        int large = 0;
        for (BandedSearch.Step s : steps) {
            double confidence = s.posterior();
            if (BeadType.isLarge(s.s1() - s.s0(), s.t1() - s.t0())) {
                // A large bead is right less often than its posterior says: a reviewer looks at every one.
                confidence = Math.min(confidence, Math.max(0, Math.nextDown(threshold)));
                large++;
            }
            int size = (s.s1() - s.s0()) + (s.t1() - s.t0());
            int before = beads.size();
            if (s.s0() == s.s1() || s.t0() == s.t1()) {
                // A run of deletions searched as one step is still one deletion per sentence.
                for (int i = s.s0(); i < s.s1(); i++) {
                    beads.add(new Bead(List.of(i), List.of(), confidence));
                }
                for (int j = s.t0(); j < s.t1(); j++) {
                    beads.add(new Bead(List.of(), List.of(j), confidence));
                }
                unaligned += size;
            } else {
                beads.add(new Bead(range(s.s0(), s.s1()), range(s.t0(), s.t1()), confidence));
                aligned += confidence * size;
            }
            if (confidence < threshold) {
                flagged += beads.size() - before;
            }
        }
        double quality = aligned / (n + m);
        List<String> out = new ArrayList<>(warnings);
        double share = (double) unaligned / (n + m);
        if (share > MAX_UNALIGNED) {
            out.add(String.format(Locale.ROOT, "%.0f%% of the sentences have no counterpart: the texts may not be"
                    + " translations of each other", 100 * share));
        }
        if (large > 0) {
            out.add(large == 1
                    ? "1 bead joins two sentences on both sides or three on one: it is flagged for review"
                    : String.format(Locale.ROOT, "%d beads join two sentences on both sides or three on one: each is"
                            + " flagged for review", large));
        }
        if (flagged > 0) {
            out.add(Alignment.lowConfidenceNote(flagged, beads.size(), threshold));
        }
        return new Alignment(beads, quality, out);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            r.add(i);
        }
        return r;
    }
}

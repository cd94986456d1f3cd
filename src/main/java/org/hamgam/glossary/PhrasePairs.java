package org.hamgam.glossary;

import java.util.List;
import java.util.Set;

/**
 * The English phrase a run of Persian words translates to in one linked pair, as phrase-based translation extracts
 * phrase pairs: the English words linked to the run, trimmed of function words and of words a Persian word outside
 * claims, and consistent with the links.
 */
final class PhrasePairs {
    private static final Set<String> COORDINATION = Set.of("and", "or");
    /**
     * Words whose complement a phrase cannot hold whole: "between" and "among" take two or more things joined by
     * "and" (between Russia and Ukraine), which a phrase never holds, and "than" the second half of a comparison
     * whose first half stands before it (higher in SARS-CoV-2 than in MERS-CoV). A phrase with one inside is cut in
     * the middle of it.
     */
    private static final Set<String> FRAGMENTING = Set.of("between", "among", "amongst", "than");

    private PhrasePairs() {
    }

    /** For each English word, how many Persian words link to it. */
    static int[] claims(WordAligner.Links links) {
        int[] claims = new int[links.enToFa().length];
        for (int j : links.faToEn()) {
            if (j >= 0) {
                claims[j]++;
            }
        }
        return claims;
    }

    /**
     * The English words linked to Persian tokens s..e, as one phrase trimmed of function words and of contested
     * words at its edges, or null.
     */
    static String span(WordAligner.Links links, int[] claims, int s, int e, List<EnglishTokens.Token> et) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int i = s; i <= e; i++) {
            int j = links.faToEn()[i];
            if (j >= 0) {
                lo = Math.min(lo, j);
                hi = Math.max(hi, j);
            }
        }
        int[] enToFa = links.enToFa();
        for (int j = 0; j < enToFa.length; j++) {
            if (enToFa[j] >= s && enToFa[j] <= e) {
                lo = Math.min(lo, j);
                hi = Math.max(hi, j);
            }
        }
        while (lo <= hi && (!canEdge(et.get(lo)) || contested(links, claims, s, e, lo))) {
            lo++;
        }
        while (hi >= lo && (!canEdge(et.get(hi)) || contested(links, claims, s, e, hi))) {
            hi--;
        }
        if (hi < lo || hi - lo + 1 > TermExtractor.MAX_WORDS || !anchored(links, s, e, lo, hi)
                || !consistent(links, s, e, lo, hi, et)) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int j = lo; j <= hi; j++) {
            if (j > lo) {
                if (et.get(j).breakBefore() || COORDINATION.contains(et.get(j).key())
                        || FRAGMENTING.contains(et.get(j).key())) {
                    return null; // punctuation, "and"/"or" or half of "between X and Y" inside: not one phrase
                }
                key.append(' ');
            }
            key.append(et.get(j).key());
        }
        return key.toString();
    }

    /**
     * Whether a word of English words lo..hi is linked, either way, with one of Persian tokens s..e: a phrase pair
     * holds at least one link. When trimming has taken off every linked word, what is left between them (borders
     * between "which" and "would") translates nothing of the run.
     */
    private static boolean anchored(WordAligner.Links links, int s, int e, int lo, int hi) {
        for (int j = lo; j <= hi; j++) {
            int i = links.enToFa()[j];
            if (i >= s && i <= e) {
                return true;
            }
        }
        for (int i = s; i <= e; i++) {
            int j = links.faToEn()[i];
            if (j >= lo && j <= hi) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether English word j comes into the phrase of Persian tokens s..e only by its own link to one of them,
     * while a Persian word outside links to it and none inside does: the two links disagree, and the word is
     * left to the outside one. Of تولید دفاعی, "defense production", دفاعی alone is defense: production is تولید's.
     */
    private static boolean contested(WordAligner.Links links, int[] claims, int s, int e, int j) {
        int inside = 0;
        for (int i = s; i <= e; i++) {
            if (links.faToEn()[i] == j) {
                inside++;
            }
        }
        return inside == 0 && claims[j] > 0;
    }

    /**
     * Whether Persian tokens s..e and English words lo..hi translate each other as a whole, as phrase-based
     * translation extracts phrase pairs: no English content word inside belongs to a Persian word outside,
     * that is, is linked both ways with it, or is linked from it and from nothing inside. بیماری مزمن is then
     * not "chronic lung disease" where lung and ریه next to it are linked. A one-way link alone does not
     * count: Model 1 links a rare word to a frequent neighbour too readily.
     */
    private static boolean consistent(WordAligner.Links links, int s, int e, int lo, int hi,
                               List<EnglishTokens.Token> et) {
        int[] faToEn = links.faToEn();
        int[] enToFa = links.enToFa();
        for (int j = lo; j <= hi; j++) {
            int i = enToFa[j];
            if (i >= 0 && (i < s || i > e) && canEdge(et.get(j)) && faToEn[i] == j) {
                return false;
            }
        }
        for (int i = 0; i < faToEn.length; i++) {
            int j = faToEn[i];
            if (j >= lo && j <= hi && (i < s || i > e) && canEdge(et.get(j)) && enToFa[j] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean canEdge(EnglishTokens.Token t) {
        return !t.stop() && !t.number();
    }
}

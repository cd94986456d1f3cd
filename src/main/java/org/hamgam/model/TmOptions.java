package org.hamgam.model;

/**
 * How a translation memory is searched and used.
 *
 * @param threshold  matches below this similarity (0–100) are not reported
 * @param maxMatches how many matches are kept per segment, best first
 * @param leverage   the best match becomes the draft when its similarity reaches this value
 */
public record TmOptions(int threshold, int maxMatches, int leverage) {
    public TmOptions {
        if (threshold < 1 || threshold > 100) {
            throw new IllegalArgumentException("threshold must be within 1..100: " + threshold);
        }
        if (maxMatches < 1) {
            throw new IllegalArgumentException("maxMatches must be at least 1: " + maxMatches);
        }
        if (leverage < 0 || leverage > 100) {
            throw new IllegalArgumentException("leverage must be within 0..100: " + leverage);
        }
    }

    /** Threshold 50, top 3 matches, drafts from matches of 75 and above. */
    public static TmOptions defaults() {
        return new TmOptions(50, 3, 75);
    }
}

package org.hamgam.align;

/**
 * Scores a candidate bead as a cost in nats (about −ln of its probability; lower is better, may be negative
 * when the bead carries positive evidence). A bead covers source sentences {@code [s0, s1)} and target
 * sentences {@code [t0, t1)}; at least one side is non-empty. Scorers are built for one document pair and
 * are not thread-safe.
 */
interface BeadScorer {
    double cost(int s0, int s1, int t0, int t1);
}

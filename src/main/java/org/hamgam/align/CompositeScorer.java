package org.hamgam.align;

import java.util.List;

/** Adds up the costs of several scorers, so that each signal stays a small independent class. */
final class CompositeScorer implements BeadScorer {
    private final BeadScorer[] parts;

    CompositeScorer(List<BeadScorer> parts) {
        this.parts = parts.toArray(new BeadScorer[0]);
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        double sum = 0;
        for (BeadScorer part : parts) {
            sum += part.cost(s0, s1, t0, t1);
        }
        return sum;
    }
}

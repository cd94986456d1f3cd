package org.hamgam.align;

import java.util.List;

/** A bead shape with its prior cost in nats. */
record BeadType(int source, int target, double prior) {
    /**
     * The eight shapes with priors after Gale and Church (1993), with 1-3 and 3-1 added. Deletions are made more
     * likely than their 0.5 % each: in real document pairs whole passages go untranslated, and a deletion that is
     * too dear gets absorbed into a neighbouring bead instead.
     */
    static List<BeadType> all(double deletion, double merge, double twoTwo, double threeOne) {
        return List.of(
                new BeadType(1, 1, -Math.log(0.89)),
                new BeadType(1, 0, deletion),
                new BeadType(0, 1, deletion),
                new BeadType(2, 1, merge),
                new BeadType(1, 2, merge),
                new BeadType(2, 2, twoTwo),
                new BeadType(3, 1, threeOne),
                new BeadType(1, 3, threeOne));
    }
}

package org.hamgam.align;

import java.util.List;

/**
 * A bead shape with its prior cost. The priors follow Gale and Church (1993), with 1-3 and 3-1 added and
 * 2-2 made rarer, since a 2-2 bead usually hides two 1-1 beads.
 */
record BeadType(int source, int target, double prior) {
    static final List<BeadType> ALL = List.of(
            new BeadType(1, 1, -Math.log(0.89)),
            new BeadType(1, 0, -Math.log(0.005)),
            new BeadType(0, 1, -Math.log(0.005)),
            new BeadType(2, 1, -Math.log(0.04)),
            new BeadType(1, 2, -Math.log(0.04)),
            new BeadType(2, 2, -Math.log(0.006)),
            new BeadType(3, 1, -Math.log(0.004)),
            new BeadType(1, 3, -Math.log(0.004)));
}

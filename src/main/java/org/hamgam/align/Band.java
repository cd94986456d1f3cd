package org.hamgam.align;

/**
 * The cells the search may visit: for each source prefix length {@code i} a range {@code [lo[i], hi[i]]} of
 * target prefix lengths around a guide path. Memory and time are proportional to {@code n × width}.
 */
final class Band {
    final int n;
    final int m;
    final int[] lo;
    final int[] hi;
    final long[] offset;

    private Band(int n, int m, int[] lo, int[] hi) {
        this.n = n;
        this.m = m;
        this.lo = lo;
        this.hi = hi;
        this.offset = new long[n + 2];
        for (int i = 0; i <= n; i++) {
            offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
        }
    }

    /** A band of half-width {@code width} around {@code guide} (a non-decreasing target position per row). */
    static Band around(int[] guide, int m, int width) {
        int n = guide.length - 1;
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            lo[i] = Math.max(0, guide[i] - width);
            hi[i] = Math.min(m, guide[i] + width);
        }
        lo[0] = 0;
        hi[n] = m;
        for (int i = 1; i <= n; i++) {
            lo[i] = Math.max(lo[i], lo[i - 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            hi[i] = Math.min(hi[i], hi[i + 1]);
            // Row i must reach the start of row i + 1, or the band would be cut in two.
            hi[i] = Math.max(hi[i], lo[i + 1]);
        }
        for (int i = 1; i <= n; i++) {
            hi[i] = Math.max(hi[i], hi[i - 1]);
        }
        return new Band(n, m, lo, hi);
    }

    long cells() {
        return offset[n + 1];
    }

    boolean contains(int i, int j) {
        return i >= 0 && i <= n && j >= lo[i] && j <= hi[i];
    }

    int index(int i, int j) {
        return (int) (offset[i] + (j - lo[i]));
    }

    boolean full() {
        for (int i = 0; i <= n; i++) {
            if (lo[i] > 0 || hi[i] < m) {
                return false;
            }
        }
        return true;
    }

    /** Whether the path point {@code (i, j)} lies on an edge that the band drew, rather than a document edge. */
    boolean onEdge(int i, int j) {
        return (j == lo[i] && lo[i] > 0) || (j == hi[i] && hi[i] < m);
    }

    /** Cells of a band of this shape for a given half-width, computed without building it. */
    static long estimateCells(int n, int m, int width) {
        return (long) (n + 1) * Math.min(m + 1, 2L * width + 1);
    }
}

package org.hamgam.io;

/**
 * Carries offsets in a text as written over to its repaired form, so that the review page can mark a glossary
 * term (found with offsets into the original) in the repaired text it shows. Repairs are local — a letter
 * replaced, a kashida dropped, a zero-width non-joiner put in or put for a space — so one pass that keeps equal
 * characters in step and, where they differ, takes the repair that brings them back in step is enough.
 */
final class RepairedOffsets {
    private final int[] toRepaired;

    private RepairedOffsets(int[] toRepaired) {
        this.toRepaired = toRepaired;
    }

    static RepairedOffsets between(String original, String repaired) {
        int n = original.length();
        int m = repaired.length();
        int[] map = new int[n + 1];
        int i = 0;
        int j = 0;
        while (i < n) {
            char o = original.charAt(i);
            if (j < m && o == repaired.charAt(j)) {
                map[i++] = j++;
            } else if (j >= m || (i + 1 < n && original.charAt(i + 1) == repaired.charAt(j)
                    && !(j + 1 < m && o == repaired.charAt(j + 1)))) {
                map[i++] = j; // dropped from the original
            } else if (j + 1 < m && o == repaired.charAt(j + 1)) {
                j++; // put into the repaired text
            } else {
                map[i++] = j++; // replaced
            }
        }
        map[n] = m;
        return new RepairedOffsets(map);
    }

    /** The offset in the repaired text where the original's {@code offset} lands (clamped to the text). */
    int at(int offset) {
        return toRepaired[Math.max(0, Math.min(offset, toRepaired.length - 1))];
    }
}

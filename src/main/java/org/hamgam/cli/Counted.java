package org.hamgam.cli;

/** A count with its noun in the number it takes: {@code 1 term}, {@code 0 terms}, {@code 2 terms}. */
final class Counted {
    private Counted() {
    }

    /** {@code count} and {@code noun}, with an s unless the count is one (regular plurals only). */
    static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}

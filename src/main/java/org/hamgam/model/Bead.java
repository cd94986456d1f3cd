package org.hamgam.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One alignment unit: 0-based indices of consecutive source and target segments that translate each other.
 * {@code score} is a confidence in [0, 1].
 */
public record Bead(List<Integer> source, List<Integer> target, double score) {
    public Bead {
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a bead needs at least one segment");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("bead score must be in [0, 1]: " + score);
        }
    }

    /** The bead type as {@code source-target} counts, e.g. {@code 2-1}. */
    public String type() {
        return source.size() + "-" + target.size();
    }

    /** The bead in the usual notation {@code [0, 1]:[2]}. */
    public String notation() {
        return format(source) + ":" + format(target);
    }

    private static String format(List<Integer> indices) {
        return indices.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
}

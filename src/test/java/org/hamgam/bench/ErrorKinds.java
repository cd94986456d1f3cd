package org.hamgam.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The wrong output beads of one document, each named by the kind of its error, for reading the development errors
 * of {@link RunningTextBench} ({@code -e}): a segment that crosses a gold bead's edge (the segmenter's error), a
 * deletion where the gold pairs the sentence or a pair where the gold deletes, or beads that join sentences of
 * several gold beads (the aligner's error), by the shape of the output bead. With {@code -Ddoc=NAME}, every bead of
 * that document is printed with the gold beads of its segments.
 */
final class ErrorKinds {
    private ErrorKinds() {
    }

    static void print(String label, RunningText.Pair pair, List<OffsetScore.Output> beads, Map<String, Integer> kinds) {
        int[] so = OffsetScore.owners(pair.source(), pair.gold(), true);
        int[] to = OffsetScore.owners(pair.target(), pair.gold(), false);
        for (OffsetScore.Output b : beads) {
            List<Integer> sg = new ArrayList<>();
            List<Integer> tg = new ArrayList<>();
            boolean badSegment = collect(b.source(), so, pair.source(), sg) | collect(b.target(), to, pair.target(), tg);
            List<Integer> all = new ArrayList<>(sg);
            all.addAll(tg);
            boolean oneGold = !all.isEmpty() && all.stream().distinct().count() == 1;
            if (label.endsWith(" " + System.getProperty("doc", "-"))) {
                // Every bead of the one document asked for, right or wrong, to see the errors in their context.
                System.err.println("BEAD " + label + " s" + sg + " t" + tg + (badSegment ? " SEG" : "") + "  "
                        + start(text(pair.source(), b.source()), 40) + " || " + start(text(pair.target(), b.target()), 60));
            }
            String kind;
            if (badSegment) {
                kind = "segment";
            } else if (oneGold) {
                RunningText.GoldBead g = pair.gold().get(all.get(0));
                if (b.source().isEmpty() == g.source().isEmpty() && b.target().isEmpty() == g.target().isEmpty()) {
                    continue;
                }
                kind = b.source().isEmpty() || b.target().isEmpty() ? "deleted-a-pair" : "paired-a-deletion";
            } else {
                kind = "mixed";
            }
            String shape = b.source().size() + "-" + b.target().size();
            kinds.merge(kind + " " + shape, 1, Integer::sum);
            System.err.println("ERR " + label + " " + kind + " " + shape + " gold s" + sg + " t" + tg + "\n  S: "
                    + text(pair.source(), b.source()) + "\n  T: " + text(pair.target(), b.target()));
            if (badSegment) {
                missedCuts("S", b.source(), so, pair.source());
                missedCuts("T", b.target(), to, pair.target());
            }
        }
    }

    /** Adds the gold beads of each segment's characters; true when one segment has characters of two or none. */
    private static boolean collect(List<int[]> spans, int[] owners, String text, List<Integer> out) {
        boolean bad = false;
        for (int[] span : spans) {
            int owner = -1;
            for (int c = span[0]; c < span[1]; c++) {
                if (Character.isWhitespace(text.charAt(c))) {
                    continue;
                }
                if (owners[c] < 0 || (owner >= 0 && owners[c] != owner)) {
                    bad = true;
                }
                owner = owners[c] < 0 ? owner : owners[c];
            }
            out.add(owner);
        }
        return bad;
    }

    /** Prints where a segment runs over a gold edge, as "…left|right…", to read what the segmenter missed. */
    private static void missedCuts(String side, List<int[]> spans, int[] owners, String text) {
        for (int[] span : spans) {
            int owner = -1;
            for (int c = span[0]; c < span[1]; c++) {
                if (owners[c] >= 0 && !Character.isWhitespace(text.charAt(c))) {
                    if (owner >= 0 && owners[c] != owner) {
                        System.err.println("  CUT " + side + ": " + text.substring(Math.max(span[0], c - 40), c)
                                .replace('\n', '/') + "|" + text.substring(c, Math.min(span[1], c + 30)));
                    }
                    owner = owners[c];
                }
            }
        }
    }

    private static String start(String s, int length) {
        return s.substring(0, Math.min(length, s.length()));
    }

    private static String text(String text, List<int[]> spans) {
        StringBuilder out = new StringBuilder();
        for (int[] s : spans) {
            String x = text.substring(s[0], s[1]);
            out.append(x.length() > 120 ? x.substring(0, 60) + " … " + x.substring(x.length() - 50) : x).append(" | ");
        }
        return out.toString();
    }
}

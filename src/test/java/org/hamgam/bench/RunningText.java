package org.hamgam.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hamgam.model.Lang;

/**
 * Document pairs written as running text, as users hand them in: a headline line, then paragraphs of several
 * sentences, with the gold beads as character spans of both texts. Built from 1-1 sentence pairs with random merges
 * (two sentences written as one, joined by a semicolon) and deletions, or from sentence lists with gold beads
 * already given (Text+Berg), in one of two layouts: paragraph breaks at the same beads on both sides, or each side
 * cut into paragraphs of a fixed number of sentences on its own, so that a merge or a deletion shifts them.
 */
final class RunningText {
    /** Where the paragraph breaks go. */
    enum Layout {
        /** Breaks between the same beads on both sides, every two to five beads. */
        CORRESPONDING,
        /** Each side in paragraphs of {@link #SENTENCES_PER_PARAGRAPH} of its own sentences. */
        INDEPENDENT
    }

    static final int SENTENCES_PER_PARAGRAPH = 4;

    /** One gold bead: the character spans {@code {start, end}} of its sentences on each side. */
    record GoldBead(List<int[]> source, List<int[]> target) {
    }

    /** A document pair as two texts with the gold beads over their characters. */
    record Pair(String name, Lang sourceLang, Lang targetLang, String source, String target, List<GoldBead> gold) {
    }

    /** Sentences of both sides with gold beads as sentence indices, before they are written out. */
    record Sentences(List<String> source, List<String> target, List<int[][]> beads) {
    }

    private RunningText() {
    }

    /**
     * Perturbs 1-1 pairs {source, target}: the first pair is the headline (its end mark dropped, kept 1-1); after
     * it, with probability {@code merge} two pairs become one sentence on one side, with probability {@code drop}
     * one side of a pair is left out.
     */
    static Sentences perturb(List<String[]> pairs, double merge, double drop, Random random) {
        List<String> s = new ArrayList<>();
        List<String> t = new ArrayList<>();
        List<int[][]> beads = new ArrayList<>();
        s.add(headline(pairs.get(0)[0]));
        t.add(headline(pairs.get(0)[1]));
        beads.add(new int[][] {{0}, {0}});
        int k = 1;
        while (k < pairs.size()) {
            double r = random.nextDouble();
            if (r < merge && k + 1 < pairs.size()) {
                String[] a = pairs.get(k);
                String[] b = pairs.get(k + 1);
                if (random.nextBoolean()) {
                    beads.add(new int[][] {{s.size()}, {t.size(), t.size() + 1}});
                    s.add(joined(a[0], b[0], '؛'));
                    t.add(a[1]);
                    t.add(b[1]);
                } else {
                    beads.add(new int[][] {{s.size(), s.size() + 1}, {t.size()}});
                    s.add(a[0]);
                    s.add(b[0]);
                    t.add(joined(a[1], b[1], ';'));
                }
                k += 2;
            } else if (r < merge + drop) {
                if (random.nextBoolean()) {
                    beads.add(new int[][] {{s.size()}, {}});
                    s.add(pairs.get(k)[0]);
                } else {
                    beads.add(new int[][] {{}, {t.size()}});
                    t.add(pairs.get(k)[1]);
                }
                k++;
            } else {
                beads.add(new int[][] {{s.size()}, {t.size()}});
                s.add(pairs.get(k)[0]);
                t.add(pairs.get(k)[1]);
                k++;
            }
        }
        return new Sentences(s, t, beads);
    }

    /** A headline is written without its end mark. */
    private static String headline(String sentence) {
        String h = sentence.strip();
        while (!h.isEmpty() && ".。!".indexOf(h.charAt(h.length() - 1)) >= 0) {
            h = h.substring(0, h.length() - 1);
        }
        return h.isEmpty() ? sentence.strip() : h;
    }

    /**
     * Two sentences written as one: the first one's final full stop becomes a semicolon, which no segmenter takes
     * for a sentence end. A first sentence without a final full stop is joined as it is.
     */
    private static String joined(String a, String b, char semicolon) {
        String x = a.strip();
        if (x.endsWith(".")) {
            x = x.substring(0, x.length() - 1) + semicolon;
        }
        return x + " " + b.strip();
    }

    /**
     * Writes both sides as running text: the first bead alone as the headline line, then paragraphs separated by a
     * blank line, sentences inside a paragraph separated by a space.
     */
    static Pair write(String name, Lang sourceLang, Lang targetLang, Sentences sentences, Layout layout,
                      Random random) {
        int beads = sentences.beads().size();
        // breakBefore[b]: a paragraph starts with bead b (corresponding layout).
        boolean[] breakBefore = new boolean[beads + 1];
        breakBefore[0] = true;
        if (beads > 1) {
            breakBefore[1] = true;
        }
        int next = 1;
        while (next < beads) {
            next += 2 + random.nextInt(4);
            if (next < beads) {
                breakBefore[next] = true;
            }
        }
        boolean[] sourceBreaks = breaks(sentences.source().size(), sentences.beads(), 0, breakBefore, layout);
        boolean[] targetBreaks = breaks(sentences.target().size(), sentences.beads(), 1, breakBefore, layout);
        List<int[]> sourceSpans = new ArrayList<>();
        List<int[]> targetSpans = new ArrayList<>();
        String source = text(sentences.source(), sourceBreaks, sourceSpans);
        String target = text(sentences.target(), targetBreaks, targetSpans);
        List<GoldBead> gold = new ArrayList<>(beads);
        for (int[][] b : sentences.beads()) {
            gold.add(new GoldBead(spans(b[0], sourceSpans), spans(b[1], targetSpans)));
        }
        return new Pair(name, sourceLang, targetLang, source, target, gold);
    }

    private static List<int[]> spans(int[] sentences, List<int[]> all) {
        List<int[]> out = new ArrayList<>(sentences.length);
        for (int i : sentences) {
            out.add(all.get(i));
        }
        return out;
    }

    /** Which sentences of one side start a paragraph. */
    private static boolean[] breaks(int count, List<int[][]> beads, int side, boolean[] breakBefore, Layout layout) {
        boolean[] out = new boolean[count];
        if (count == 0) {
            return out;
        }
        out[0] = true;
        // The headline (the first bead's sentences) is a line of its own in both layouts.
        int afterHeadline = beads.get(0)[side].length;
        if (afterHeadline < count) {
            out[afterHeadline] = true;
        }
        if (layout == Layout.INDEPENDENT) {
            for (int i = afterHeadline; i < count; i += SENTENCES_PER_PARAGRAPH) {
                out[i] = true;
            }
            return out;
        }
        for (int b = 0; b < beads.size(); b++) {
            int[] sentences = beads.get(b)[side];
            if (breakBefore[b] && sentences.length > 0) {
                out[sentences[0]] = true;
            } else if (breakBefore[b]) {
                // A bead without a sentence on this side passes its break on to the next sentence of the side.
                for (int c = b + 1; c < beads.size(); c++) {
                    if (beads.get(c)[side].length > 0) {
                        out[beads.get(c)[side][0]] = true;
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static String text(List<String> sentences, boolean[] breaks, List<int[]> spans) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                out.append(breaks[i] ? "\n\n" : " ");
            }
            String s = sentences.get(i).strip().replace('\n', ' ');
            spans.add(new int[] {out.length(), out.length() + s.length()});
            out.append(s);
        }
        out.append('\n');
        return out.toString();
    }
}

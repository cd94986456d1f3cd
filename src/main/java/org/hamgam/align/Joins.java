package org.hamgam.align;

import java.util.List;
import org.hamgam.model.Segment;

/**
 * Where two neighbouring segments may be pieces of one sentence: both in one paragraph, and the first without a
 * sentence end mark (a segmenter that cuts at candidate breaks leaves such pieces, e.g. a label ending in a colon).
 */
final class Joins {
    private static final String END_MARKS = ".!?؟…";
    private static final String CLOSERS = "»\"”’')]";

    private Joins() {
    }

    /** {@code out[i]}: segments {@code i} and {@code i + 1} may be one sentence; the last entry is always false. */
    static boolean[] of(List<Segment> segments) {
        boolean[] out = new boolean[segments.size()];
        for (int i = 0; i + 1 < segments.size(); i++) {
            out[i] = segments.get(i).paragraph() == segments.get(i + 1).paragraph()
                    && !endsSentence(segments.get(i).text());
        }
        return out;
    }

    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || CLOSERS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > 0 && END_MARKS.indexOf(text.charAt(end - 1)) >= 0;
    }
}

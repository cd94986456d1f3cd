package org.hamgam.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.align.Alignment;
import org.hamgam.model.Bitext;
import org.hamgam.model.Row;

/**
 * The document note that says how many beads need review for their confidence, counted from the rows as their
 * {@code low-confidence} flags are: the aligner's count also takes in Persian left without English (which its
 * {@code untranslated} error flags), and after a review it no longer says what is left to look at. Every command
 * that reports an aligned document ({@code run}, {@code align}, the review's recount) says it through this class,
 * so the same input gets the same note.
 */
public final class ConfidenceNote {
    private ConfidenceNote() {
    }

    /** {@code bitext} with its low-confidence note counted from its rows ({@link #recount}). */
    public static Bitext recounted(Bitext bitext, double threshold) {
        return new Bitext(bitext.docId(), bitext.source(), bitext.target(), bitext.rows(), bitext.quality(),
                recount(bitext.notes(), bitext.rows(), threshold));
    }

    /**
     * {@code notes} with the count of beads below the threshold replaced by that of {@code rows} reported
     * low-confidence ({@link Row#lowConfidence}: an accepted bead is not), or dropped when none is.
     */
    public static List<String> recount(List<String> notes, List<Row> rows, double threshold) {
        long low = rows.stream().filter(r -> r.lowConfidence(threshold)).count();
        List<String> out = new ArrayList<>(notes.size() + 1);
        boolean placed = false;
        for (String note : notes) {
            if (!Alignment.isLowConfidenceNote(note)) {
                out.add(note);
            } else if (!placed && low > 0) {
                out.add(Alignment.lowConfidenceNote(low, rows.size(), threshold));
                placed = true;
            } else {
                placed = true;
            }
        }
        if (!placed && low > 0) {
            out.add(Alignment.lowConfidenceNote(low, rows.size(), threshold));
        }
        return out;
    }
}

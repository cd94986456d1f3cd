package org.hamgam.io;

import java.util.List;
import java.util.Map;
import org.hamgam.model.QaPair;

/**
 * What {@code hamgam qa} reads from one file: its pairs, and the reviewer's decisions the file carries.
 *
 * @param pairs        the pairs, in file order
 * @param noCounterpart the pairs a reviewer accepted as Persian with no English, by pair id, each with the
 *                      reviewer's name ({@code ""} when the file does not say); only a run's XLIFF carries them
 */
public record QaInput(List<QaPair> pairs, Map<String, String> noCounterpart) {
    public QaInput {
        pairs = List.copyOf(pairs);
        noCounterpart = Map.copyOf(noCounterpart);
    }
}

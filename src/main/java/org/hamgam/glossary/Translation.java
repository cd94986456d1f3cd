package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.List;

/** An English phrase (last word in the singular) proposed for a candidate, with the pairs that proposed it. */
final class Translation implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final String key;
    int count;
    /** The last pair counted, while one group of pairs is summarized. */
    transient int lastPair = -1;
    final List<String> ids = new ArrayList<>();

    Translation(String key) {
        this.key = key;
    }

    /** Adds the pairs of the same phrase proposed elsewhere, examples up to {@link TermCounts#EXAMPLES}. */
    void add(Translation other) {
        count += other.count;
        for (String id : other.ids) {
            if (ids.size() < TermCounts.EXAMPLES) {
                ids.add(id);
            }
        }
    }
}

package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.List;

/** An English phrase (last word in the singular) proposed for a candidate, with the pairs that proposed it. */
final class Translation {
    final String key;
    int count;
    int lastPair = -1;
    final List<String> ids = new ArrayList<>();

    Translation(String key) {
        this.key = key;
    }
}

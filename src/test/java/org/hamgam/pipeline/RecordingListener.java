package org.hamgam.pipeline;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentSkipListMap;
import org.hamgam.model.Bitext;

/** Keeps every document's records of a batch, for tests that look at them; the runner keeps only summaries. */
public final class RecordingListener implements ProgressListener {
    private final Map<String, Bitext> bitexts = new ConcurrentSkipListMap<>();

    @Override
    public void processed(String name, Bitext bitext) {
        bitexts.put(name, bitext);
    }

    /** The records of the document {@code name}. */
    public Bitext of(String name) {
        Bitext bitext = bitexts.get(name);
        if (bitext == null) {
            throw new NoSuchElementException("no records of " + name);
        }
        return bitext;
    }

    /** The records of the first document by name. */
    public Bitext first() {
        return bitexts.values().iterator().next();
    }
}

package org.hamgam.cli;

import java.time.Duration;
import java.util.Locale;

/**
 * How fast a batch goes and how long it has left, from the documents and sentences done since it started. Time left
 * is the documents still to do at the average time a document has taken so far.
 */
record Throughput(int documents, int done, long sentences, Duration elapsed) {
    /** Sentences a second so far, 0 before any time has passed. */
    double sentencesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? sentences / seconds : 0;
    }

    /** The time the documents still to do should take, empty before the first is done. */
    java.util.Optional<Duration> left() {
        if (done == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(elapsed.multipliedBy(documents - done).dividedBy(done));
    }

    /** For a log line: {@code 35 sentences/s, about 2 min left}; no time left once every document is done. */
    String describe() {
        String rate = String.format(Locale.ROOT, "%.0f sentences/s", sentencesPerSecond());
        if (done >= documents) {
            return rate;
        }
        return left().map(d -> rate + ", about " + (d.toSeconds() < 1 ? "a second" : humane(d)) + " left")
                .orElse(rate);
    }

    static String humane(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}

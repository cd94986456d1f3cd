package org.hamgam.model;

import java.util.Locale;
import java.util.Objects;

/**
 * What a reviewer decided about a bead: nothing yet, accepted or rejected, by whom and when. Only a person's
 * decision makes a bead reviewed; the pipeline itself always writes {@link #none()}.
 *
 * @param reviewer the reviewer's name, empty while pending
 * @param time     when the decision was taken (ISO-8601 instant), empty while pending
 */
public record Review(State state, String reviewer, String time) {
    /** The decision. */
    public enum State {
        PENDING, ACCEPTED, REJECTED;

        /** The lower-case label used in output files and the review API. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Review NONE = new Review(State.PENDING, "", "");

    public Review {
        Objects.requireNonNull(state, "state");
        reviewer = reviewer == null ? "" : reviewer;
        time = time == null ? "" : time;
    }

    /** No decision yet. */
    public static Review none() {
        return NONE;
    }

    public boolean accepted() {
        return state == State.ACCEPTED;
    }

    public boolean pending() {
        return state == State.PENDING;
    }
}

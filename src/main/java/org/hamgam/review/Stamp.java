package org.hamgam.review;

import java.util.Objects;

/** Who made an edit and when (ISO-8601 instant); kept in the journal so that replaying it gives the same files. */
record Stamp(String reviewer, String time) {
    Stamp {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(time, "time");
    }
}

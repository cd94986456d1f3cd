package org.hamgam.review;

import java.util.Locale;

/** The Persian or the English side of a bead. */
enum Side {
    SOURCE, TARGET;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Side parse(String text) {
        for (Side side : values()) {
            if (side.label().equals(text)) {
                return side;
            }
        }
        throw new EditException("side must be \"source\" or \"target\", not " + quote(text));
    }

    static String quote(String text) {
        return text == null ? "nothing" : "\"" + text + "\"";
    }
}

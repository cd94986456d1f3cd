package org.hamgam.qa;

import org.hamgam.text.Letters;

/**
 * Whether a text writes a word twice in a row ("to to", "برای برای"), in either script, ignoring case. A pair whose
 * both sides do so shows the error on purpose: a demonstration text, or an example of a doubled word.
 */
final class DoubledWords {
    private DoubledWords() {
    }

    static boolean in(String text) {
        int[] previous = null;
        for (int[] w : WordSpans.of(text)) {
            int length = w[1] - w[0];
            if (previous != null && length > 1 && length == previous[1] - previous[0]
                    && Letters.isBlank(text.substring(previous[1], w[0]))
                    && text.regionMatches(true, previous[0], text, w[0], length)) {
                return true;
            }
            previous = w;
        }
        return false;
    }
}

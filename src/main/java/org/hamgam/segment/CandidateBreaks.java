package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Lang;

/**
 * Places inside a sentence where another sentence may begin without a mark to say so: a colon followed by what
 * reads as a sentence opener (a capital letter in Latin script; in Persian, which has no capitals, any word), as in
 * a label or a list item ("Blood: disseminated…", "in drei Schritten: Die erste…"), which parallel texts often
 * cut as sentences of their own. A break here is only a candidate: the aligner may join the pieces again.
 */
final class CandidateBreaks {
    private final Lang lang;

    CandidateBreaks(Lang lang) {
        this.lang = lang;
    }

    /** Offsets in {@code text}, in order, at which a piece may start; the piece before keeps its colon. */
    List<Integer> in(String text) {
        List<Integer> out = new ArrayList<>();
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            if (colon == 0 || !Character.isLetterOrDigit(text.codePointBefore(colon))
                    && !closes(text.charAt(colon - 1))) {
                continue;
            }
            int next = colon + 1;
            if (next >= text.length() || !Character.isWhitespace(text.charAt(next))) {
                continue;
            }
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < text.length() && opens(text.codePointAt(next))) {
                out.add(next);
            }
        }
        return out;
    }

    private static boolean closes(char c) {
        return c == ')' || c == '"' || c == '»' || c == '”';
    }

    private boolean opens(int c) {
        if (Character.isUpperCase(c)) {
            return true;
        }
        return lang == Lang.FA && Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }
}

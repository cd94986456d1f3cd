package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamgam.model.Span;

/**
 * The rules every splitter obeys around its proposals: a break follows an end mark and its closing quotes and is
 * followed by whitespace (so decimals, versions, URLs and e-mail addresses are never cut), and some tokens never
 * end a sentence. Proposals that break a rule are dropped; the rules never invent a break.
 */
final class BoundaryRules {
    private final Set<String> neverFinal;
    private final Set<String> neverFinalBeforeNumber;

    BoundaryRules(Set<String> neverFinal, Set<String> neverFinalBeforeNumber) {
        this.neverFinal = Set.copyOf(neverFinal);
        this.neverFinalBeforeNumber = Set.copyOf(neverFinalBeforeNumber);
    }

    /** The rules with the shipped word lists; loaded once. */
    static BoundaryRules standard() {
        return Standard.RULES;
    }

    private static final class Standard {
        static final BoundaryRules RULES = new BoundaryRules(WordLists.load("never-final.txt"),
                WordLists.load("never-final-before-number.txt"));
    }

    /**
     * Cuts {@code text} after each accepted proposal.
     *
     * @param proposedEnds offsets just after the last character of a proposed sentence, in increasing order
     */
    List<Span> apply(String text, List<Integer> proposedEnds) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int proposed : proposedEnds) {
            int end = acceptedEnd(text, proposed);
            if (end > start) {
                addTrimmed(text, start, end, spans);
                start = end;
            }
        }
        addTrimmed(text, start, text.length(), spans);
        return spans;
    }

    /** The offsets of end marks that close a run of end marks ("?!" gives the «!»), the candidates for a break. */
    static List<Integer> candidates(String text) {
        List<Integer> marks = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (Chars.isEos(text.charAt(i)) && (i + 1 == n || !Chars.isEos(text.charAt(i + 1)))) {
                marks.add(i);
            }
        }
        return marks;
    }

    /** The end of the sentence if a break near {@code proposed} is acceptable, otherwise -1. */
    int acceptedEnd(String text, int proposed) {
        int n = text.length();
        int end = proposed;
        while (end > 0 && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        // Closing quotes and brackets right after the end mark belong to the sentence: «…». or (…!)
        while (end < n && Chars.isCloser(text.charAt(end))) {
            end++;
        }
        if (end <= 0 || end >= n || !Chars.isSpace(text.charAt(end))) {
            return -1;
        }
        int mark = end - 1;
        while (mark > 0 && Chars.isCloser(text.charAt(mark))) {
            mark--;
        }
        if (!Chars.isEos(text.charAt(mark))) {
            return -1;
        }
        int next = end;
        while (next < n && Chars.isSpace(text.charAt(next))) {
            next++;
        }
        if (next >= n) {
            return -1;
        }
        String token = lastToken(text, end);
        char following = text.charAt(next);
        if (neverFinal.contains(token)) {
            return -1;
        }
        if (neverFinalBeforeNumber.contains(token) && Character.isDigit(following)) {
            return -1;
        }
        // «و…» and «و ...» are Persian for "etc." inside a sentence.
        if (token.equals("و…") || token.equals("و...")) {
            return -1;
        }
        // A lowercase word after a full stop or an ellipsis continues the sentence: "U.S. officials", "wait... and".
        char last = text.charAt(mark);
        if ((last == '.' || last == '\u2026') && Character.isLowerCase(following)) {
            return -1;
        }
        return end;
    }

    /** The whitespace-delimited token that ends at {@code end}, without opening quotes or closing quotes. */
    private static String lastToken(String text, int end) {
        int start = end;
        while (start > 0 && !Chars.isSpace(text.charAt(start - 1))) {
            start--;
        }
        int stop = end;
        while (stop > start && Chars.isCloser(text.charAt(stop - 1))) {
            stop--;
        }
        while (start < stop && isOpener(text.charAt(start))) {
            start++;
        }
        return text.substring(start, stop);
    }

    private static boolean isOpener(char c) {
        return c == '\u00AB' || c == '(' || c == '[' || c == '"' || c == '\'' || c == '\u201C' || c == '\u2018';
    }

    static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Chars.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}

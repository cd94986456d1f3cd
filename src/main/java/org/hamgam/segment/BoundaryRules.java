package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamgam.model.Span;
import org.hamgam.text.Letters;

/**
 * The rules every splitter obeys around its proposals: a break follows an end mark and its closing quotes and is
 * followed by whitespace (so decimals, versions, URLs and e-mail addresses are never cut), or is a glued Persian
 * end (see {@link #isGluedEnd}); and some tokens never end a sentence. Proposals that break a rule are dropped; the
 * rules never invent a break.
 */
final class BoundaryRules {
    private final Set<String> neverFinal;
    private final Set<String> neverFinalBeforeNumber;
    private final Set<String> monthsAfterOrdinal;

    BoundaryRules(Set<String> neverFinal, Set<String> neverFinalBeforeNumber) {
        this(neverFinal, neverFinalBeforeNumber, Set.of());
    }

    /** @param monthsAfterOrdinal month names that a day number with a full stop precedes (German "18. Mai") */
    BoundaryRules(Set<String> neverFinal, Set<String> neverFinalBeforeNumber, Set<String> monthsAfterOrdinal) {
        this.neverFinal = Set.copyOf(neverFinal);
        this.neverFinalBeforeNumber = Set.copyOf(neverFinalBeforeNumber);
        this.monthsAfterOrdinal = Set.copyOf(monthsAfterOrdinal);
    }

    /** The rules with the shipped word lists; loaded once. */
    static BoundaryRules standard() {
        return Standard.RULES;
    }

    private static final class Standard {
        static final BoundaryRules RULES = new BoundaryRules(WordLists.load("never-final.txt"),
                WordLists.load("never-final-before-number.txt"), WordLists.load("month-names-de.txt"));
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
            if (Letters.isEos(text.charAt(i)) && (i + 1 == n || !Letters.isEos(text.charAt(i + 1)))) {
                marks.add(i);
            }
        }
        return marks;
    }

    /** The end of the sentence if a break near {@code proposed} is acceptable, otherwise -1. */
    int acceptedEnd(String text, int proposed) {
        int n = text.length();
        int end = proposed;
        while (end > 0 && Letters.isSpaceOrBom(text.charAt(end - 1))) {
            end--;
        }
        // Closing quotes and brackets right after the end mark belong to the sentence: «…». or (…!)
        while (end < n && Letters.isCloser(text.charAt(end))) {
            end++;
        }
        if (end <= 0 || end >= n || !(Letters.isSpaceOrBom(text.charAt(end)) || isGluedEnd(text, end))) {
            return -1;
        }
        int mark = end - 1;
        while (mark > 0 && Letters.isCloser(text.charAt(mark))) {
            mark--;
        }
        if (!Letters.isEos(text.charAt(mark))) {
            return -1;
        }
        int next = end;
        while (next < n && Letters.isSpaceOrBom(text.charAt(next))) {
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
        // A day number with its full stop before a month is a German date (am 18. Mai 1956), never an end.
        if (isDayOrdinal(token) && monthsAfterOrdinal.contains(wordAt(text, next))) {
            return -1;
        }
        // «و…» and «و ...» are Persian for "etc." inside a sentence.
        if (token.equals("و…") || token.equals("و...")) {
            return -1;
        }
        // In Latin-script text a lowercase word after a full stop or an ellipsis continues the sentence:
        // "U.S. officials", "wait... and". After a Persian word it says nothing (Persian has no case).
        char last = text.charAt(mark);
        if ((last == '.' || last == '\u2026') && Character.isLowerCase(following) && !hasArabicLetter(token)
                && !isCapitalisedAfterPrefix(text, next) && !hasInnerCapital(text, next)) {
            return -1;
        }
        return end;
    }

    /**
     * Whether a sentence ends at {@code end} although no space follows: between Persian words, an end mark (with
     * the closing quotes on either side of it) that two Arabic-script letters precede and an Arabic-script letter
     * or a digit follows, as in «ابداع کرد.شرکت», «ندادند".دولت» or «می‌کند.80٪». Text pasted from the web
     * loses the space this way (a citation mark removed after the end mark); Persian has no word with an inner
     * end mark, and the two letters keep one-letter abbreviations such as ه.ش and ق.م out.
     */
    static boolean isGluedEnd(String text, int end) {
        if (end <= 0 || end >= text.length()) {
            return false;
        }
        char next = text.charAt(end);
        if (!(isArabicLetter(next) || Character.isDigit(next))) {
            return false;
        }
        int mark = end - 1;
        while (mark > 0 && Letters.isCloser(text.charAt(mark))) {
            mark--;
        }
        if (!Letters.isEos(text.charAt(mark))) {
            return false;
        }
        int word = mark;
        while (word > 0 && (Letters.isEos(text.charAt(word - 1)) || Letters.isCloser(text.charAt(word - 1)))) {
            word--;
        }
        return word >= 2 && isArabicLetter(text.charAt(word - 1)) && isArabicLetter(text.charAt(word - 2));
    }

    private static boolean isArabicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    /**
     * The whitespace-delimited token that ends at {@code end}, without opening quotes, brackets and format
     * characters before it or closing ones after it.
     */
    static String lastToken(String text, int end) {
        int start = end;
        while (start > 0 && !Letters.isSpaceOrBom(text.charAt(start - 1))) {
            start--;
        }
        int stop = end;
        while (stop > start && Letters.isCloser(text.charAt(stop - 1))) {
            stop--;
        }
        // Invisible format characters (a zero-width space left by HTML) are no part of the word either.
        while (start < stop && (isOpener(text.charAt(start))
                || Character.getType(text.charAt(start)) == Character.FORMAT)) {
            start++;
        }
        return text.substring(start, stop);
    }

    /** "1." to "31.": a day of the month as German writes it. */
    private static boolean isDayOrdinal(String token) {
        int n = token.length();
        if (n < 2 || n > 3 || token.charAt(n - 1) != '.') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        int day = Integer.parseInt(token.substring(0, n - 1));
        return day >= 1 && day <= 31;
    }

    /** The letters starting at {@code at}. */
    private static String wordAt(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end);
    }

    private static boolean hasArabicLetter(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (isArabicLetter(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code at} is one lowercase letter and an apostrophe before a capital, as in
     * "d'Artagnan" or the "b'Angiotensin" a bytes-to-text conversion leaves: the word proper is capitalised.
     */
    private static boolean isCapitalisedAfterPrefix(String text, int at) {
        return at + 2 < text.length() && (text.charAt(at + 1) == '\'' || text.charAt(at + 1) == '\u2019')
                && Character.isUpperCase(text.charAt(at + 2));
    }

    /** Whether the word at {@code at} has a capital after its first letter: "mRNA", "iPhone", "eBay". */
    private static boolean hasInnerCapital(String text, int at) {
        for (int i = at + 1; i < text.length() && Character.isLetter(text.charAt(i)); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isOpener(char c) {
        return c == '\u00AB' || c == '(' || c == '[' || c == '"' || c == '\'' || c == '\u201C' || c == '\u2018';
    }

    /**
     * Where to cut the original text after each of {@code sentences} (found in {@code normalized}), never going back:
     * the last cut is at {@code length}. Cutting where the sentences end keeps a character the normalizer dropped
     * between two sentences (a ZWNJ after a space, a bidi mark) with the next sentence rather than in a gap.
     */
    static int[] sentenceCuts(org.hamgam.text.NormalizedText normalized, List<Span> sentences, int length) {
        int[] cuts = new int[sentences.size()];
        int cut = 0;
        for (int k = 0; k < cuts.length; k++) {
            int end = k + 1 == cuts.length ? length : normalized.toOriginal(sentences.get(k).end());
            cut = Math.max(cut, end);
            cuts[k] = cut;
        }
        return cuts;
    }

    static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Letters.isSpaceOrBom(text.charAt(start))) {
            start++;
        }
        while (end > start && Letters.isSpaceOrBom(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}

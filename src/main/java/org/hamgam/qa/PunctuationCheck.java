package org.hamgam.qa;

import java.util.ArrayList;
import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.text.Letters;

/**
 * Punctuation in the target: quotes and brackets left unpaired where the source pairs them, Persian marks
 * ({@code ، ؛ ؟ « »}) left in the English, and end punctuation that disagrees with the source's once Persian marks
 * are mapped to English ones ({@code ؟} to {@code ?}), and doubled marks ("team.,"). Quotation marks are paired
 * over the document, not the segment: news quotes a speaker over several sentences, so a quote that opens in one
 * pair and closes a few pairs later is balanced. A straight quote opens after a space or the start and closes
 * elsewhere; one between two letters is an apostrophe typed as a quote. A source that is itself unpaired excuses
 * the target.
 */
final class PunctuationCheck implements Check {
    static final String CODE = "punctuation";

    private static final String OPENERS = "([{";
    private static final String CLOSERS = ")]}";
    /** The quotation marks {@link #unpairedQuote} pairs. */
    private static final String QUOTES = "\"\u201C\u201D\u00AB\u00BB";
    /**
     * The brackets, quotes and Persian marks the checks of pairing and of Persian marks look for, from their own
     * lists, so that a mark added to one of them is looked for here too.
     */
    private static final boolean[] MARKS = new boolean['\u201D' + 1];

    static {
        for (char c : (OPENERS + CLOSERS + QUOTES).toCharArray()) {
            MARKS[c] = true;
        }
        for (char c = 0; c < MARKS.length; c++) {
            MARKS[c] |= englishMark(c) != 0;
        }
    }

    /** How many pairs later a quotation may still close: a speaker quoted over a paragraph. */
    private static final int QUOTE_SPAN = 8;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Issue> check(List<QaPair> pairs) {
        List<List<Issue>> perPair = new ArrayList<>(pairs.size());
        for (QaPair pair : pairs) {
            List<Issue> found = new ArrayList<>(0);
            check(pair, found);
            perPair.add(found);
        }
        quotes(pairs, perPair);
        List<Issue> out = new ArrayList<>();
        perPair.forEach(out::addAll);
        return out;
    }

    /**
     * Quotation marks over the whole document: each target's closing quotes first close what earlier targets left
     * open, within {@link #QUOTE_SPAN} pairs; what stays unclosed, or closes what never opened, is unpaired.
     */
    private static void quotes(List<QaPair> pairs, List<List<Issue>> out) {
        // Open quotes of earlier pairs: {pair index, offset}, innermost last.
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
        for (int k = 0; k < pairs.size(); k++) {
            QaPair pair = pairs.get(k);
            String target = pair.target();
            while (!open.isEmpty() && k - open.peekFirst()[0] > QUOTE_SPAN) {
                int[] o = open.pollFirst();
                report(pairs.get(o[0]), o[1], out.get(o[0]));
            }
            if (!hasMark(target)) {
                continue;
            }
            java.util.ArrayDeque<Integer> mine = new java.util.ArrayDeque<>();
            int oddStraight = oddStraightQuote(target);
            for (int i = 0; i < target.length(); i++) {
                int shape = quoteShape(target, i, oddStraight);
                if (shape == APOSTROPHE) {
                    out.get(k).add(new Issue(CODE, Severity.WARNING, pair.id(), i, i + 1,
                            "A quotation mark inside a word: an apostrophe typed as a quote?", "'"));
                } else if (shape == OPENS) {
                    mine.addLast(i);
                } else if (shape == CLOSES) {
                    if (!mine.isEmpty()) {
                        mine.pollLast();
                    } else if (!open.isEmpty()) {
                        open.pollLast();
                    } else {
                        report(pair, i, out.get(k));
                    }
                }
            }
            for (int i : mine) {
                open.addLast(new int[] {k, i});
            }
        }
        while (!open.isEmpty()) {
            int[] o = open.pollFirst();
            report(pairs.get(o[0]), o[1], out.get(o[0]));
        }
    }

    private static void report(QaPair pair, int at, List<Issue> out) {
        if (unpairedQuote(pair.source()) >= 0) {
            return;
        }
        out.add(new Issue(CODE, Severity.WARNING, pair.id(), at, at + 1,
                "Unpaired quotation mark " + pair.target().charAt(at) + " in the target.", ""));
    }

    private static final int NONE = 0;
    private static final int OPENS = 1;
    private static final int CLOSES = 2;
    private static final int APOSTROPHE = 3;

    /**
     * Whether the character at {@code i} opens or closes a double quotation. Curly quotes and guillemets say so by
     * their form. Straight quotes pair with each other in the segment; when their number is odd, the one left
     * over ({@code oddStraight}) opens a quote that runs on, or closes one opened earlier.
     */
    private static int quoteShape(String text, int i, int oddStraight) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u00AB') {
            return OPENS;
        }
        if (c == '\u201D' || c == '\u00BB') {
            return CLOSES;
        }
        if (c != '"') {
            return NONE;
        }
        if (insideWord(text, i)) {
            return APOSTROPHE;
        }
        if (i != Math.abs(oddStraight) - 1) {
            return NONE;
        }
        return oddStraight > 0 ? OPENS : CLOSES;
    }

    private static boolean insideWord(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }

    /**
     * The straight quote left over when a segment has an odd number of them, as its offset plus one, positive if
     * it opens a quote (the last one, when the first does not look like a closing quote) and negative if it closes
     * one opened earlier (the first, when it follows a word or a mark and no space follows... or the text goes on
     * glued, as in {@code it,"}); 0 when they pair.
     */
    private static int oddStraightQuote(String text) {
        int count = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"' && !insideWord(text, i)) {
                count++;
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (count % 2 == 0) {
            return 0;
        }
        char before = first == 0 ? ' ' : text.charAt(first - 1);
        boolean closes = !Letters.isSpaceOrZwsp(before) && "([{:\u2013\u2014-/".indexOf(before) < 0;
        return closes ? -(first + 1) : last + 1;
    }

    /**
     * Two marks in a row where one is meant ("team.,", "said,,"), an abbreviation's point before a comma excepted
     * (etc., Inc., U.S.,). An ellipsis and ?! are left alone.
     */
    private static void doubled(QaPair pair, List<Issue> out) {
        String target = pair.target();
        for (int i = 1; i < target.length(); i++) {
            char a = target.charAt(i - 1);
            char b = target.charAt(i);
            if (",;:.".indexOf(a) < 0 || ",;:.".indexOf(b) < 0) {
                continue;
            }
            if (a == '.' && b == '.' && (i + 1 < target.length() && target.charAt(i + 1) == '.'
                    || i >= 2 && target.charAt(i - 2) == '.')) {
                continue;
            }
            if (a == '.' && b != '.' && abbreviation(target, i - 1)) {
                continue;
            }
            if (a == ':' && b == '.' || i >= 2 && Character.isDigit(target.charAt(i - 2)) && a == ':') {
                continue;
            }
            out.add(new Issue(CODE, Severity.WARNING, pair.id(), i - 1, i + 1,
                    "Doubled punctuation \"" + a + b + "\" in the target.", String.valueOf(a == '.' ? b : a)));
        }
    }

    /** Whether the point at {@code dot} ends an abbreviation: a short word, or one with points inside (U.S.). */
    private static boolean abbreviation(String text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, dot);
        return !word.isEmpty() && (word.indexOf('.') >= 0 || word.length() <= 3
                || java.util.Set.of("etc", "Corp", "Bros", "approx", "Prof", "Capt", "Sept", "Univ").contains(word));
    }

    private void check(QaPair pair, List<Issue> out) {
        String target = pair.target();
        if (Letters.isBlank(target)) {
            return;
        }
        doubled(pair, out);
        // Most targets have no bracket, quote or Persian mark: one pass rules out the three that look for them.
        if (!hasMark(target)) {
            endMark(pair, out);
            return;
        }
        String source = pair.source();
        int bad = unpairedBracket(target);
        if (bad >= 0 && unpairedBracket(source) < 0) {
            out.add(new Issue(CODE, Severity.WARNING, pair.id(), bad, bad + 1,
                    "Unpaired bracket \"" + target.charAt(bad) + "\" in the target.", ""));
        }
        persianMarks(pair, out);
        endMark(pair, out);
    }

    private static boolean hasMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < MARKS.length && MARKS[c]) {
                return true;
            }
        }
        return false;
    }

    private static void persianMarks(QaPair pair, List<Issue> out) {
        String target = pair.target();
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            char english = englishMark(c);
            if (english != c && english != 0) {
                out.add(new Issue(CODE, Severity.WARNING, pair.id(), i, i + 1,
                        "Persian punctuation \"" + c + "\" in the English target.",
                        english == '\u201C' ? "\u201C" : english == '\u201D' ? "\u201D" : String.valueOf(english)));
            }
        }
    }

    private static void endMark(QaPair pair, List<Issue> out) {
        String target = pair.target();
        int srcEnd = lastMark(pair.source());
        int tgtEnd = lastMark(target);
        char s = srcEnd < 0 ? 0 : terminal(pair.source(), srcEnd);
        char t = tgtEnd < 0 ? 0 : terminal(target, tgtEnd);
        if (s == t || s == '…' && t == '.' || s == '.' && t == '…' || s == 0 && t != '?' || t == 0 && s != '?') {
            return;
        }
        if (tgtEnd < 0) {
            return;
        }
        boolean targetHasMark = t != 0;
        int start = targetHasMark ? tgtEnd : tgtEnd + 1;
        int end = tgtEnd + 1;
        String message = s == 0
                ? "The target ends with \"" + t + "\" but the source has no end punctuation."
                : t == 0 ? "The source ends with \"" + s + "\" but the target has no end punctuation."
                : "The target ends with \"" + t + "\" but the source with \"" + s + "\".";
        out.add(new Issue(CODE, Severity.WARNING, pair.id(), start, end, message,
                s == 0 ? "" : String.valueOf(s)));
    }

    /** The index of the last character that is not space or a closing quote or bracket, or -1. */
    private static int lastMark(String text) {
        int i = text.length() - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (!Letters.isSpaceOrZwsp(c) && "\"'\u201D\u2019\u00BB)]}".indexOf(c) < 0) {
                return i;
            }
            i--;
        }
        return -1;
    }

    /** The end mark at {@code i} in English terms: {@code . ! ? …}, or 0 for none. */
    private static char terminal(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '?', '\u061F' -> {
                return '?';
            }
            case '!' -> {
                return '!';
            }
            case '\u2026' -> {
                return '…';
            }
            case '.', '\u06D4' -> {
                return i >= 2 && text.charAt(i - 1) == '.' && text.charAt(i - 2) == '.' ? '…' : '.';
            }
            default -> {
                return 0;
            }
        }
    }

    /** The English counterpart of a Persian mark, the mark itself if English, 0 if not punctuation we map. */
    private static char englishMark(char c) {
        return switch (c) {
            case '\u060C' -> ',';
            case '\u061B' -> ';';
            case '\u061F' -> '?';
            case '\u06D4' -> '.';
            case '\u00AB' -> '\u201C';
            case '\u00BB' -> '\u201D';
            default -> 0;
        };
    }

    /** The offset of the first unpaired bracket, or -1. */
    private static int unpairedBracket(String text) {
        // The offsets of the brackets still open, innermost last; made on the first bracket.
        int[] open = null;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '(', '[', '{' -> {
                    if (open == null) {
                        open = new int[8];
                    } else if (depth == open.length) {
                        open = java.util.Arrays.copyOf(open, 2 * depth);
                    }
                    open[depth++] = i;
                }
                case ')', ']', '}' -> {
                    if (depth == 0 || OPENERS.indexOf(text.charAt(open[depth - 1])) != CLOSERS.indexOf(c)) {
                        return i;
                    }
                    depth--;
                }
                default -> {
                }
            }
        }
        return depth == 0 ? -1 : open[0];
    }

    /**
     * The offset of the first unpaired double quotation mark, or -1: curly and guillemet quotes must open before
     * they close; straight quotes must come in even numbers.
     */
    private static int unpairedQuote(String text) {
        int depthCurly = 0;
        int firstCurly = -1;
        int depthGuillemet = 0;
        int firstGuillemet = -1;
        int straight = 0;
        int lastStraight = -1;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\u201C' -> {
                    if (depthCurly++ == 0) {
                        firstCurly = i;
                    }
                }
                case '\u201D' -> {
                    if (--depthCurly < 0) {
                        return i;
                    }
                }
                case '\u00AB' -> {
                    if (depthGuillemet++ == 0) {
                        firstGuillemet = i;
                    }
                }
                case '\u00BB' -> {
                    if (--depthGuillemet < 0) {
                        return i;
                    }
                }
                case '"' -> {
                    straight++;
                    lastStraight = i;
                }
                default -> {
                }
            }
        }
        if (depthCurly > 0) {
            return firstCurly;
        }
        if (depthGuillemet > 0) {
            return firstGuillemet;
        }
        return straight % 2 == 1 ? lastStraight : -1;
    }
}

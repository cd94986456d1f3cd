package org.hamgam.qa;

import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.Severity;

/**
 * Punctuation in the target: quotes and brackets left unpaired where the source pairs them, Persian marks
 * ({@code ، ؛ ؟ « »}) left in the English, and end punctuation that disagrees with the source's once Persian marks
 * are mapped to English ones ({@code ؟} to {@code ?}). A source that is itself unpaired (a quotation split across
 * sentences) excuses the target.
 */
final class PunctuationCheck extends PairCheck {
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

    @Override
    public String code() {
        return CODE;
    }

    @Override
    void check(QaPair pair, List<Issue> out) {
        String source = pair.source();
        String target = pair.target();
        if (Chars.isBlank(target)) {
            return;
        }
        // Most targets have no bracket, quote or Persian mark: one pass rules out the three that look for them.
        if (!hasMark(target)) {
            endMark(pair, out);
            return;
        }
        int bad = unpairedBracket(target);
        if (bad >= 0 && unpairedBracket(source) < 0) {
            out.add(new Issue(CODE, Severity.WARNING, pair.id(), bad, bad + 1,
                    "Unpaired bracket \"" + target.charAt(bad) + "\" in the target.", ""));
        }
        bad = unpairedQuote(target);
        if (bad >= 0 && unpairedQuote(source) < 0) {
            out.add(new Issue(CODE, Severity.WARNING, pair.id(), bad, bad + 1,
                    "Unpaired quotation mark " + target.charAt(bad) + " in the target.", ""));
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
            if (!Chars.isSpace(c) && "\"'\u201D\u2019\u00BB)]}".indexOf(c) < 0) {
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

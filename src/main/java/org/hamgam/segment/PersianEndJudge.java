package org.hamgam.segment;

import java.util.Set;
import org.hamgam.text.Letters;

/**
 * Settles Persian candidate ends the boundary rules are sure of, and leaves the rest to the model.
 * <ul>
 *   <li>An initial inside a name never ends a sentence: one Latin capital before a capitalised Latin word
 *   (John F. Kennedy), one Arabic-script letter before a word (محمد ع. رضایی, ج. ک. رولینگ), or a Latin letter
 *   name spelt in Persian before a Persian word, when a Persian word or another initial precedes it or another
 *   initial follows it (جان اف. کندی, جورج دبلیو. بوش, اچ. جی. ولز at the start of a line). Letter names that
 *   are also words a sentence ends on (دی, the month; ال, ام, ای) are initials only with more evidence: another
 *   initial next to them, or the name's Latin spelling with an initial in brackets right after it (فرانکلین دی.
 *   روزولت (Franklin D. Roosevelt)).</li>
 *   <li>A number of one to three digits with its full stop that opens the paragraph or follows a sentence end or
 *   a colon is a list marker (۲. حمل کالاها at the start of a line), not a sentence.</li>
 *   <li>A Persian word of two letters or more, ended by its mark (and closing quotes or brackets) and followed by
 *   a Persian word, a digit or an opening quote, ends a sentence: Persian has no abbreviation of that shape, and
 *   the model, which sees little beyond the neighbouring tokens, sometimes keeps «… آمار.) این» together.</li>
 * </ul>
 * What remains (a Latin token or a number before the mark, dotted Persian abbreviations not in the lists) is
 * where the model decides.
 */
final class PersianEndJudge implements EndJudge {
    /** How many tokens after an ambiguous initial its Latin spelling in brackets may start. */
    private static final int GLOSS_DISTANCE = 3;

    private final Set<String> letterNames;
    private final Set<String> ambiguousLetterNames;

    /**
     * @param letterNames          Persian spellings of Latin letter names that are initials before a name
     * @param ambiguousLetterNames letter names that are also words a sentence can end on, initials only with more
     *                             evidence
     */
    PersianEndJudge(Set<String> letterNames, Set<String> ambiguousLetterNames) {
        this.letterNames = Set.copyOf(letterNames);
        this.ambiguousLetterNames = Set.copyOf(ambiguousLetterNames);
    }

    /** The judge with the shipped list of letter names; loaded once. */
    static PersianEndJudge standard() {
        return Standard.JUDGE;
    }

    private static final class Standard {
        static final PersianEndJudge JUDGE = new PersianEndJudge(WordLists.load("letter-names-fa.txt"),
                WordLists.load("letter-names-ambiguous-fa.txt"));
    }

    @Override
    public Verdict judge(String text, int mark, int end) {
        String token = BoundaryRules.lastToken(text, end);
        int next = end;
        while (next < text.length() && Letters.isSpaceOrBom(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return Verdict.ASK_MODEL;
        }
        char following = text.charAt(next);
        boolean closed = end > mark + 1;
        String bare = token.endsWith(".") && !closed ? token.substring(0, token.length() - 1) : null;
        if (bare != null && text.charAt(mark) == '.') {
            if (bare.length() == 1 && isLatinCapital(bare.charAt(0)) && Character.isUpperCase(following)) {
                return Verdict.KEEP;
            }
            if (bare.length() == 1 && isArabicLetter(bare.charAt(0)) && isArabicLetter(following)) {
                return Verdict.KEEP;
            }
            int tokenStart = end - token.length();
            if (isArabicLetter(following) && letterNames.contains(bare)
                    && (followsPersianWord(text, tokenStart) || followsInitial(text, tokenStart)
                    || initialFollows(text, next))) {
                return Verdict.KEEP;
            }
            if (isArabicLetter(following) && ambiguousLetterNames.contains(bare)
                    && (followsInitial(text, tokenStart) || initialFollows(text, next)
                    || latinGlossFollows(text, next))) {
                return Verdict.KEEP;
            }
            if (isListNumber(bare) && opensSentence(text, tokenStart)) {
                return Verdict.KEEP;
            }
        }
        if (isPersianWord(wordBefore(text, mark)) && (isArabicLetter(following) || Character.isDigit(following)
                || BoundaryRules.isOpener(following))) {
            return Verdict.BREAK;
        }
        return Verdict.ASK_MODEL;
    }

    /** The letters right before the end mark run at {@code mark}, back to the first non-letter. */
    private static String wordBefore(String text, int mark) {
        int stop = mark;
        while (stop > 0 && (Letters.isEos(text.charAt(stop - 1)) || Letters.isCloser(text.charAt(stop - 1)))) {
            stop--;
        }
        int start = stop;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        // A dot inside the word (ق.ظ, ج.ا.ا) makes it an abbreviation, which is the model's case.
        if (start > 0 && text.charAt(start - 1) == '.') {
            return "";
        }
        return text.substring(start, stop);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\u200C' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isPersianWord(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (isArabicLetter(c)) {
                letters++;
            } else if (c != '\u200C' && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return letters >= 2;
    }

    /** Whether the token before the one starting at {@code tokenStart} is a Persian word (not a number). */
    private static boolean followsPersianWord(String text, int tokenStart) {
        int i = tokenStart;
        while (i > 0 && Letters.isSpaceOrBom(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && i < tokenStart && isArabicLetter(text.charAt(i - 1));
    }

    /**
     * Whether the token before the one starting at {@code tokenStart} is an initial: a letter name or a letter, with
     * its full stop.
     */
    private boolean followsInitial(String text, int tokenStart) {
        String before = tokenBefore(text, tokenStart);
        if (before.length() < 2 || before.charAt(before.length() - 1) != '.') {
            return false;
        }
        String bare = before.substring(0, before.length() - 1);
        return letterNames.contains(bare) || ambiguousLetterNames.contains(bare)
                || bare.length() == 1 && Character.isLetter(bare.charAt(0));
    }

    /** Whether the token starting at {@code at} is another initial in Persian: a letter name and its full stop. */
    private boolean initialFollows(String text, int at) {
        String token = tokenAt(text, at);
        if (!token.endsWith(".") || token.length() < 2) {
            return false;
        }
        String bare = token.substring(0, token.length() - 1);
        return letterNames.contains(bare) || ambiguousLetterNames.contains(bare);
    }

    /**
     * Whether one of the next {@link #GLOSS_DISTANCE} tokens from {@code at} opens a bracket holding a Latin initial
     * ("(Franklin D. Roosevelt)"): the name spelt in Latin letters, as Persian news prints it.
     */
    private static boolean latinGlossFollows(String text, int at) {
        int i = at;
        for (int tokens = 0; tokens < GLOSS_DISTANCE && i < text.length(); tokens++) {
            if (text.charAt(i) == '(') {
                int close = text.indexOf(')', i);
                return close > 0 && hasLatinInitial(text.substring(i + 1, close));
            }
            while (i < text.length() && !Letters.isSpaceOrBom(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && Letters.isSpaceOrBom(text.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    private static boolean hasLatinInitial(String inside) {
        for (int i = 0; i + 2 < inside.length(); i++) {
            boolean alone = i == 0 || inside.charAt(i - 1) == ' ';
            if (alone && isLatinCapital(inside.charAt(i)) && inside.charAt(i + 1) == '.'
                    && (inside.charAt(i + 2) == ' ' || isLatinCapital(inside.charAt(i + 2)))) {
                return true;
            }
        }
        return false;
    }

    /** One to three digits of any digit system: a list item's number. */
    private static boolean isListNumber(String bare) {
        return !bare.isEmpty() && bare.length() <= 3 && bare.chars().allMatch(Character::isDigit);
    }

    /** Whether the token at {@code tokenStart} opens the paragraph or follows an end mark or a colon. */
    private static boolean opensSentence(String text, int tokenStart) {
        String before = tokenBefore(text, tokenStart);
        if (before.isEmpty()) {
            return true;
        }
        int last = before.length() - 1;
        while (last > 0 && Letters.isCloser(before.charAt(last))) {
            last--;
        }
        return Letters.isEos(before.charAt(last)) || before.charAt(last) == ':';
    }

    /** The whitespace-delimited token that ends before the spaces before {@code tokenStart}; empty if none. */
    private static String tokenBefore(String text, int tokenStart) {
        int end = tokenStart;
        while (end > 0 && Letters.isSpaceOrBom(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Letters.isSpaceOrBom(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static String tokenAt(String text, int at) {
        int end = at;
        while (end < text.length() && !Letters.isSpaceOrBom(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end);
    }

    private static boolean isLatinCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isArabicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }
}

package org.hamgam.segment;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.hamgam.text.Letters;

/**
 * Settles English candidate ends whose context says more than the model's features, which see little beyond the
 * two tokens around the mark: the published model cuts "John F. Kennedy" and "10 a.m. Central" and keeps
 * "vitamin D. The" and "from 2 to 4. A comparison" together.
 * <ul>
 *   <li>after a.m. or p.m. a sentence ends before a capitalised word, unless the word continues the time (a time
 *   zone, weekday or month);</li>
 *   <li>after a number a sentence ends before a capitalised word, unless the number is a list marker (first in the
 *   paragraph, after a colon or after a sentence end);</li>
 *   <li>a single capital letter after a noun that takes a letter label (vitamin D, hepatitis B, plan B) ends a
 *   sentence before a capitalised word;</li>
 *   <li>other single initials, dotted capitals (U.S., D.C.) and abbreviations that stand next to names (St., Inc.,
 *   Jr.) end a sentence only before a word that commonly starts sentences (The, In, It, However ...).</li>
 * </ul>
 * Everything else is left to the model.
 */
final class EnglishEndJudge implements EndJudge {
    private final Set<String> sentenceStarters;
    private final Set<String> letterLabels;
    private final Set<String> nameAbbreviations;
    private final Set<String> timeFollowers;
    private final Set<String> abbreviations;

    /**
     * @param abbreviations tokens with a full stop that never end a sentence or not before a number (No., Fig.),
     *                      so that a number after them is not taken for a list marker
     */
    EnglishEndJudge(Set<String> sentenceStarters, Set<String> letterLabels, Set<String> nameAbbreviations,
                    Set<String> timeFollowers, Set<String> abbreviations) {
        this.sentenceStarters = Set.copyOf(sentenceStarters);
        Set<String> labels = new HashSet<>();
        letterLabels.forEach(label -> labels.add(label.toLowerCase(Locale.ROOT)));
        this.letterLabels = Set.copyOf(labels);
        this.nameAbbreviations = Set.copyOf(nameAbbreviations);
        this.timeFollowers = Set.copyOf(timeFollowers);
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** The judge with the shipped word lists; loaded once. */
    static EnglishEndJudge standard() {
        return Standard.JUDGE;
    }

    private static final class Standard {
        static final EnglishEndJudge JUDGE;

        static {
            Set<String> abbreviations = new HashSet<>(WordLists.load("never-final.txt"));
            abbreviations.addAll(WordLists.load("never-final-before-number.txt"));
            JUDGE = new EnglishEndJudge(WordLists.load("sentence-starters-en.txt"),
                    WordLists.load("letter-labels-en.txt"), WordLists.load("name-abbreviations-en.txt"),
                    WordLists.load("time-followers-en.txt"), abbreviations);
        }
    }

    @Override
    public Verdict judge(String text, int mark, int end) {
        String token = BoundaryRules.lastToken(text, end);
        int tokenStart = tokenStart(text, end);
        String next = nextWord(text, end);
        boolean capitalised = !next.isEmpty() && Character.isUpperCase(next.charAt(0));
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.equals("a.m.") || lower.equals("p.m.")) {
            if (timeFollowers.contains(next)) {
                return Verdict.KEEP;
            }
            return capitalised ? Verdict.BREAK : Verdict.ASK_MODEL;
        }
        String bare = stripEnd(token);
        if (isNumber(bare)) {
            if (isListMarker(text, tokenStart)) {
                return Verdict.KEEP;
            }
            return capitalised ? Verdict.BREAK : Verdict.ASK_MODEL;
        }
        if (token.length() == 2 && Character.isUpperCase(token.charAt(0)) && token.charAt(1) == '.') {
            String before = stripEnd(previousToken(text, tokenStart)).toLowerCase(Locale.ROOT);
            if (letterLabels.contains(before)) {
                return capitalised ? Verdict.BREAK : Verdict.ASK_MODEL;
            }
            return sentenceStarters.contains(next) ? Verdict.BREAK : Verdict.KEEP;
        }
        if (isDottedCapitals(token) || nameAbbreviations.contains(token)) {
            return sentenceStarters.contains(next) ? Verdict.BREAK : Verdict.KEEP;
        }
        return Verdict.ASK_MODEL;
    }

    /** Whether the number starting at {@code start} opens a list item rather than ends a sentence. */
    private boolean isListMarker(String text, int start) {
        String before = previousToken(text, start);
        if (before.isEmpty()) {
            return true;
        }
        char last = before.charAt(before.length() - 1);
        if (last == ':') {
            return true;
        }
        return Letters.isEos(last) && !abbreviations.contains(before);
    }

    /** "U.S.", "D.C.", "U.K.": two or more capitals each followed by a full stop. */
    private static boolean isDottedCapitals(String token) {
        if (token.length() < 4 || token.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < token.length(); i += 2) {
            if (!Character.isUpperCase(token.charAt(i)) || token.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Digits with inner separators, an optional currency sign before and an optional percent sign after. */
    private static boolean isNumber(String token) {
        int i = 0;
        int n = token.length();
        if (i < n && "$€£¥".indexOf(token.charAt(i)) >= 0) {
            i++;
        }
        if (n > i && (token.charAt(n - 1) == '%')) {
            n--;
        }
        if (i >= n || !Character.isDigit(token.charAt(i)) || !Character.isDigit(token.charAt(n - 1))) {
            return false;
        }
        for (int k = i; k < n; k++) {
            char c = token.charAt(k);
            if (!Character.isDigit(c) && c != ',' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** The token without the end marks and closing quotes or brackets at its end. */
    private static String stripEnd(String token) {
        int stop = token.length();
        while (stop > 0 && (Letters.isEos(token.charAt(stop - 1)) || Letters.isCloser(token.charAt(stop - 1)))) {
            stop--;
        }
        return token.substring(0, stop);
    }

    private static int tokenStart(String text, int end) {
        int start = end;
        while (start > 0 && !Letters.isSpaceOrBom(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** The whitespace-delimited token before the one that starts at {@code start}, or "" at the paragraph start. */
    private static String previousToken(String text, int start) {
        int end = start;
        while (end > 0 && Letters.isSpaceOrBom(text.charAt(end - 1))) {
            end--;
        }
        return end == 0 ? "" : BoundaryRules.lastToken(text, end);
    }

    /**
     * The word after {@code end}: opening quotes and brackets and invisible format characters skipped, cut before
     * the first character that is not a letter, digit, apostrophe or hyphen.
     */
    private static String nextWord(String text, int end) {
        int n = text.length();
        int start = end;
        while (start < n && (Letters.isSpaceOrBom(text.charAt(start)) || BoundaryRules.isOpener(text.charAt(start))
                || Character.getType(text.charAt(start)) == Character.FORMAT)) {
            start++;
        }
        int stop = start;
        while (stop < n && (Character.isLetterOrDigit(text.charAt(stop)) || text.charAt(stop) == '\''
                || text.charAt(stop) == '\u2019' || text.charAt(stop) == '-')) {
            stop++;
        }
        return text.substring(start, stop);
    }
}

package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamgam.model.Lang;
import org.hamgam.text.Letters;

/**
 * Places inside a sentence where another sentence may begin without a mark to say so: a colon followed by a word
 * (after an opening quote a capitalised one, or in Persian, which has no capitals, any) or a list item's marker, as
 * after a label or before a list item or a quotation ("Macroscopy: Pleurisy…", "in drei Schritten: Die erste…"),
 * which parallel texts often cut as sentences of their own; a list item after the previous one ("; b) la"); and in
 * Latin script a capitalised word that usually opens a sentence right after an unmarked word or a heading in
 * capitals; in English and Persian a short label with its colon after an unmarked word ("…fibrosis Blood: …").
 * A break here is only a candidate: the aligner may join the pieces again.
 */
final class CandidateBreaks {
    private static final Set<String> ENGLISH_OPENERS = Set.of("The", "This", "These", "Those", "It", "In", "We",
            "They", "He", "She", "There", "However", "Our", "After", "When", "If", "But", "Many", "Some", "Most");
    private static final Set<String> GERMAN_FRENCH_OPENERS = Set.of("Der", "Die", "Das", "Es", "Er", "Wir", "Ich",
            "Im", "Dann", "Doch", "Aber", "Auch", "Diese", "Dieser", "Man", "Le", "La", "Les", "Il", "Elle", "Ils",
            "On", "Nous", "Je", "Dans", "Ce", "Cette", "Mais", "Puis", "Après");

    /** The fewest words before a label that runs into the text before it. */
    private static final int LABEL_MIN_OFFSET = 3;

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
            next = skipSpaces(text, next);
            boolean quoted = next < text.length() && OPENING_QUOTES.indexOf(text.charAt(next)) >= 0;
            int word = quoted ? skipSpaces(text, next + 1) : next;
            if (word < text.length() && opens(text.codePointAt(word), quoted) || isListMarker(text, next)) {
                out.add(next);
            }
        }
        listItemsAfterItems(text, out);
        openers(text, out);
        afterCapitalHeadings(text, out);
        labelsAfterUnmarkedWords(text, out);
        out.sort(null);
        return out;
    }

    /**
     * Adds the starts of the words that open sentences far more often than they sit inside one, written with a
     * capital after a word with no mark after it ("…and the UK The trends…"), as where a heading runs into its text.
     */
    private void openers(String text, List<Integer> out) {
        Set<String> words = switch (lang) {
            case EN -> ENGLISH_OPENERS;
            case OTHER -> GERMAN_FRENCH_OPENERS;
            case FA -> Set.of();
        };
        if (words.isEmpty()) {
            return;
        }
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && end > start && Character.isLetterOrDigit(text.charAt(end - 1))) {
                int w = i;
                while (w < text.length() && Character.isLetter(text.charAt(w))) {
                    w++;
                }
                if (w < text.length() && text.charAt(w) == ' ' && words.contains(text.substring(i, w))) {
                    out.add(i);
                }
            }
        }
    }

    /**
     * Adds the starts of the list items after a semicolon or a full stop that closes the previous item ("…: a) la
     * réfraction…; b) la déviation…", "…1956. b) Les Alpes…"), which parallel texts cut as sentences of their own as
     * often as not; a lowercase letter after a full stop otherwise continues the sentence.
     */
    private static void listItemsAfterItems(String text, List<Integer> out) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ';' && text.charAt(i) != '.') {
                continue;
            }
            int next = i + 1;
            if (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next = skipSpaces(text, next);
                if (isListMarker(text, next)) {
                    out.add(next);
                }
            }
        }
    }

    /**
     * Adds the start of a short label ending in a colon that follows a word with no mark after it ("…interstitial
     * fibrosis Blood: Disseminated…", "…در درمان پیشنهاد شد اومی‌فنوویر: …"): a heading or a list item's label run
     * into the text before it. In English the label is a capitalised word and at most one more before the colon
     * (German capitalises every noun, so other languages are left alone); in Persian the one word before the colon,
     * unless it is a verb or a word of two letters (گفت:, از:), which introduce what follows rather than label it.
     */
    private void labelsAfterUnmarkedWords(String text, List<Integer> out) {
        if (lang == Lang.OTHER) {
            return;
        }
        List<int[]> words = words(text);
        // A label among the first words of a sentence is the sentence's own ("ذات الریه خفیف:").
        for (int k = LABEL_MIN_OFFSET; k < words.size(); k++) {
            String word = text.substring(words.get(k)[0], words.get(k)[1]);
            String before = text.substring(words.get(k - 1)[0], words.get(k - 1)[1]);
            if (!Character.isLetterOrDigit(before.codePointBefore(before.length()))) {
                continue;
            }
            boolean label;
            if (lang == Lang.FA) {
                label = word.length() > 3 && word.endsWith(":") && isArabicWord(word.substring(0, word.length() - 1))
                        && !RunOnBreaks.isPersianVerb(word.substring(0, word.length() - 1));
            } else {
                label = isCapitalisedWord(stripColon(word)) && !Character.isUpperCase(before.charAt(0))
                        && (word.endsWith(":") || k + 1 < words.size() && endsLabel(text, words.get(k + 1)));
            }
            if (label) {
                out.add(words.get(k)[0]);
            }
        }
    }

    private static boolean endsLabel(String text, int[] word) {
        String w = text.substring(word[0], word[1]);
        return w.length() > 1 && w.endsWith(":") && Character.isLetter(w.charAt(w.length() - 2));
    }

    private static String stripColon(String word) {
        return word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean isArabicWord(String word) {
        return !word.isEmpty()
                && word.chars().allMatch(c -> c == Letters.ZWNJ || Letters.isArabicScriptLetter((char) c));
    }

    /** The {start, end} of each whitespace-delimited token. */
    static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            i = skipSpaces(text, i);
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    /**
     * Whether a list item's marker starts at {@code at}: one or two digits with a full stop or a closing bracket, or
     * one lowercase letter with a closing bracket ("1. Die", "2) the", "a) la"), then a space.
     */
    static boolean isListMarker(String text, int at) {
        int i = at;
        while (i < text.length() && i - at < 2 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        boolean digits = i > at;
        if (!digits && i < text.length() && Character.isLowerCase(text.charAt(i))) {
            i++;
            if (i >= text.length() || text.charAt(i) != ')') {
                return false;
            }
        } else if (!digits || i >= text.length() || text.charAt(i) != '.' && text.charAt(i) != ')') {
            return false;
        }
        return i + 1 < text.length() && text.charAt(i + 1) == ' ';
    }

    /**
     * Adds the start of a capitalised word in lowercase letters after two words in capitals ("MIT NACHTRÄGEN VON
     * G.O.DYHRENFURTH Mit 3 Bildern"): a heading set in capitals that runs into the text after it. One word in
     * capitals is often an acronym before a noun ("der UNO Generalsekretär"); two rarely are.
     */
    private void afterCapitalHeadings(String text, List<Integer> out) {
        if (lang == Lang.FA) {
            return;
        }
        String[] words = text.split(" ", -1);
        int offset = 0;
        for (int k = 0; k < words.length; k++) {
            if (k >= 2 && inCapitals(words[k - 2]) && inCapitals(words[k - 1]) && isCapitalisedWord(words[k])) {
                out.add(offset);
            }
            offset += words[k].length() + 1;
        }
    }

    /** A word of at least two letters, all capitals, perhaps with full stops between them (G.O.DYHRENFURTH). */
    private static boolean inCapitals(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                letters++;
            } else if (c != '.' && c != '-') {
                return false;
            }
        }
        return letters >= 2;
    }

    /** A capital and at least two lowercase letters, nothing else: an ordinary word written with a capital. */
    private static boolean isCapitalisedWord(String word) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static final String OPENING_QUOTES = "«\"„“";

    private static boolean closes(char c) {
        return c == ')' || c == '"' || c == '»' || c == '”';
    }

    /** Whether a word starting with {@code c} after a colon (and an opening quote if {@code quoted}) may open one. */
    private boolean opens(int c, boolean quoted) {
        if (Character.isUpperCase(c)) {
            return true;
        }
        // A clause or a list after a colon is written in lowercase (in French and German as a rule, in English
        // often: "hands: after exposure…", "Umifenovir: umifenovir was…"), and parallel texts cut there as often as
        // not; a quoted lowercase word is a word quoted, not a sentence.
        if (!quoted && Character.isLowerCase(c)) {
            return true;
        }
        return lang == Lang.FA && Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }
}

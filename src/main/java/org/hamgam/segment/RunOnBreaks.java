package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hamgam.model.Lang;

/**
 * Places inside a paragraph that runs its sentences together where one clause may close and the next begin:
 * transcripts of speech and captions string their sentences on without marks ("how high has your fever been and i
 * have a cough too", "تب شما چقدر بالا بوده است و سرفه هم می‌کنم"), and their translations cut them where the
 * speaker paused. Persian puts its verb last, so a finite verb followed by another word is where a clause ends;
 * English gives no such sign, so a word that often opens a clause (and, but, i, it…) after a word that may close one
 * stands in for it. A paragraph of edited prose is never cut here, nor a piece left shorter than
 * {@link #MIN_PIECE_WORDS} words.
 */
final class RunOnBreaks {
    /**
     * Words from which an unmarked paragraph is taken for several sentences run together rather than a heading.
     * On the development documents of the running-text bench, 9 to 12 gave the same figures, 16 and more fewer.
     */
    static final int MIN_WORDS = 12;
    /** The fewest words on either side of a candidate: "now", "i send" alone are no utterance of their own. */
    static final int MIN_PIECE_WORDS = 2;

    /** Words that open English clauses far more often than they close one: a candidate start in run-on text. */
    private static final Set<String> ENGLISH_OPENERS = Set.of("and", "but", "so", "because", "cause", "if",
            "however", "well", "now", "okay", "ok", "or", "since", "i", "i'm", "i've", "i'll", "i'd", "it", "it's",
            "you", "you're", "we", "they", "he", "she", "my", "this", "do", "does", "did", "is", "are", "how", "what",
            "when", "where", "why", "besides", "also", "then", "anyone", "yes", "no", "please");
    /**
     * Words a clause does not end on: articles, prepositions, conjunctions, pronouns as subjects, auxiliaries and
     * determiners want a word after them.
     */
    private static final Set<String> ENGLISH_NON_FINAL = Set.of("a", "an", "the", "and", "or", "but", "of", "to",
            "in", "on", "at", "for", "with", "by", "from", "as", "that", "if", "because", "so", "i", "you", "we",
            "they", "he", "she", "it", "is", "are", "was", "were", "be", "am", "do", "does", "did", "have", "has",
            "had", "can", "could", "will", "would", "should", "may", "might", "must", "not", "my", "your", "his",
            "her", "our", "their", "its", "this", "these", "those", "than", "like", "about", "into", "what", "how",
            "when", "where", "which", "who", "very", "some", "any", "all", "just", "i'm", "i've", "i'll", "you're",
            "it's", "don't", "didn't", "doesn't", "can't", "since", "then", "also", "well", "really", "kinda",
            "sorta", "gonna", "wanna");

    /** Persian finite forms of the copula and the light verbs, written whole. */
    private static final Set<String> PERSIAN_VERBS = Set.of("است", "نیست", "هست", "بود", "نبود", "شد", "نشد",
            "شود", "نشود", "باشد", "نباشد", "کرد", "نکرد", "کند", "نکند", "دارد", "ندارد", "داد", "دهد");
    /** Past stems of frequent verbs, which take a personal ending or none. */
    private static final List<String> PERSIAN_PAST_STEMS = List.of("داشت", "کرد", "شد", "بود", "داد", "گفت",
            "رفت", "آمد", "گرفت", "دید", "خواست", "توانست", "فرستاد", "خورد", "نوشید", "زد", "ماند", "دانست",
            "کشید", "رسید", "گذاشت", "یافت");
    /** Present stems of frequent verbs, which take a personal ending. */
    private static final List<String> PERSIAN_PRESENT_STEMS = List.of("دار", "کن", "شو", "ده", "باش", "هست",
            "گیر", "بین", "دان", "رس", "گذار", "فرست", "نوش", "خور", "زن", "کش");
    private static final List<String> PERSIAN_ENDINGS = List.of("م", "ی", "د", "یم", "ید", "ند");
    private static final Set<String> PERFECT_ENDINGS = Set.of("ام", "ای", "ایم", "اید", "اند");
    /** Words after a Persian verb that continue its sentence: a complement clause, an object marker. */
    private static final Set<String> PERSIAN_CONTINUERS = Set.of("که", "تا", "را", "چه");

    private final Lang lang;

    RunOnBreaks(Lang lang) {
        this.lang = lang;
    }

    /**
     * Whether {@code paragraph} runs its sentences together: at least {@link #MIN_WORDS} words without a full stop
     * (a question mark may end an utterance here and there), in English also without capitals. Edited prose puts a
     * full stop in every paragraph but a heading. Other languages are left alone.
     */
    boolean runsOn(String paragraph) {
        if (lang == Lang.OTHER || paragraph.indexOf('.') >= 0
                || CandidateBreaks.words(paragraph).size() < MIN_WORDS) {
            return false;
        }
        return lang == Lang.FA || paragraph.equals(paragraph.toLowerCase(Locale.ROOT));
    }

    /** Offsets in {@code text}, in order, at which a piece may start, for a sentence of a paragraph that runs on. */
    List<Integer> in(String text) {
        List<int[]> words = CandidateBreaks.words(text);
        List<Integer> out = new ArrayList<>();
        if (lang == Lang.OTHER) {
            return out;
        }
        int last = 0;
        for (int k = MIN_PIECE_WORDS; k + MIN_PIECE_WORDS <= words.size(); k++) {
            if (k - last < MIN_PIECE_WORDS) {
                continue;
            }
            int[] before = words.get(k - 1);
            int[] word = words.get(k);
            String left = text.substring(before[0], before[1]);
            String right = text.substring(word[0], word[1]);
            if (!Character.isLetterOrDigit(left.codePointBefore(left.length()))) {
                continue;
            }
            boolean cut = lang == Lang.FA ? isPersianVerb(left) && !PERSIAN_CONTINUERS.contains(right)
                    : ENGLISH_OPENERS.contains(right.toLowerCase(Locale.ROOT))
                    && !ENGLISH_NON_FINAL.contains(left.toLowerCase(Locale.ROOT));
            if (cut) {
                out.add(word[0]);
                last = k;
            }
        }
        return out;
    }

    /**
     * Whether {@code word} reads as a finite Persian verb: a form of the copula or a frequent verb, or a word that
     * opens with می‌ or نمی‌ (with its ZWNJ, as normalized text writes the prefix; میلیارد has none) and ends in a
     * personal ending.
     */
    static boolean isPersianVerb(String word) {
        String w = word.replace("\u200C", "");
        if (PERSIAN_VERBS.contains(w)) {
            return true;
        }
        int prefix = word.startsWith("می\u200C") ? 3 : word.startsWith("نمی\u200C") ? 4 : -1;
        if (prefix > 0 && word.length() > prefix + 1 && endsAsVerb(w)) {
            return true;
        }
        if (isPerfect(word)) {
            return true;
        }
        String bare = w.startsWith("ن") || w.startsWith("ب") ? w.substring(1) : w;
        for (String stem : PERSIAN_PAST_STEMS) {
            if (hasEnding(w, stem, true) || hasEnding(bare, stem, true)) {
                return true;
            }
        }
        for (String stem : PERSIAN_PRESENT_STEMS) {
            if (hasEnding(w, stem, false) || hasEnding(bare, stem, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A past participle with a personal ending (شده‌اید, داشته‌ام): the participle ends in ده or ته, so سینه‌ام
     * (my chest) is none.
     */
    private static boolean isPerfect(String word) {
        int joiner = word.lastIndexOf('\u200C');
        if (joiner < 2 || word.charAt(joiner - 1) != 'ه') {
            return false;
        }
        char stemEnd = word.charAt(joiner - 2);
        return (stemEnd == 'د' || stemEnd == 'ت') && PERFECT_ENDINGS.contains(word.substring(joiner + 1));
    }

    private static boolean endsAsVerb(String w) {
        for (String ending : PERSIAN_ENDINGS) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return w.endsWith("ت");
    }

    private static boolean hasEnding(String w, String stem, boolean bareAllowed) {
        if (!w.startsWith(stem)) {
            return false;
        }
        String ending = w.substring(stem.length());
        return ending.isEmpty() ? bareAllowed : PERSIAN_ENDINGS.contains(ending);
    }
}

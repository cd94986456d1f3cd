package org.hamgam.qa;

import org.hamgam.text.EnglishStemmer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text as the stems of its words, to find a term in any inflected or derived form: the term's words must occur
 * in order, one after another, each with the same stem. Words split at hyphens and other punctuation, a possessive
 * ending is dropped, and articles are skipped on both sides (an epidemic / a potential epidemic, spread of virus /
 * spread of the virus): they carry no part of a term's meaning. A word also holds a term when it is a learned
 * compound led by the term's combining form (virology, immunocompromised) or carries a prefix such as anti- or
 * non- before it (antiviral).
 */
final class StemmedText {
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words a term's words may be apart by and still make one phrase. */
    private static final int GAP = 2;
    /** Function words: they carry no term and tell no choice of words apart. */
    private static final Set<String> STOP = Set.of("and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
            "from", "by", "with", "without", "into", "onto", "over", "under", "about", "as", "than", "that", "this",
            "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "while", "how", "why", "it",
            "its", "they", "them", "their", "he", "she", "his", "her", "him", "we", "our", "us", "you", "your", "is",
            "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "can", "could",
            "will", "would", "should", "may", "might", "must", "shall", "not", "no", "all", "any", "some", "such",
            "also", "very", "more", "most", "other", "there", "then", "so", "if", "after", "before", "during",
            "between", "through", "against", "each", "both", "one", "only", "own", "same", "up", "out");
    /**
     * Prefixes glued onto an English word that keep its root visible (antiviral, non-invasive, co-infection); a
     * word with one of them still contains the term.
     */
    private static final String[] PREFIXES = {"anti", "non", "co", "multi", "post", "pre", "inter"};

    /** The shortest stem that {@link #related} lets differ from another in its last letters. */
    private static final int MIN_RELATED = 5;
    /** Letters after a combining form that make a second element, not an ending (immuno|logy, viro|logy). */
    private static final int MIN_SECOND_PART = 4;

    private final List<String> words;
    /** Stems computed on demand: a stem is a prefix of its word, so most words never need one. */
    private final String[] stems;
    /**
     * The length of the prefix each word starts with, 0 for none, -1 not yet known: no word starts with two of
     * them, and a word is asked about for each stem of each term.
     */
    private final int[] prefixes;

    private StemmedText(List<String> words) {
        this.words = words;
        this.stems = new String[words.size()];
        this.prefixes = new int[words.size()];
        Arrays.fill(prefixes, -1);
    }

    private int prefixLength(int i) {
        if (prefixes[i] < 0) {
            prefixes[i] = 0;
            for (String prefix : PREFIXES) {
                if (words.get(i).startsWith(prefix)) {
                    prefixes[i] = prefix.length();
                    break;
                }
            }
        }
        return prefixes[i];
    }

    /** The words of {@code lowerText}, a text in lower case ({@link Locale#ROOT}), to be stemmed as needed. */
    static StemmedText ofLowerCase(String lowerText) {
        return new StemmedText(words(lowerText));
    }

    /**
     * The stems of a term's words, articles left out, and function words too when the term has a content word:
     * a preposition or pronoun varies with the sentence (Center of Disease Control, wash hands).
     */
    static List<String> termStems(String term) {
        List<String> all = new ArrayList<>();
        List<String> content = new ArrayList<>();
        for (String w : words(term.toLowerCase(Locale.ROOT))) {
            String stem = EnglishStemmer.stem(w);
            all.add(stem);
            if (!STOP.contains(w)) {
                content.add(stem);
            }
        }
        return content.isEmpty() ? all : content;
    }

    /**
     * The start every word related to a word with this stem has: the stem itself, or for a long stem all but its
     * last two letters, as a derivation may end the stem sooner (medicine/medication, medicin/medic).
     */
    static String probe(String stem) {
        return stem.substring(0, probeLength(stem));
    }

    /** The length of {@link #probe}: a word is matched against it where the probe itself is not kept. */
    private static int probeLength(String stem) {
        return stem.length() > MIN_RELATED ? Math.max(MIN_RELATED, stem.length() - 2) : stem.length();
    }

    /** Stems of one family: equal, or one a prefix of the other, at least five letters, at most two shorter. */
    static boolean related(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_RELATED && longer.length() - shorter.length() <= 2 && longer.startsWith(shorter);
    }

    /** Whether every stem of {@code term} is the stem of some word here, wherever it stands. */
    boolean containsAll(List<String> term) {
        for (String stem : term) {
            boolean seen = false;
            for (int i = 0; i < stems.length && !seen; i++) {
                seen = matches(i, stem);
            }
            if (!seen) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words with the stems {@code term} occur here in order, one after another; a two-word noun
     * compound also in its paraphrase with "of" (covid treatment / treatment of COVID-19, disease outbreak /
     * outbreak of the disease).
     */
    boolean contains(List<String> term) {
        if (term.isEmpty()) {
            return false;
        }
        return inOrder(term) || term.size() == 2 && inOrder(List.of(term.get(1), "of", term.get(0)))
                || term.size() > 1 && together(term);
    }

    /**
     * Whether every stem of {@code term} occurs within a span of a few words, in any order: a phrase turned round
     * or split by a preposition (fight the virus / fight against the virus, virus transmission / transmitting the
     * virus).
     */
    private boolean together(List<String> term) {
        int span = term.size() + GAP;
        for (int i = 0; i + term.size() <= stems.length; i++) {
            if (!matchesAny(i, term)) {
                continue;
            }
            int end = Math.min(stems.length, i + span);
            boolean all = true;
            for (String stem : term) {
                boolean seen = false;
                for (int k = i; k < end && !seen; k++) {
                    seen = matches(k, stem);
                }
                if (!seen) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesAny(int i, List<String> term) {
        for (String stem : term) {
            if (matches(i, stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code lowerText} (in lower case) has a word with the stem of one of {@code term}'s words that is not
     * a function word: a substring search for each stem at a word start, and the stem of that word only.
     */
    static boolean hasWordWithStem(String lowerText, List<String> term) {
        for (String stem : term) {
            if (STOP.contains(stem)) {
                continue;
            }
            String probe = probe(stem);
            for (int at = lowerText.indexOf(probe); at >= 0; at = lowerText.indexOf(probe, at + 1)) {
                if (at > 0 && Character.isLetterOrDigit(lowerText.charAt(at - 1))) {
                    continue;
                }
                int end = at + probe.length();
                while (end < lowerText.length() && Character.isLetter(lowerText.charAt(end))) {
                    end++;
                }
                String word = lowerText.substring(at, end);
                if (related(EnglishStemmer.stem(word), stem) || word.startsWith(stem) && combined(word, stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean inOrder(List<String> term) {
        for (int i = 0; i + term.size() <= stems.length; i++) {
            int k = 0;
            while (k < term.size() && matches(i + k, term.get(k))) {
                k++;
            }
            if (k == term.size()) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(int i, String stem) {
        String word = words.get(i);
        if (word.startsWith(stem)) {
            if (stems[i] == null) {
                stems[i] = EnglishStemmer.stem(word);
            }
            if (related(stems[i], stem) || combined(word, stem)) {
                return true;
            }
        } else if (stem.length() > MIN_RELATED && word.regionMatches(0, stem, 0, probeLength(stem))) {
            if (stems[i] == null) {
                stems[i] = EnglishStemmer.stem(word);
            }
            if (related(stems[i], stem)) {
                return true;
            }
        }
        int p = prefixLength(i);
        return p > 0 && word.startsWith(stem, p) && word.length() - p > stem.length()
                && EnglishStemmer.stem(word.substring(p)).equals(stem);
    }

    /**
     * Whether {@code word} is a learned compound led by the stem's combining form, stem + o or stem + io:
     * virology, immunosuppressant, epidemiological.
     */
    private static boolean combined(String word, String stem) {
        int n = stem.length();
        int o = word.startsWith("o", n) ? n + 1 : word.startsWith("io", n) ? n + 2 : -1;
        return o > 0 && word.length() >= o + MIN_SECOND_PART;
    }

    /** The words of {@code lower}, a text in lower case, articles left out. */
    private static List<String> words(String lower) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean inWord = Character.isLetterOrDigit(c)
                    || (start >= 0 && (c == '\'' || c == '\u2019') && i + 1 < lower.length() && lower.charAt(i + 1) == 's');
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String w = lower.substring(start, i);
                // An article has at most three letters: a longer word needs no look-up.
                if (w.length() > 3 || !ARTICLES.contains(w)) {
                    out.add(w);
                }
                start = -1;
            }
        }
        return out;
    }
}

package org.hamgam.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.text.Letters;

/**
 * An English word one letter away from the usual translation of a source word, where that translation is missing:
 * "this county" for کشور when the pairs checked together translate کشور as "country". The speller cannot see such a
 * slip, as the word is real. The usual translations are learnt from the pairs themselves (a document or a whole
 * run): an English word whose pairs mostly have the Persian word in the source, more often than chance allows.
 * The word found must not be another form of the translation (countries, respirator), its other English spelling
 * (metres) or a number word (billion for million), nor the usual translation of another word of the same source
 * (county for شهرستان). A hint only ({@code info}): two real words one letter apart are as often both right
 * (tracking, tracing; though, through) as a slip, and the pairs cannot tell which.
 */
final class NearMissCheck implements Check {
    static final String CODE = "near-miss";

    /** Pairs that must hold both words before one is taken as the other's usual translation. */
    static final int MIN_PAIRS = 3;
    /** The share of pairs with the English word whose source holds the Persian word. */
    static final double MIN_SHARE = 0.6;
    /** How well the two words go together at least (Dice): a translation, not a word of the same sentences. */
    static final double MIN_DICE = 0.3;
    /** How many times likelier the Persian word is in the English word's pairs than in all pairs. */
    static final double MIN_LIFT = 3;

    /**
     * The most the co-occurrence may owe to chance: the probability that a Persian word as common as this one is in so
     * many of the English word's pairs if the two were unrelated. A common word (این) meets a rare one (mother) in
     * all three of its pairs by chance quite often.
     */
    static final double MAX_CHANCE = 1e-4;
    /** Shorter English words are too often one letter from another real word (form, from). */
    static final int MIN_LENGTH = 5;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Issue> check(List<QaPair> pairs) {
        List<Set<String>> sources = new ArrayList<>();
        List<Set<String>> targets = new ArrayList<>();
        Map<String, Integer> sourceCount = new HashMap<>();
        Map<String, Integer> targetCount = new HashMap<>();
        Map<String, Map<String, Integer>> both = new HashMap<>();
        for (QaPair p : pairs) {
            Set<String> s = persianWords(p.source());
            Set<String> t = englishWords(p.target());
            sources.add(s);
            targets.add(t);
            if (s.isEmpty() || t.isEmpty()) {
                continue;
            }
            s.forEach(w -> sourceCount.merge(w, 1, Integer::sum));
            t.forEach(w -> targetCount.merge(w, 1, Integer::sum));
            for (String f : s) {
                Map<String, Integer> m = both.computeIfAbsent(f, k -> new HashMap<>());
                t.forEach(e -> m.merge(e, 1, Integer::sum));
            }
        }
        // The usual translation of a Persian word: of the English words whose pairs mostly hold it, more often than
        // chance allows and far more often than it is found at all (not از, not است), the one that best goes with it
        // (Dice): blood for خون, not white of white blood cells.
        Map<String, String> usual = new HashMap<>();
        long texts = sources.stream().filter(x -> !x.isEmpty()).count();
        for (Map.Entry<String, Map<String, Integer>> f : both.entrySet()) {
            int cf = sourceCount.get(f.getKey());
            double p = cf / (double) texts;
            String best = null;
            double bestDice = 0;
            for (Map.Entry<String, Integer> e : f.getValue().entrySet()) {
                int c = e.getValue();
                int ce = targetCount.get(e.getKey());
                double dice = 2.0 * c / (cf + ce);
                if (c >= MIN_PAIRS && c >= MIN_SHARE * ce && c >= MIN_LIFT * p * ce && e.getKey().length() >= MIN_LENGTH
                        && dice >= MIN_DICE && dice > bestDice && chance(ce, c, p) <= MAX_CHANCE) {
                    best = e.getKey();
                    bestDice = dice;
                }
            }
            if (best != null) {
                usual.put(f.getKey(), best);
            }
        }
        List<Issue> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            QaPair p = pairs.get(i);
            Set<String> expected = new LinkedHashSet<>();
            for (String f : sources.get(i)) {
                if (usual.containsKey(f)) {
                    expected.add(usual.get(f));
                }
            }
            Set<String> reported = new java.util.HashSet<>();
            for (String f : sources.get(i)) {
                String e = usual.get(f);
                if (e == null || hasForm(targets.get(i), e)) {
                    continue;
                }
                for (String w : targets.get(i)) {
                    if (!expected.contains(w) && !reported.contains(w) && slip(w, e)) {
                        reported.add(w);
                        int at = wordAt(p.target(), w);
                        out.add(new Issue(CODE, Severity.INFO, p.id(), at, at < 0 ? -1 : at + w.length(),
                                "\"" + (at < 0 ? w : p.target().substring(at, at + w.length()))
                                        + "\" is one letter from \"" + e + "\", the usual translation of \"" + f
                                        + "\" in these pairs; a slip?", e));
                    }
                }
            }
        }
        return out;
    }

    /** The probability of {@code k} or more successes in {@code n} trials of probability {@code p}. */
    static double chance(int n, int k, double p) {
        double sum = 0;
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        for (int j = k; j <= n; j++) {
            sum += Math.exp(logChoose(n, j) + j * logP + (n - j) * logQ);
        }
        return Math.min(1, sum);
    }

    private static double logChoose(int n, int k) {
        double out = 0;
        for (int j = 1; j <= k; j++) {
            out += Math.log(n - k + j) - Math.log(j);
        }
        return out;
    }

    /** Whether the target has the word or a form of it (country, countries). */
    private static boolean hasForm(Set<String> words, String e) {
        for (String w : words) {
            if (sameWord(w, e)) {
                return true;
            }
        }
        return false;
    }

    /** Endings that make another form of a word: the plural, a verb's, an adjective's. */
    private static final Set<String> ENDINGS = Set.of("", "s", "es", "e", "y", "ies", "ied", "ed", "d", "ing", "al",
            "ly");

    /**
     * Whether two words differ by an ending only, as forms of one word do (country, countries; disease, diseases;
     * respirator, respiratory); county and country do not.
     */
    static boolean sameWord(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i >= MIN_LENGTH - 1 && ENDINGS.contains(a.substring(i)) && ENDINGS.contains(b.substring(i));
    }

    /**
     * Whether {@code w} may be a slip for {@code e}: one edit apart inside the word, not at its end, where one edit
     * makes another form of the same word (disease, diseases; respirator, respiratory), and not the other spelling
     * of British and American English (metres, meters; colour, color; realise, realize; travelled, traveled;
     * diarrhoea, diarrhea).
     */
    static boolean slip(String w, String e) {
        // Number words (million, billion) are the number check's.
        if (!oneEditApart(w, e) || sameWord(w, e) || !Numbers.find(w, false).isEmpty()
                || !Numbers.find(e, false).isEmpty()) {
            return false;
        }
        int i = 0;
        while (i < w.length() && i < e.length() && w.charAt(i) == e.charAt(i)) {
            i++;
        }
        if (i == 0 || i >= Math.max(w.length(), e.length()) - 1) {
            // A letter added or changed at the end makes another form far more often than a slip, and one at the
            // start another word (affect, effect; symptomatic, asymptomatic).
            return false;
        }
        String longer = w.length() >= e.length() ? w : e;
        String shorter = w.length() >= e.length() ? e : w;
        if (longer.length() == shorter.length()) {
            char a = w.charAt(i);
            char b = e.charAt(i);
            boolean swap = a == e.charAt(i + 1) && b == w.charAt(i + 1);
            return !(swap && (a == 'r' && b == 'e' || a == 'e' && b == 'r')) && !(a == 's' && b == 'z'
                    || a == 'z' && b == 's');
        }
        char extra = longer.charAt(i);
        boolean doubled = i > 0 && longer.charAt(i - 1) == extra || longer.charAt(i + 1) == extra;
        boolean colour = extra == 'u' && longer.charAt(i - 1) == 'o' && longer.charAt(i + 1) == 'r';
        boolean diarrhoea = (extra == 'o' || extra == 'a') && longer.charAt(i + 1) == 'e';
        return !doubled && !colour && !diarrhoea;
    }

    /** One insertion, deletion, substitution or swap of neighbours turns one word into the other. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** The Persian words of a text: runs of Arabic-script letters, ZWNJ inside a word kept. */
    static Set<String> persianWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (!Letters.isArabicScriptLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Letters.isArabicScriptLetter(text.charAt(i)) || text.charAt(i) == '\u200C')) {
                i++;
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    /** The English words of a text in lower case, of {@link #MIN_LENGTH} letters or more. */
    static Set<String> englishWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (!isLatin(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isLatin(text.charAt(i))) {
                i++;
            }
            // A word glued to a digit or hyphen is part of a name or code (SARS-CoV-2).
            boolean glued = start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-')
                    || i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '-');
            if (i - start >= MIN_LENGTH && !glued) {
                out.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Where the word stands in the text as a whole word, in any case, or -1. */
    private static int wordAt(String text, String word) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int from = 0;
        while (true) {
            int at = lower.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            int end = at + word.length();
            if ((at == 0 || !isLatin(text.charAt(at - 1))) && (end == text.length() || !isLatin(text.charAt(end)))) {
                return at;
            }
            from = at + 1;
        }
    }
}

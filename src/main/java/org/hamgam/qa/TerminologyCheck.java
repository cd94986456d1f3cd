package org.hamgam.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.hamgam.model.Issue;
import org.hamgam.model.Severity;
import org.hamgam.model.TermHit;

/**
 * A glossary term found in the source whose translation is missing from the target. The term counts as
 * translated when the glossary matcher found in the target the English of the same term or of any entry with the
 * same Persian (a glossary may give several translations of one term), when the target holds the English term with
 * an inflection or a glued-on ending ({@link EnglishTermFinder}), when the target's words have the same stems as
 * the term's words, together in either order ({@link StemmedText}: virus/viral, immunity/immune, fight the virus /
 * fight against the virus, medicine/medication), when the parts of a one-word term are written apart with a hyphen
 * (lock-downs for lockdown), or when a name stands for its acronym or the other way round ({@link Acronyms}).
 *
 * <p>A glossary states the required translation, so a term whose English is absent is a {@code warning}, however
 * faithful the other words may be: the reviewer decides whether the deviation stands. The message says what the
 * target has instead when that helps the decision: some of the term's words (the outbreak for disease outbreak),
 * the glossary's English for a part of the term (precautions for protective measures), or the word most pairs of
 * the document with the term use instead (dyspnea for shortness of breath, a deliberate choice?). Only a term whose
 * words are all in the target, but not as one phrase, is {@code info}: the translation likely follows the
 * glossary in a sentence turned round.
 */
final class TerminologyCheck implements Check {
    static final String CODE = "terminology";

    private static final Pattern ALTERNATIVES = Pattern.compile("\\s*[/;|]\\s*");

    private final EnglishTermFinder finder = new EnglishTermFinder();
    /** Each glossary translation's alternatives as word stems, shared between threads. */
    private final Map<String, List<List<String>>> stems = new ConcurrentHashMap<>();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final Map<String, String> lowers = new ConcurrentHashMap<>();
    /** Bounds the key cache: a check may run over many documents with many glossaries. */
    private static final int MAX_CACHED = 100_000;

    /** One missing term in one pair, before the document decides its severity. */
    private static final class Missing {
        final int pair;
        final String key;
        final List<TermHit> alternatives;
        Severity severity;
        String note = "";

        Missing(int pair, String key, List<TermHit> alternatives, Severity severity) {
            this.pair = pair;
            this.key = key;
            this.alternatives = alternatives;
            this.severity = severity;
        }
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Issue> check(List<QaPair> pairs) {
        List<Missing> missing = new ArrayList<>();
        // How many pairs of the document have each term in the source, to judge a deviation's consistency.
        Map<String, Integer> termPairs = new LinkedHashMap<>();
        // Each target in lower case, once: the pairs with terms need it here, the document's others maybe later.
        String[] lower = new String[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            check(pairs.get(i), i, missing, termPairs, lower);
        }
        if (missing.stream().anyMatch(m -> m.severity != Severity.INFO)) {
            ConsistentChoice.apply(pairs, lower, missing, termPairs);
        }
        List<Issue> out = new ArrayList<>(missing.size());
        for (Missing m : missing) {
            QaPair pair = pairs.get(m.pair);
            TermHit first = m.alternatives.get(0);
            StringBuilder wanted = new StringBuilder();
            for (TermHit hit : m.alternatives) {
                String english = hit.target().strip();
                if (wanted.indexOf("\"" + english + "\"") < 0) {
                    wanted.append(wanted.isEmpty() ? "" : " or ").append('"').append(english).append('"');
                }
            }
            out.add(new Issue(CODE, m.severity, pair.id(), -1, -1,
                    "The term \"" + first.surface() + "\" should be translated as " + wanted + "." + m.note,
                    first.target().strip()));
        }
        return out;
    }

    private void check(QaPair pair, int index, List<Missing> out, Map<String, Integer> termPairs, String[] lower) {
        if (pair.sourceTerms().isEmpty() || Chars.isBlank(pair.target())) {
            return;
        }
        String lowerTarget = pair.target().toLowerCase(Locale.ROOT);
        lower[index] = lowerTarget;
        // A pair has few hits: plain arrays searched in turn beat hash tables built for each pair.
        Found found = new Found(pair.targetTerms().size());
        for (TermHit hit : pair.targetTerms()) {
            found.add(hit.termId());
            found.add(lower(hit.target()));
            // Another entry with the same Persian: one of the glossary's translations of the term.
            found.add(key(hit.source()));
        }
        // Hits of the same Persian term are alternatives: a glossary may give several translations of one term.
        List<String> termKeys = new ArrayList<>(pair.sourceTerms().size());
        List<List<TermHit>> terms = new ArrayList<>(pair.sourceTerms().size());
        for (TermHit hit : pair.sourceTerms()) {
            if (!hit.target().isBlank()) {
                String k = key(hit.source());
                int at = termKeys.indexOf(k);
                if (at < 0) {
                    termKeys.add(k);
                    terms.add(new ArrayList<>(2));
                    at = terms.size() - 1;
                }
                terms.get(at).add(hit);
            }
        }
        StemmedText[] stemmed = new StemmedText[1];
        String joined = null;
        for (int t = 0; t < terms.size(); t++) {
            String termKey = termKeys.get(t);
            List<TermHit> alternatives = terms.get(t);
            termPairs.merge(termKey, 1, Integer::sum);
            if (found.contains(termKey) || translated(alternatives, found, pair.target(), lowerTarget)
                    || Acronyms.present(alternatives, pair.target())) {
                continue;
            }
            int present = stemsPresent(alternatives, pair.target(), lowerTarget, stemmed);
            if (present == NONE && joined == null) {
                joined = hyphensJoined(lowerTarget);
            }
            if (present == ALL || present == NONE && joined != lowerTarget && joinedPresent(alternatives, joined)) {
                continue;
            }
            String part = present == NONE ? partRendered(termKey, pair.targetTerms()) : null;
            Missing m = new Missing(index, termKey, alternatives,
                    present == SCATTERED ? Severity.INFO : Severity.WARNING);
            if (present == SCATTERED) {
                m.note = " The target has its words, not as one phrase.";
            } else if (present == SOME) {
                m.note = " The target has some of its words.";
            } else if (part != null) {
                m.note = " The target has \"" + part + "\", the glossary's English for a part of it.";
            }
            out.add(m);
        }
    }

    /**
     * The English in the target of a glossary term that is part of this one, or null: precautions for «اقدامات
     * احتیاطی» (protective measures), where «احتیاط» is precaution. The translator rendered the term's core.
     */
    private String partRendered(String termKey, List<TermHit> targetTerms) {
        for (TermHit hit : targetTerms) {
            String part = key(hit.source());
            if (part.length() >= 3 && part.length() < termKey.length() && termKey.contains(part)) {
                return hit.surface();
            }
        }
        return null;
    }

    /** The strings a pair's target hits stand for: term ids, English in lower case, Persian keys. */
    private static final class Found {
        private String[] items;
        private int size;

        Found(int hits) {
            items = new String[3 * hits];
        }

        void add(String s) {
            items[size++] = s;
        }

        boolean contains(String s) {
            for (int i = 0; i < size; i++) {
                if (items[i].equals(s)) {
                    return true;
                }
            }
            return false;
        }
    }

    private boolean translated(List<TermHit> alternatives, Found found, String target, String lowerTarget) {
        for (TermHit hit : alternatives) {
            String english = hit.target().strip();
            if (found.contains(hit.termId()) || found.contains(lower(english))
                    || finder.contains(target, lowerTarget, english)) {
                return true;
            }
        }
        return false;
    }

    private static final int NONE = 0;
    private static final int SOME = 1;
    private static final int SCATTERED = 2;
    private static final int ALL = 3;

    /**
     * Whether the target has every word of one alternative with the same stem, together in either order
     * ({@link #ALL}), every word but apart ({@link #SCATTERED}), only some of the words of a term of several
     * ({@link #SOME}), or none ({@link #NONE}); stems computed once.
     */
    private int stemsPresent(List<TermHit> alternatives, String target, String lowerTarget, StemmedText[] stemmed) {
        int best = NONE;
        for (TermHit hit : alternatives) {
            for (List<String> term : termStemsOf(hit.target())) {
                // Every related word starts with the stem's probe: one absent rules the whole term out cheaply.
                boolean all = true;
                for (String stem : term) {
                    if (!lowerTarget.contains(StemmedText.probe(stem))) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    if (stemmed[0] == null) {
                        stemmed[0] = StemmedText.of(target);
                    }
                    if (stemmed[0].contains(term)) {
                        return ALL;
                    }
                    if (best < SCATTERED && term.size() > 1 && stemmed[0].containsAll(term)) {
                        best = SCATTERED;
                    }
                }
                if (best == NONE && term.size() > 1 && StemmedText.hasWordWithStem(lowerTarget, term)) {
                    best = SOME;
                }
            }
        }
        return best;
    }

    /** The stems of each alternative of a glossary translation, remembered. */
    private List<List<String>> termStemsOf(String english) {
        List<List<String>> s = stems.get(english);
        if (s == null) {
            s = termStems(english.strip());
            if (stems.size() < MAX_CACHED) {
                stems.put(english, s);
            }
        }
        return s;
    }

    private static List<List<String>> termStems(String english) {
        List<List<String>> out = new ArrayList<>();
        for (String alt : ALTERNATIVES.split(english)) {
            List<String> term = StemmedText.termStems(alt);
            if (!term.isEmpty()) {
                out.add(term);
            }
        }
        return out;
    }

    /**
     * Whether a one-word term is in the target with its parts written apart by a hyphen: lock-downs for lockdown,
     * e-mail for email. Asked only of a term not found otherwise, with {@code joined} the target in lower case
     * without those hyphens.
     */
    private boolean joinedPresent(List<TermHit> alternatives, String joined) {
        for (TermHit hit : alternatives) {
            String english = hit.target().strip();
            if (english.indexOf(' ') < 0 && english.indexOf('-') < 0 && finder.contains(joined, joined, english)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} without the hyphens between two letters; {@code text} itself if it has none. */
    private static String hyphensJoined(String text) {
        StringBuilder b = null;
        int from = 0;
        for (int i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
            if (i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1))) {
                if (b == null) {
                    b = new StringBuilder(text.length());
                }
                b.append(text, from, i);
                from = i + 1;
            }
        }
        return b == null ? text : b.append(text, from, text.length()).toString();
    }

    /** A Persian term as a key: two spellings of one term (ZWNJ or space or nothing, letter variants) meet. */
    static String persianKey(String persian) {
        return Chars.key(persian).replace(" ", "");
    }

    /** {@link #persianKey}, remembered: a document names the same few terms again and again. */
    private String key(String persian) {
        String k = keys.get(persian);
        if (k == null) {
            k = persianKey(persian);
            if (keys.size() < MAX_CACHED) {
                keys.put(persian, k);
            }
        }
        return k;
    }

    /** A glossary translation stripped and in lower case, remembered. */
    private String lower(String s) {
        String l = lowers.get(s);
        if (l == null) {
            l = s.strip().toLowerCase(Locale.ROOT);
            if (lowers.size() < MAX_CACHED) {
                lowers.put(s, l);
            }
        }
        return l;
    }

    /**
     * Finds the deviations a translator makes throughout a document: the other word that most pairs with the
     * term share, and that is rare in the document's other pairs. The finding stays a warning, as the glossary was
     * not followed; its note lets a reviewer settle all of them at once.
     */
    private static final class ConsistentChoice {
        /** At least this many pairs make a habit. */
        private static final int MIN_PAIRS = 2;
        /** The word is this many times likelier in the deviating pairs than in the document's other pairs. */
        private static final double MIN_LIFT = 3.0;

        static void apply(List<QaPair> pairs, String[] lower, List<Missing> missing, Map<String, Integer> termPairs) {
            Map<String, List<Missing>> byTerm = new LinkedHashMap<>();
            for (Missing m : missing) {
                if (m.severity != Severity.INFO) {
                    byTerm.computeIfAbsent(m.key, k -> new ArrayList<>()).add(m);
                }
            }
            Targets targets = null;
            for (Map.Entry<String, List<Missing>> e : byTerm.entrySet()) {
                List<Missing> deviating = e.getValue();
                int withTerm = termPairs.get(e.getKey());
                // Most pairs with the term must deviate, else the deviations are sporadic.
                if (deviating.size() < MIN_PAIRS || 2 * deviating.size() < withTerm) {
                    continue;
                }
                if (targets == null) {
                    targets = new Targets(pairs, lower);
                }
                choose(targets, deviating, withTerm);
            }
        }

        /** How much likelier the word is in the deviating pairs than in the document's other pairs. */
        private static double lift(int n, int deviating, int elsewhere, int others) {
            return (n / (double) deviating) / ((elsewhere + 1) / (double) (others + 1));
        }

        private static void choose(Targets targets, List<Missing> deviating, int withTerm) {
            List<QaPair> pairs = targets.pairs;
            Set<String> own = new HashSet<>();
            for (TermHit hit : deviating.get(0).alternatives) {
                own.addAll(StemmedText.termStems(hit.target()));
            }
            // Counted by word number, in the order the words are first met (ties keep that order).
            boolean[] deviates = new boolean[pairs.size()];
            for (Missing m : deviating) {
                deviates[m.pair] = true;
                targets.ids(m.pair);
            }
            int[] counts = targets.counts();
            boolean[] ownWord = new boolean[counts.length];
            for (String w : own) {
                Integer id = targets.vocabulary.get(w);
                if (id != null) {
                    ownWord[id] = true;
                }
            }
            int[] met = new int[16];
            int metCount = 0;
            for (Missing m : deviating) {
                for (int id : targets.ids(m.pair)) {
                    if (!ownWord[id] && counts[id]++ == 0) {
                        if (metCount == met.length) {
                            met = java.util.Arrays.copyOf(met, 2 * metCount);
                        }
                        met[metCount++] = id;
                    }
                }
            }
            // Candidates by how many deviating pairs share them; the first specific enough to the term wins.
            List<int[]> candidates = new ArrayList<>();
            for (int k = 0; k < metCount; k++) {
                int n = counts[met[k]];
                if (n >= MIN_PAIRS && 2 * n >= withTerm) {
                    candidates.add(new int[] {met[k], n});
                }
                counts[met[k]] = 0;
            }
            candidates.sort((a, b) -> Integer.compare(b[1], a[1]));
            String best = null;
            int bestCount = 0;
            int others = pairs.size() - deviating.size();
            for (int[] c : candidates) {
                String word = targets.words.get(c[0]);
                int n = c[1];
                int elsewhere = 0;
                double lift = lift(n, deviating.size(), elsewhere, others);
                for (int i = 0; i < pairs.size() && lift >= MIN_LIFT; i++) {
                    // A word starting with the stem is a cheap stand-in for the stem: it can only count more.
                    if (!deviates[i] && startsWord(targets.lower(i), word)) {
                        // The lift only falls as the count rises: a word common in the document is soon ruled out.
                        lift = lift(n, deviating.size(), ++elsewhere, others);
                    }
                }
                if (lift >= MIN_LIFT) {
                    best = word;
                    bestCount = n;
                    break;
                }
            }
            if (best == null) {
                return;
            }
            // The words around the chosen one that the deviating pairs share too make up the rendering's name.
            Set<String> shared = new HashSet<>(own);
            candidates.forEach(c -> shared.add(targets.words.get(c[0])));
            for (Missing m : deviating) {
                // A target with no word starting with the stem has no word with that stem.
                if (!startsWord(targets.lower(m.pair), best)) {
                    continue;
                }
                String rendering = rendering(pairs.get(m.pair).target(), best, shared);
                if (rendering != null) {
                    m.note = " The document renders it as \"" + rendering + "\" in " + bestCount + " of " + withTerm
                            + " pairs with the term: a deliberate choice?";
                }
            }
        }

        /**
         * The first word of {@code text} with the stem {@code stem}, as written, with the neighbouring words whose
         * stems are in {@code shared}; null if no word has the stem.
         */
        private static String rendering(String text, String stem, Set<String> shared) {
            String[] words = words(text);
            for (int i = 0; i < words.length; i++) {
                // A stem is a prefix of its word: most words are ruled out without stemming them.
                if (words[i].length() < stem.length() || !words[i].regionMatches(true, 0, stem, 0, stem.length())
                        || !stemOf(words[i]).equals(stem)) {
                    continue;
                }
                int from = i;
                int to = i;
                while (from > 0 && shared.contains(stemOf(words[from - 1]))) {
                    from--;
                }
                while (to + 1 < words.length && shared.contains(stemOf(words[to + 1]))) {
                    to++;
                }
                return String.join(" ", java.util.Arrays.asList(words).subList(from, to + 1));
            }
            return null;
        }

        /** The runs of letters, digits and hyphens of {@code text}. */
        private static String[] words(String text) {
            List<String> out = new ArrayList<>();
            int start = -1;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                boolean inWord = cp == '-' || Character.isLetter(cp) || isNumber(cp);
                if (inWord && start < 0) {
                    start = i;
                } else if (!inWord && start >= 0) {
                    out.add(text.substring(start, i));
                    start = -1;
                }
                i += Character.charCount(cp);
            }
            if (start >= 0) {
                out.add(text.substring(start));
            }
            return out.toArray(new String[0]);
        }

        private static boolean isNumber(int cp) {
            int type = Character.getType(cp);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }

        private static String stemOf(String word) {
            return EnglishStemmer.stem(word.toLowerCase(Locale.ROOT));
        }

        /** Each target's content stems and lower-case text, made when first asked for. */
        private static final class Targets {
            final List<QaPair> pairs;
            final int[][] ids;
            final String[] lower;
            /** The stems of the document's words, each computed once. */
            final Map<String, String> stemCache = new java.util.HashMap<>();

            Targets(List<QaPair> pairs, String[] lower) {
                this.pairs = pairs;
                this.ids = new int[pairs.size()][];
                this.lower = lower;
            }

            /** The numbers of the document's content stems, as met, and the stems by number. */
            final Map<String, Integer> vocabulary = new java.util.HashMap<>();
            final List<String> words = new ArrayList<>();
            private int[] counts = new int[0];

            /** The numbers of the content stems of target {@code i}, each once, in the order of its stem set. */
            int[] ids(int i) {
                int[] ids = this.ids[i];
                if (ids == null) {
                    // The lower-case text has the same words: words are compared in lower case.
                    Set<String> w = StemmedText.contentStems(lower(i), stemCache);
                    ids = new int[w.size()];
                    int k = 0;
                    for (String stem : w) {
                        Integer id = vocabulary.get(stem);
                        if (id == null) {
                            id = words.size();
                            vocabulary.put(stem, id);
                            words.add(stem);
                        }
                        ids[k++] = id;
                    }
                    this.ids[i] = ids;
                }
                return ids;
            }

            /** A count for every stem numbered so far, all zero; the caller leaves them zero again. */
            int[] counts() {
                if (counts.length < words.size()) {
                    counts = new int[Math.max(words.size(), 2 * counts.length)];
                }
                return counts;
            }

            String lower(int i) {
                if (lower[i] == null) {
                    lower[i] = pairs.get(i).target().toLowerCase(Locale.ROOT);
                }
                return lower[i];
            }
        }

        private static boolean startsWord(String text, String stem) {
            for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                    return true;
                }
            }
            return false;
        }
    }
}

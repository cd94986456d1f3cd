package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hamgam.model.SentencePair;
import org.hamgam.model.TermCandidate;
import org.hamgam.model.TermHit;

/**
 * Proposes glossary entries from Persian text, or from aligned Persian–English sentence pairs.
 *
 * <p>Candidates are runs of one to five Persian words that neither start nor end with a stop word or a verb
 * form, with no punctuation or bare number inside, in digits or in words (a name with its number, شاهد-۱۳۶, is
 * one word). Spellings with a ZWNJ, a space or nothing between parts, and forms with a plural or ezafe ending
 * (بیماران, کمک‌های), count as one candidate. Termhood is a C-value (frequency, less the frequency of the longer
 * candidates that contain it) weighted by how much more often the words occur here than in general Persian (see
 * {@link #termhood}), and more for a phrase than for a single word.
 *
 * <p>With English, a word-alignment pass links each Persian word to the English word it is most associated
 * with over the bitext (IBM Model 1 both ways), and each occurrence of a candidate proposes the English words
 * its words link to, trimmed of function words, unless one of them belongs to a Persian word outside the
 * candidate (a phrase pair must be consistent with the links, as in phrase-based translation; see
 * {@link PhrasePairs}). The translation proposed most often wins, in the number of the Persian as shown (ماسک: mask,
 * علائم: symptoms), unless it is much longer than the Persian and proposed in few pairs, or is the translation of a
 * part of the Persian that leaves out a word with a translation of its own (تولید پهپاد: drone). Its score is
 * termhood times how stable the translation is (see {@link #confidence}), boosted when a name's letters
 * transliterate to the English or when the numbers agree, and lowered for a word mostly used before a light
 * verb (گزارش داد), for a lone adverb or relational adjective (معمولاً, بالینی: clinical) and for a single word whose
 * English is an everyday word of general English (disease, cases). A name with a generic word (بیمار کووید-19:
 * COVID-19 patient, see {@link FreeCombinations}) and a name or web fragment copied in Latin script (see
 * {@link LatinNames}) are no entries. Candidates the
 * given glossary already has are returned with {@link TermCandidate#known()} set.
 *
 * <p>Pure and deterministic; a single pass of each kind over the input, about half a minute of one core for
 * 100,000 pairs.
 */
public final class TermExtractor {
    /** The longest candidate, in words, on either side. */
    public static final int MAX_WORDS = 5;
    private static final int EXAMPLES = 3;
    private static final String AND = "و";
    /** Calendar words name dates, not concepts of the domain. */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    /** How much a candidate always used before a light verb loses. */
    private static final double VERBAL = 0.8;
    /**
     * How much more a phrase of several words weighs than a single word: most single words of a text are everyday
     * words in a special sense, whereas a phrase that recurs and translates as a whole is seldom anything but a term
     * (the C-value, built for phrases, gives single words no weight at all). Not for a phrase with a function word
     * inside (روسیه به اوکراین), more often a free combination than a name for one thing.
     */
    private static final double PHRASE = 1.5;
    /** The letters an English word's forms share at least: vir in virus and viral. */
    private static final int ROOT = 3;
    /** The pairs a word's own translation needs before a phrase that leaves it out is dropped for it. */
    private static final int OWN_EVIDENCE = 3;
    /**
     * Decades by which a word must be more frequent here than in general Persian before it counts as specific at
     * all, and the further decades over which its specificity rises to 1 (see {@link #specificity}). Steeper scales
     * (from 2 over 2, from 1.5 over 2.5) and a squared or cubed specificity were tried on the development half of
     * TICO-19: each kept fewer judged terms in the top 100 (56, 59, 55, 48 against 61), since the domain's own words
     * are frequent in a domain text as much as its everyday ones.
     */
    static final double SPECIFIC_FROM = 1;
    static final double SPECIFIC_RANGE = 3;
    /**
     * The frequency class of general English (see {@link EnglishFrequency}) from which a single word's translation is
     * an everyday word (disease, test, cases, treatment, use), and the weight such a candidate keeps. On the
     * development half of TICO-19 the judged terms in the top 100 go from 69 without the weight to 74 with it (class 14
     * instead of 13: 72); protein and transmission are of class 13 too and lose with the everyday words.
     */
    static final int EVERYDAY_ENGLISH_CLASS = 13;
    static final double EVERYDAY_ENGLISH = 0.3;
    /** The weight of a lone adjective or adverb. */
    private static final double MODIFIER = 0.4;

    private final int minFrequency;
    private final ExtractionLexicon lexicon = ExtractionLexicon.standard();
    private final EnglishFrequency englishFrequency = EnglishFrequency.standard();
    private final PersianTokens persianTokens = new PersianTokens(lexicon);

    /** An extractor that proposes terms occurring in at least two pairs. */
    public TermExtractor() {
        this(2);
    }

    /** An extractor that proposes terms occurring in at least {@code minFrequency} pairs (or texts). */
    public TermExtractor(int minFrequency) {
        if (minFrequency < 1) {
            throw new IllegalArgumentException("minFrequency must be at least 1: " + minFrequency);
        }
        this.minFrequency = minFrequency;
    }

    /** Bilingual candidates of aligned pairs, best first, with the default settings. */
    public static List<TermCandidate> extract(List<SentencePair> pairs, Glossary known) {
        return new TermExtractor().bilingual(pairs, known);
    }

    /** Candidates with their English translations, best first; pairs without English still count for termhood. */
    public List<TermCandidate> bilingual(List<SentencePair> pairs, Glossary known) {
        Corpus corpus = new Corpus(pairs, true);
        Map<String, Candidate> candidates = corpus.countCandidates();
        corpus.collectTranslations(candidates);
        Map<String, TargetStats> targets = corpus.targetStats(candidates);
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            Optional<Translation> proposed = translation(c);
            if (proposed.isEmpty() || leavesAWordOut(c, proposed.get(), candidates)
                    || FreeCombinations.isFree(c, proposed.get().key, candidates, this::translation)
                    || LatinNames.isCopiedName(c)) {
                continue;
            }
            Translation t = proposed.get();
            double termhood = termhood(c, corpus) * asNamed(c);
            boolean plural = isPlural(c.surface());
            TargetStats ts = targets.get(t.key);
            double s = confidence(c, t, ts) * termhood * Boosts.of(c, t.key, lexicon) * modifier(c, t.key)
                    * everydayEnglish(c, t.key);
            if (s > 0) {
                scored.add(new Scored(c, ts.surface(plural, t.key), s, t.ids));
            }
        }
        return finish(scored, known);
    }

    /** The candidate's translation proposed in most pairs, none for a date or when too rare. */
    private Optional<Translation> translation(Candidate c) {
        Translation best = c.df < minFrequency ? null : c.bestTranslation();
        return best == null || CALENDAR.contains(best.key) ? Optional.empty() : Optional.of(best);
    }

    /**
     * Whether the phrase's translation is that of a part of it, while a word outside that part has a translation of
     * its own in {@link #OWN_EVIDENCE} pairs or more that the phrase's does not hold: the English then leaves that
     * word out. تولید پهپاد is not "drone" where پهپاد is drone and تولید production; ویروس کرونا may be
     * coronavirus where کرونا is.
     */
    private boolean leavesAWordOut(Candidate c, Translation t, Map<String, Candidate> candidates) {
        return c.length > 1 && leavesAWordOut(c.stems, c.stops, t.key, key -> {
            Candidate part = candidates.get(key);
            return part == null ? Optional.empty() : translation(part);
        });
    }

    /** As above, for the stems of a phrase and a look-up of the translation of the candidate with a given key. */
    static boolean leavesAWordOut(String[] stems, boolean[] stops, String target,
                                  Function<String, Optional<Translation>> translationOf) {
        int n = stems.length;
        for (int s = 0; s < n; s++) {
            StringBuilder key = new StringBuilder();
            for (int e = s; e < n && e - s + 1 < n; e++) {
                key.append(stems[e]);
                Optional<Translation> own = translationOf.apply(key.toString());
                if (own.isPresent() && own.get().key.equals(target)
                        && untranslated(stems, stops, s, e, target, translationOf)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a content word outside words s..e has its own translation that the target does not hold. */
    private static boolean untranslated(String[] stems, boolean[] stops, int s, int e, String target,
                                        Function<String, Optional<Translation>> translationOf) {
        for (int i = 0; i < stems.length; i++) {
            if (i >= s && i <= e || stops[i]) {
                continue;
            }
            Optional<Translation> own = translationOf.apply(stems[i]);
            if (own.isPresent() && own.get().count >= OWN_EVIDENCE && !holds(target, own.get().key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether English phrase a holds a form of phrase b: its first letters, as "antiviral" holds virus in viral and
     * "coronavirus" holds virus; loose on purpose, since it only keeps a phrase that would otherwise go.
     */
    private static boolean holds(String a, String b) {
        return a.contains(b.substring(0, Math.min(b.length(), ROOT)));
    }

    /**
     * How stable the translation is: the geometric mean of the share of the candidate's pairs that translate it
     * so and the share of the English phrase's pairs that it translates. Unlike the phrase Dice coefficient, a
     * term the English writes two ways, or an English word with two Persian synonyms, is not halved for it.
     */
    private static double confidence(Candidate c, Translation t, TargetStats ts) {
        return Math.sqrt((double) t.count / c.df * t.count / Math.max(t.count, ts.df));
    }

    /** Less when the candidate mostly stands before a light verb (گزارش داد, کنترل کرد): a verb, not a name. */
    private double asNamed(Candidate c) {
        return 1 - VERBAL * c.verbal / c.freq;
    }

    /**
     * Less for a lone adverb (معمولاً) or a lone relational adjective rendered by an English adjective (بالینی,
     * clinical): glossaries list the noun phrases such words modify.
     */
    private double modifier(Candidate c, String english) {
        if (c.length != 1) {
            return 1;
        }
        boolean lone = WordClasses.isAdverb(c.keys[0], lexicon) || WordClasses.isRelationalAdjective(c.keys[0], lexicon)
                && english.indexOf(' ') < 0 && WordClasses.looksAdjective(english);
        return lone ? MODIFIER : 1;
    }

    /**
     * Less for a single word whose English is one of the commonest words of general English (use, care, cases,
     * treatment, control): a text of the domain uses it as everyone does, so it is rarely a glossary entry, however
     * often it occurs. Persian frequencies alone do not tell these apart, since the domain's own words are frequent
     * in a domain text too.
     */
    private double everydayEnglish(Candidate c, String english) {
        if (c.length != 1 || english.indexOf(' ') >= 0) {
            return 1;
        }
        return englishFrequency.frequencyClass(english) >= EVERYDAY_ENGLISH_CLASS ? EVERYDAY_ENGLISH : 1;
    }

    /** The Persian as shown is plural (علائم, بیماران; plural endings written plainly are already off). */
    private boolean isPlural(String surface) {
        String[] words = surface.split(" ");
        return WordClasses.isPlural(TermKeys.persian(words[0]), lexicon)
                || words.length > 1 && WordClasses.isPlural(TermKeys.persian(words[words.length - 1]), lexicon);
    }

    /** Candidates of Persian texts (the pairs' English is ignored), best first. */
    public List<TermCandidate> monolingual(List<SentencePair> texts, Glossary known) {
        Corpus corpus = new Corpus(texts, false);
        Map<String, Candidate> candidates = corpus.countCandidates();
        corpus.collectSurfaces(candidates);
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            if (c.df >= minFrequency) {
                double s = termhood(c, corpus);
                if (s > 0) {
                    scored.add(new Scored(c, "", s, c.ids));
                }
            }
        }
        return finish(scored, known);
    }

    /**
     * A C-value weighted by domain specificity and by the share of occurrences that stand on their own. Unlike
     * the classic C-value, the frequency of the most frequent longer candidate is subtracted rather than the
     * mean over all of them: جمهوری, which occurs only inside جمهوری اسلامی, is then no term of its own, however
     * many rarer phrases also contain it.
     */
    private double termhood(Candidate c, Corpus corpus) {
        double free = c.df - c.nestedMax;
        if (free <= 0) {
            return 0;
        }
        double cvalue = log2(1 + c.length) * free;
        double weight = Math.log(1 + cvalue);
        double phrase = c.contentWords() > 1 && c.contentWords() == c.length ? PHRASE : 1;
        return weight * weight * Math.sqrt(free / c.df) * specificity(c, corpus) * phrase;
    }

    /**
     * How much more often the candidate's content words occur here than in general Persian, on a scale from 0
     * (everyday words) to 1 (words general Persian hardly uses: technical terms, names, Latin script).
     */
    private double specificity(Candidate c, Corpus corpus) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < c.stems.length; i++) {
            if (c.stops[i]) {
                continue;
            }
            double here = (double) corpus.persianDf(c.stems[i]) / corpus.size();
            double general = Math.max(Math.max(lexicon.generalShare(c.stems[i]), lexicon.generalShare(c.keys[i])),
                    Math.max(lexicon.generalShare(WordClasses.singular(c.stems[i], lexicon)), 1e-7));
            double weird = Math.log10(Math.max(1e-9, here / general));
            sum += Math.max(0, Math.min(1, (weird - SPECIFIC_FROM) / SPECIFIC_RANGE));
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The number of words of the candidate that are not stop words. */
    private List<TermCandidate> finish(List<Scored> scored, Glossary known) {
        double max = 0;
        for (Scored s : scored) {
            max = Math.max(max, s.score);
        }
        TermMatcher matcher = known.isEmpty() ? null : new TermMatcher(known);
        List<TermCandidate> out = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            String source = s.candidate.surface();
            double score = Math.round(s.score / max * 1000) / 1000.0;
            out.add(new TermCandidate(source, s.target, Math.max(0.001, score), s.candidate.df, s.ids,
                    matcher != null && isKnown(matcher, source)));
        }
        out.sort(Comparator.comparingDouble(TermCandidate::score).reversed()
                .thenComparing(Comparator.comparingInt(TermCandidate::frequency).reversed())
                .thenComparing(TermCandidate::source).thenComparing(TermCandidate::target));
        return out;
    }

    private static boolean isKnown(TermMatcher matcher, String source) {
        for (TermHit hit : matcher.find(source)) {
            if (hit.start() == 0 && hit.end() >= source.strip().length()) {
                return true;
            }
        }
        return false;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private record Scored(Candidate candidate, String target, double score, List<String> ids) {
    }

    /** The tokenized input and its word-level statistics. */
    private final class Corpus {
        final List<SentencePair> pairs;
        final List<List<PersianTokens.Token>> fa = new ArrayList<>();
        final List<List<EnglishTokens.Token>> en = new ArrayList<>();
        final Map<String, Integer> faIds = new HashMap<>();
        final Map<String, Integer> enIds = new HashMap<>();
        final int[][] faWords;
        final int[][] enWords;
        final int[] faDf;
        final WordAligner aligner;

        Corpus(List<SentencePair> pairs, boolean bilingual) {
            this.pairs = pairs;
            faWords = new int[pairs.size()][];
            enWords = new int[pairs.size()][];
            for (int p = 0; p < pairs.size(); p++) {
                List<PersianTokens.Token> f = persianTokens.tokens(pairs.get(p).source());
                List<EnglishTokens.Token> e = bilingual ? EnglishTokens.tokens(pairs.get(p).target()) : List.of();
                fa.add(f);
                en.add(e);
                faWords[p] = new int[f.size()];
                for (int i = 0; i < f.size(); i++) {
                    faWords[p][i] = faIds.computeIfAbsent(f.get(i).stem(), k -> faIds.size());
                }
                enWords[p] = new int[e.size()];
                for (int i = 0; i < e.size(); i++) {
                    enWords[p][i] = enIds.computeIfAbsent(e.get(i).key(), k -> enIds.size());
                }
            }
            aligner = new WordAligner(faWords, enWords, faIds.size(), enIds.size());
            faDf = new int[faIds.size()];
            for (int i = 0; i < faDf.length; i++) {
                faDf[i] = aligner.persianFrequency(i);
            }
        }

        int size() {
            return Math.max(1, pairs.size());
        }

        int persianDf(String stem) {
            Integer id = faIds.get(stem);
            return id == null ? 0 : faDf[id];
        }

        /** Calls {@code visitor} with every candidate occurrence of pair {@code p}: first and last token index. */
        void forEachOccurrence(int p, OccurrenceVisitor visitor) {
            List<PersianTokens.Token> t = fa.get(p);
            int n = t.size();
            for (int s = 0; s < n; s++) {
                PersianTokens.Token first = t.get(s);
                if (!canEdge(first)) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int e = s; e < n && e - s < MAX_WORDS; e++) {
                    PersianTokens.Token last = t.get(e);
                    if (e > s && last.breakBefore() || last.number() || e > s && last.key().equals(AND)) {
                        break; // punctuation, a bare number or a coordination ends the candidate
                    }
                    key.append(last.stem());
                    if (canEdge(last)) {
                        visitor.visit(s, e, key.toString());
                    }
                }
            }
        }

        private boolean canEdge(PersianTokens.Token t) {
            return !t.stop() && !t.number() && t.key().length() >= 2;
        }

        Map<String, Candidate> countCandidates() {
            Map<String, Candidate> map = new HashMap<>();
            for (int p = 0; p < pairs.size(); p++) {
                int pair = p;
                List<PersianTokens.Token> t = fa.get(p);
                // Whether a light verb follows each token: asked once a token, not for each candidate ending there.
                boolean[] verbAfter = new boolean[t.size()];
                for (int i = 0; i + 1 < t.size(); i++) {
                    verbAfter[i] = !t.get(i + 1).breakBefore() && WordClasses.isLightVerb(t.get(i + 1).key());
                }
                forEachOccurrence(p, (s, e, key) -> {
                    Candidate c = map.get(key);
                    if (c == null) {
                        c = new Candidate(key, t.subList(s, e + 1));
                        map.put(key, c);
                    } else if (e - s + 1 > c.split.length) {
                        c.split = stems(t, s, e); // ایالات متحده also written as one word: nest the parts in it
                    }
                    c.freq++;
                    if (verbAfter[e]) {
                        c.verbal++;
                    }
                    if (c.lastPair != pair) {
                        c.lastPair = pair;
                        c.df++;
                    }
                });
            }
            nest(map);
            return map;
        }

        /** C-value bookkeeping: each candidate learns how often longer candidates contain it. */
        private void nest(Map<String, Candidate> map) {
            for (Candidate b : map.values()) {
                String[] parts = b.split;
                if (parts.length < 2 || b.df < minFrequency) {
                    continue;
                }
                Set<String> seen = new HashSet<>();
                for (int s = 0; s < parts.length; s++) {
                    StringBuilder key = new StringBuilder();
                    for (int e = s; e < parts.length; e++) {
                        key.append(parts[e]);
                        if (e - s + 1 == parts.length) {
                            break;
                        }
                        String k = key.toString();
                        Candidate a = map.get(k);
                        if (a != null && seen.add(k)) {
                            a.nestedMax = Math.max(a.nestedMax, b.df);
                        }
                    }
                }
            }
        }

        private static String[] stems(List<PersianTokens.Token> t, int s, int e) {
            String[] out = new String[e - s + 1];
            for (int i = s; i <= e; i++) {
                out[i - s] = t.get(i).stem();
            }
            return out;
        }

        void collectSurfaces(Map<String, Candidate> map) {
            for (int p = 0; p < pairs.size(); p++) {
                int pair = p;
                List<PersianTokens.Token> t = fa.get(p);
                forEachOccurrence(p, (s, e, key) -> {
                    Candidate c = map.get(key);
                    if (c.df >= minFrequency) {
                        c.addSurface(t.subList(s, e + 1));
                        if (c.lastSeen != pair) {
                            c.lastSeen = pair;
                            if (c.ids.size() < EXAMPLES) {
                                c.ids.add(pairs.get(pair).id());
                            }
                        }
                    }
                });
            }
        }

        void collectTranslations(Map<String, Candidate> map) {
            for (int p = 0; p < pairs.size(); p++) {
                int pair = p;
                List<PersianTokens.Token> t = fa.get(p);
                List<EnglishTokens.Token> et = en.get(p);
                WordAligner.Links links = et.isEmpty() ? null : aligner.links(faWords[p], enWords[p]);
                int[] claims = links == null ? null : PhrasePairs.claims(links);
                forEachOccurrence(p, (s, e, key) -> {
                    Candidate c = map.get(key);
                    if (c.df < minFrequency) {
                        return;
                    }
                    c.addSurface(t.subList(s, e + 1));
                    if (links == null) {
                        return;
                    }
                    String target = PhrasePairs.span(links, claims, s, e, et);
                    if (target != null) {
                        c.addTranslation(singularPhrase(target), pair, pairs.get(pair).id());
                    }
                });
            }
        }

        /** An English plural's singular, when the bitext also uses that singular (trials → trial). */
        String singular(String word) {
            int n = word.length();
            if (n < 4 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
                return word;
            }
            if (word.endsWith("ies") && enIds.containsKey(word.substring(0, n - 3) + "y")) {
                return word.substring(0, n - 3) + "y";
            }
            String bare = word.substring(0, n - 1);
            if (enIds.containsKey(bare)) {
                return bare;
            }
            if (word.endsWith("es") && enIds.containsKey(word.substring(0, n - 2))) {
                return word.substring(0, n - 2);
            }
            return word;
        }

        private String singularPhrase(String phrase) {
            int sp = phrase.lastIndexOf(' ');
            String last = phrase.substring(sp + 1);
            String single = singular(last);
            return single.equals(last) ? phrase : phrase.substring(0, sp + 1) + single;
        }

        /** Pair frequency and usual spelling of every English phrase some candidate proposes. */
        Map<String, TargetStats> targetStats(Map<String, Candidate> map) {
            Map<String, TargetStats> stats = new HashMap<>();
            for (Candidate c : map.values()) {
                translation(c).ifPresent(t -> stats.putIfAbsent(t.key, new TargetStats()));
            }
            for (int p = 0; p < pairs.size(); p++) {
                List<EnglishTokens.Token> et = en.get(p);
                for (int s = 0; s < et.size(); s++) {
                    StringBuilder key = new StringBuilder();
                    for (int e = s; e < et.size() && e - s < MAX_WORDS; e++) {
                        if (e > s) {
                            if (et.get(e).breakBefore()) {
                                break;
                            }
                            key.append(' ');
                        }
                        String word = et.get(e).key();
                        String single = singular(word);
                        TargetStats ts = stats.get(key + single);
                        key.append(word);
                        if (ts != null) {
                            if (ts.lastPair != p) {
                                ts.lastPair = p;
                                ts.df++;
                            }
                            ts.addSurface(et.subList(s, e + 1), !single.equals(word));
                        }
                    }
                }
            }
            return stats;
        }
    }

    @FunctionalInterface
    private interface OccurrenceVisitor {
        void visit(int first, int last, String key);
    }
}

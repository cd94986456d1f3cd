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
 * (بیماران, کمک‌های), count as one candidate, shown as the text writes it most often (without such an ending
 * only where the text also writes it so: زمینه‌ای keeps its ای). Termhood is a C-value (frequency, less the frequency of the longer
 * candidates that contain it) weighted by how much more often the words occur here than in general Persian (see
 * {@link #termhood}), and more for a phrase than for a single word.
 *
 * <p>With English, a word-alignment pass links each Persian word to the English word it is most associated
 * with over the bitext (IBM Model 1 both ways), and each occurrence of a candidate proposes the English words
 * its words link to, trimmed of function words, unless one of them belongs to a Persian word outside the
 * candidate (a phrase pair must be consistent with the links, as in phrase-based translation; see
 * {@link PhrasePairs}). The translation proposed most often wins, in the number of the Persian as shown (ماسک: mask,
 * علائم: symptoms), unless it is the translation of a part of the
 * Persian that mostly stands alone, leaving a word out (تولید پهپاد: drone; بیمار مبتلا: patient). Its score is
 * termhood times how stable the translation is (see {@link #confidence}), boosted when a name's letters
 * transliterate to the English or when the numbers agree, and lowered for a word mostly used before a light
 * verb (گزارش داد), for a lone adverb or adjective (معمولاً, بالینی: clinical, حاد: acute), for a single word whose
 * English is an everyday word of general English (disease, cases) or that is common on both sides (patient,
 * sample), for the name of a country or language (China) or another name general English uses often (UNESCO,
 * California) and for an animal (bat, pangolin; see {@link AnimalNames}). A name or domain term with a generic
 * word (بیمار کووید-19: COVID-19 patient, آزمایش RT-PCR: RT-PCR test, شیوع کروناویروس: coronavirus outbreak; see
 * {@link FreeCombinations}), a name or web fragment copied in Latin script (see {@link LatinNames}), a person's
 * name (Donald Trump, Trump; see {@link PersonNames}), a label alone (beta) and English that is no noun phrase
 * (detect infection, acute respiratory, mRNA-based), or that holds a personal pronoun (wash your hands) or names a
 * date (early April), are no entries, nor is a word with its ezafe written solid where the text shows the word
 * alone too (آنفولانزای beside آنفولانزا). Candidates the
 * given glossary already has are returned with {@link TermCandidate#known()} set.
 *
 * <p>The counts come from a {@link TermCounts} summary, which a batch merges document by document. The tuned
 * constants are named, with why each exists, in {@link TermTuning}. Pure and deterministic; about a quarter of a
 * minute of one core for 100,000 pairs.
 */
public final class TermExtractor {
    /** A word with a plural ending set apart by a ZWNJ, with an ezafe or not (واکسن‌های). */
    private static final java.util.regex.Pattern WRITTEN_PLURAL = java.util.regex.Pattern.compile(".+\u200cها(ی|یی)?");
    /** A name in Latin script with a plural ending right after it, with an ezafe or not (CoVهای). */
    private static final java.util.regex.Pattern LATIN_PLURAL = java.util.regex.Pattern.compile(
            ".*[\\p{IsLatin}\\p{N}]ها(ی|یی)?");
    /** The longest candidate, in words, on either side. */
    public static final int MAX_WORDS = 5;
    /** Calendar words name dates, not concepts of the domain. */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    /** Personal and possessive pronouns, and their contractions: no glossary entry holds one. */
    private static final Set<String> PERSONAL = Set.of("i", "i'm", "i've", "me", "my", "you", "you're", "your",
            "yours", "we", "we're", "us", "our", "he", "him", "his", "she", "her", "they", "they're", "them", "their");
    private final int minFrequency;
    private final Set<TermTuning> neutralised;
    private final ExtractionLexicon lexicon = ExtractionLexicon.standard();
    private final EnglishFrequency englishFrequency = EnglishFrequency.standard();
    private final EnglishTags englishTags = EnglishTags.standard();

    /** An extractor that proposes terms occurring in at least two pairs. */
    public TermExtractor() {
        this(2);
    }

    /** An extractor that proposes terms occurring in at least {@code minFrequency} pairs (or texts). */
    public TermExtractor(int minFrequency) {
        this(minFrequency, Set.of());
    }

    /**
     * As {@link #TermExtractor(int)}, with the given tuned constants set to their neutral values: for a benchmark to
     * show what each does.
     */
    public TermExtractor(int minFrequency, Set<TermTuning> neutralised) {
        if (minFrequency < 1) {
            throw new IllegalArgumentException("minFrequency must be at least 1: " + minFrequency);
        }
        this.minFrequency = minFrequency;
        this.neutralised = Set.copyOf(neutralised);
    }

    private double tuned(TermTuning t) {
        return t.in(neutralised);
    }

    /** Bilingual candidates of aligned pairs, best first, with the default settings. */
    public static List<TermCandidate> extract(List<SentencePair> pairs, Glossary known) {
        return new TermExtractor().bilingual(pairs, known);
    }

    /** Candidates with their English translations, best first; pairs without English still count for termhood. */
    public List<TermCandidate> bilingual(List<SentencePair> pairs, Glossary known) {
        return bilingual(TermCounts.of(pairs), known);
    }

    /**
     * Candidates with their English translations, best first, from the merged summary of a batch's pairs (see
     * {@link TermCounts}); the summary is only read.
     */
    public List<TermCandidate> bilingual(TermCounts counts, Glossary known) {
        Map<String, Candidate> candidates = counts.candidates;
        Map<String, TargetStats> targets = counts.targets;
        Map<String, Integer> nested = nest(candidates);
        List<Scored> scored = new ArrayList<>();
        FreeCombinations free = new FreeCombinations(candidates, this::translation,
                TermTuning.NAME_ALONE_RATIO.count(neutralised), TermTuning.TERM_ALONE_RATIO.count(neutralised),
                part -> specificity(part, counts) >= tuned(TermTuning.TERM_SPECIFICITY),
                word -> englishFrequency.frequencyClass(word) >= tuned(TermTuning.GENERIC_CLASS));
        PersonNames people = new PersonNames(candidates.values(),
                c -> translation(c).map(t -> targets.get(t.key).surface(isPlural(c.surface()), t.key)), englishTags);
        Set<String> shown = new HashSet<>();
        for (Candidate c : candidates.values()) {
            if (c.length == 1 && c.df >= minFrequency) {
                shown.add(c.surface());
            }
        }
        for (Candidate c : candidates.values()) {
            Optional<Translation> proposed = translation(c);
            if (proposed.isEmpty() || isEzafeForm(c, shown) || leavesAWordOut(c, proposed.get(), candidates)
                    || free.isFree(c, proposed.get().key)
                    || tuned(TermTuning.LATIN_NAMES) > 0 && LatinNames.isCopiedName(c)) {
                continue;
            }
            Translation t = proposed.get();
            double termhood = termhood(c, counts, nested) * asNamed(c);
            boolean plural = isPlural(c.surface());
            TargetStats ts = targets.get(t.key);
            String english = ts.surface(plural, t.key);
            if (namesDate(english)
                    || tuned(TermTuning.PERSON_NAMES) > 0 && people.isPerson(c, english)
                    || tuned(TermTuning.NOUN_PHRASES) > 0 && (!isNounPhrase(english) || Boosts.isLabelAlone(english))) {
                continue;
            }
            double s = confidence(c, t, ts) * termhood * Boosts.of(c, t.key, lexicon, neutralised) * modifier(c, t.key)
                    * everydayEnglish(c, t.key) * everydayBoth(c, t.key, counts)
                    * (CommonNames.isCountryOrLanguage(english) || isWellKnownName(c, english)
                            ? tuned(TermTuning.COMMON_NAME) : 1)
                    * (AnimalNames.isAnimal(english) ? tuned(TermTuning.ANIMAL) : 1);
            if (s > 0) {
                scored.add(new Scored(c, english, s, t.ids));
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
     * Whether the phrase's translation is that of a part of it that stands alone in at least as many pairs as within the
     * phrase, while a content word outside that part is not held by the English: the phrase is then that part's entry
     * with a word the translation lost (بیمار مبتلا is not "patient", تولید پهپاد not "drone"), whether or not the word
     * alignment found a translation of that word. A part that seldom stands alone (سینه in قفسه سینه: chest) is no
     * entry of its own, and ویروس کرونا may be coronavirus, which holds virus.
     */
    private boolean leavesAWordOut(Candidate c, Translation t, Map<String, Candidate> candidates) {
        return c.length > 1 && leavesAWordOut(c.stems, c.stops, t.key, c.df, key -> {
            Candidate part = candidates.get(key);
            return part == null ? Optional.empty() : translation(part).map(own -> new Part(own.key, part.df));
        });
    }

    /**
     * Whether a single word is another word of the text with the ezafe written solid after its final vowel (آنفولانزای,
     * راهنمای, داروی): the text shows the word itself too, and a glossary lists it without the ending the next word
     * called for. {@code shown} holds the surfaces of the single-word candidates.
     */
    static boolean isEzafeForm(Candidate c, Set<String> shown) {
        if (c.length != 1) {
            return false;
        }
        String s = c.surface();
        int n = s.length();
        return n > 3 && s.charAt(n - 1) == '\u06cc' && (s.charAt(n - 2) == '\u0627' || s.charAt(n - 2) == '\u0648')
                && shown.contains(s.substring(0, n - 1));
    }

    /** What a phrase's check needs of a candidate: its translation and the pairs it occurs in. */
    record Part(String translation, int df) {
    }

    /** As above, for the stems of a phrase in {@code phraseDf} pairs and a look-up of a candidate by its key. */
    static boolean leavesAWordOut(String[] stems, boolean[] stops, String target, int phraseDf,
                                  Function<String, Optional<Part>> partOf) {
        int n = stems.length;
        for (int s = 0; s < n; s++) {
            StringBuilder key = new StringBuilder();
            for (int e = s; e < n && e - s + 1 < n; e++) {
                key.append(stems[e]);
                Optional<Part> part = partOf.apply(key.toString());
                if (part.isPresent() && part.get().translation().equals(target)
                        && part.get().df() - phraseDf >= phraseDf && untranslated(stems, stops, s, e, target, partOf)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a content word outside words s..e has no translation that the target holds. */
    private static boolean untranslated(String[] stems, boolean[] stops, int s, int e, String target,
                                        Function<String, Optional<Part>> partOf) {
        for (int i = 0; i < stems.length; i++) {
            if (i >= s && i <= e || stops[i]) {
                continue;
            }
            Optional<Part> own = partOf.apply(stems[i]);
            if (own.isEmpty() || !target.contains(own.get().translation())) {
                return true;
            }
        }
        return false;
    }

    /**
     * How stable the translation is: the geometric mean of the share of the candidate's pairs that translate it
     * so and the share of the English phrase's pairs that it translates. Unlike the phrase Dice coefficient, a
     * term the English writes two ways, or an English word with two Persian synonyms, is not halved for it.
     */
    private static double confidence(Candidate c, Translation t, TargetStats ts) {
        return Math.sqrt((double) t.count / c.df * t.count / Math.max(t.count, ts.df));
    }

    /**
     * Whether the English can be a noun phrase, as a glossary entry is: it does not start with a word general English
     * knows only as a verb (detect infection, inhibit SARS-CoV-2) nor end with one it knows only as an adjective
     * (acute respiratory, respiratory), nor with a compound whose last part is an adjective or a participle
     * (mRNA-based, drug-induced): a verb phrase, a modifier or a fragment the links cut out of a longer term. Nor does
     * it hold a personal or possessive pronoun (wash your hands, center of my chest, I'm having some chest): that is
     * a piece of a sentence someone says, which the links cut out around a term or instead of it.
     */
    private boolean isNounPhrase(String english) {
        String[] words = english.split(" ");
        for (String w : words) {
            if (PERSONAL.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        String last = words[words.length - 1];
        String lastPart = last.substring(last.lastIndexOf('-') + 1);
        return !englishTags.isOnlyVerb(words[0]) && !englishTags.isOnlyAdjective(last)
                && !(lastPart.length() < last.length() && (englishTags.isOnlyAdjective(lastPart)
                        || englishTags.isOnlyParticiple(lastPart)));
    }

    /**
     * Whether the Persian writes out a name that general English uses as often as its everyday words (UNESCO,
     * California, Seattle; see {@link TermTuning#EVERYDAY_BOTH_CLASS}): every translator knows it, as a country's
     * name. A name of the domain is rare in general English (Wuhan, Hubei, Ebola), and a name the Persian copies in
     * Latin script (RNA, CDC) needs no translation to be known.
     */
    private boolean isWellKnownName(Candidate c, String english) {
        boolean latin = true;
        for (boolean l : c.latin) {
            latin &= l;
        }
        if (latin) {
            return false;
        }
        int content = 0;
        for (String w : english.split(" ")) {
            if (ExtractionLexicon.isEnglishStop(w)) {
                continue;
            }
            if (!englishTags.isProperName(w) || englishFrequency.frequencyClass(w) < tuned(TermTuning.EVERYDAY_BOTH_CLASS)) {
                return false;
            }
            content++;
        }
        return content > 0;
    }

    /**
     * Whether the English names a date or a time of one (early April, late February): a calendar word with its capital,
     * as English writes a month or a day, anywhere in it. Dates are no concepts of the domain; "may" or "march" in
     * small letters are other words.
     */
    static boolean namesDate(String english) {
        for (String w : english.split(" ")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))
                    && CALENDAR.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Less when the candidate mostly stands before a light verb (گزارش داد, کنترل کرد): a verb, not a name. */
    private double asNamed(Candidate c) {
        return 1 - tuned(TermTuning.VERBAL) * c.verbal / c.freq;
    }

    /**
     * Less for a lone adverb (معمولاً) or a lone relational adjective rendered by an English adjective (بالینی,
     * clinical): glossaries list the noun phrases such words modify.
     */
    private double modifier(Candidate c, String english) {
        if (c.length != 1) {
            return 1;
        }
        boolean word = english.indexOf(' ') < 0;
        boolean lone = WordClasses.isAdverb(c.keys[0], lexicon)
                || word && WordClasses.isRelationalAdjective(c.keys[0], lexicon)
                        && (WordClasses.looksAdjective(english) || englishTags.canBeAdjective(english))
                || word && englishTags.isOnlyAdjective(english)
                || word && (lexicon.tags(c.keys[0]) & ExtractionLexicon.ADJECTIVE) != 0
                        && englishTags.canBeAdjective(english);
        return lone ? tuned(TermTuning.MODIFIER) : 1;
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
        return englishFrequency.frequencyClass(english) >= tuned(TermTuning.EVERYDAY_ENGLISH_CLASS)
                ? tuned(TermTuning.EVERYDAY_ENGLISH) : 1;
    }

    /**
     * Less for a single word that is common in general language on both sides: its Persian not many times more
     * frequent here than in general Persian, its English a common word of general English (patient, sample,
     * diagnosis, laboratory). Either alone says little, since a domain text uses its own words often.
     */
    private double everydayBoth(Candidate c, String english, TermCounts counts) {
        if (c.length != 1 || english.indexOf(' ') >= 0 || c.stops[0]) {
            return 1;
        }
        boolean persian = decades(c, 0, counts) < tuned(TermTuning.EVERYDAY_PERSIAN_DECADES);
        boolean common = englishFrequency.frequencyClass(english) >= tuned(TermTuning.EVERYDAY_BOTH_CLASS);
        return persian && common ? tuned(TermTuning.EVERYDAY_BOTH) : 1;
    }

    /**
     * The Persian as shown is plural (علائم, بیماران, واکسن‌های واحد فرعی, CoVهای انسانی: a plural ending stays where
     * the text never writes the phrase without it).
     */
    private boolean isPlural(String surface) {
        String[] words = surface.split(" ");
        return pluralWord(words[0]) || words.length > 1 && pluralWord(words[words.length - 1]);
    }

    private boolean pluralWord(String word) {
        return WRITTEN_PLURAL.matcher(word).matches() || LATIN_PLURAL.matcher(word).matches()
                || WordClasses.isPlural(TermKeys.persian(word), lexicon);
    }

    /** Candidates of Persian texts (the pairs' English is ignored), best first. */
    public List<TermCandidate> monolingual(List<SentencePair> texts, Glossary known) {
        return monolingual(TermCounts.ofPersian(texts), known);
    }

    /** Candidates of the merged summary of Persian texts, without translations, best first. */
    public List<TermCandidate> monolingual(TermCounts counts, Glossary known) {
        Map<String, Integer> nested = nest(counts.candidates);
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : counts.candidates.values()) {
            if (c.df >= minFrequency) {
                double s = termhood(c, counts, nested);
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
    private double termhood(Candidate c, TermCounts counts, Map<String, Integer> nested) {
        double free = c.df - nested.getOrDefault(c.key, 0);
        if (free <= 0) {
            return 0;
        }
        double cvalue = log2(1 + c.length) * free;
        double weight = Math.log(1 + cvalue);
        double phrase = c.contentWords() > 1 && c.contentWords() == c.length ? tuned(TermTuning.PHRASE) : 1;
        return weight * weight * Math.sqrt(free / c.df) * Math.pow(specificity(c, counts), tuned(TermTuning.SPECIFICITY)) * phrase;
    }

    /**
     * How much more often the candidate's content words occur here than in general Persian, on a scale from 0
     * (everyday words) to 1 (words general Persian hardly uses: technical terms, names, Latin script).
     */
    private double specificity(Candidate c, TermCounts counts) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < c.stems.length; i++) {
            if (c.stops[i]) {
                continue;
            }
            double weird = decades(c, i, counts);
            sum += Math.max(0, Math.min(1, (weird - tuned(TermTuning.SPECIFIC_FROM)) / tuned(TermTuning.SPECIFIC_RANGE)));
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /** By how many decades word i of the candidate is more frequent here than in general Persian. */
    private double decades(Candidate c, int i, TermCounts counts) {
        double here = (double) counts.persianDf(c.stems[i]) / Math.max(1, counts.pairs);
        double general = Math.max(Math.max(lexicon.generalShare(c.stems[i]), lexicon.generalShare(c.keys[i])),
                Math.max(lexicon.generalShare(WordClasses.singular(c.stems[i], lexicon)), 1e-7));
        return Math.log10(Math.max(1e-9, here / general));
    }

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

    /**
     * C-value bookkeeping: for each candidate, the pair frequency of the most frequent longer candidate (of at least
     * the minimum frequency) that contains it.
     */
    private Map<String, Integer> nest(Map<String, Candidate> map) {
        Map<String, Integer> nested = new HashMap<>();
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
                    if (map.containsKey(k) && seen.add(k)) {
                        nested.merge(k, b.df, Math::max);
                    }
                }
            }
        }
        return nested;
    }
}

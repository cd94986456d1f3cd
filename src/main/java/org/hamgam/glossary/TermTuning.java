package org.hamgam.glossary;

/**
 * The tuned constants of term extraction, each with why it exists and a neutral value that takes its effect away
 * (a weight of 1, a test that never fires), so that a benchmark can show what each one does: {@code ExtractBench}
 * prints the judged precision of the top 100 with each neutralised in turn, on the development half of TICO-19
 * only. {@link TermExtractor#TermExtractor(int, java.util.Set)} neutralises some.
 */
public enum TermTuning {
    /** How much a candidate always used before a light verb loses (گزارش داد, کنترل کرد: a verb, not a name). */
    VERBAL(0.8, 0),
    /**
     * How much more a phrase of several content words weighs than a single word: most single words of a text are
     * everyday words in a special sense, whereas a phrase that recurs and translates as a whole is seldom anything but
     * a term (the C-value, built for phrases, gives single words no weight at all). Not for a phrase with a function
     * word inside (روسیه به اوکراین), more often a free combination than a name for one thing.
     */
    PHRASE(1.5, 1),
    /**
     * The exponent of the contrast with general Persian (hazm's corpus frequencies and a reference corpus): a word
     * much more frequent here than in general Persian is of the domain. 0 leaves the contrast out.
     */
    SPECIFICITY(1, 0),
    /**
     * Decades by which a word must be more frequent here than in general Persian before it counts as specific at all
     * (neutral: from the first decade), and the further decades over which its specificity rises to 1 (neutral: one
     * decade, a step). Steeper scales (from 2 over 2, from 1.5 over 2.5) and a squared or cubed specificity kept fewer
     * judged terms in the top 100 of the development half, since the domain's own words are frequent in a domain text
     * as much as its everyday ones.
     */
    SPECIFIC_FROM(1, 0),
    /** See {@link #SPECIFIC_FROM}. */
    SPECIFIC_RANGE(3, 1),
    /**
     * The frequency class of general English (LanguageTool's en_US classes, see {@link EnglishFrequency}) from which a
     * translation is an everyday word (disease, test, cases, treatment, use): a domain text uses it as everyone does,
     * so it is rarely a glossary entry however often it occurs, and Persian frequencies alone do not tell these apart.
     * Protein and transmission are of class 13 too and lose with the everyday words. Neutral: no class so common.
     */
    EVERYDAY_ENGLISH_CLASS(13, 99),
    /** The weight a single word keeps whose English is an everyday word (see {@link #EVERYDAY_ENGLISH_CLASS}). */
    EVERYDAY_ENGLISH(0.3, 1),
    /**
     * The weight a single word keeps that is common on both sides (see {@link #EVERYDAY_PERSIAN_DECADES} and
     * {@link #EVERYDAY_BOTH_CLASS}): patient, sample, diagnosis, laboratory, which a domain text uses often but in
     * their everyday sense. Either side alone says little: fever and lung are of class 11 in English, and the domain's
     * own words are frequent in a domain text.
     */
    EVERYDAY_BOTH(0.4, 1),
    /** The decades by which a word of {@link #EVERYDAY_BOTH} is at most more frequent here than in general Persian. */
    EVERYDAY_PERSIAN_DECADES(3, 0),
    /** The class of general English from which the English of a word of {@link #EVERYDAY_BOTH} is common. */
    EVERYDAY_BOTH_CLASS(11, 99),
    /**
     * The weight of a candidate whose English names a country or a language (China, United States, Chinese, from the
     * JDK's locale data): every translator knows these, so a glossary of the domain does not list them.
     */
    COMMON_NAME(0.2, 1),
    /**
     * The weight of a candidate whose English names an animal (bat, pangolin, dromedary camel; see {@link
     * AnimalNames}): the animals a virus comes from are everyday words to a translator, unlike the virus.
     */
    ANIMAL(0.2, 1),
    /**
     * 1 drops a candidate whose English is no noun phrase: it starts with a verb or ends with an adjective (detect
     * infection, acute respiratory), or holds a personal pronoun (washing your hands). Neutral 0: kept.
     */
    NOUN_PHRASES(1, 0),
    /**
     * The weight of a lone adverb (معمولاً) or relational adjective rendered by an English adjective (بالینی,
     * clinical): glossaries list the noun phrases such words modify.
     */
    MODIFIER(0.15, 1),
    /**
     * How many times more pairs a name (Latin script, or with a digit) must occur in alone than in a phrase with a
     * generic word for the phrase to be a free combination, no entry (COVID-19 patient, SARS-CoV-2 virus): the
     * glossary needs the name and the translator composes the rest; a term built on a name that rarely stands alone
     * (ماسک N95) is kept. The combinations judged free have ratios from 5 to 13. Neutral: never free.
     */
    NAME_ALONE_RATIO(4, Integer.MAX_VALUE),
    /**
     * As {@link #NAME_ALONE_RATIO}, for a word of the domain that is no name, combined with an everyday English word
     * (coronavirus outbreak, city of Wuhan, spread of the virus). Neutral: never free.
     */
    TERM_ALONE_RATIO(4, Integer.MAX_VALUE),
    /**
     * The specificity (see {@link #SPECIFIC_FROM}) from which a word is of the domain, a term the combinations of
     * {@link #TERM_ALONE_RATIO} are built on. Neutral: above any specificity.
     */
    TERM_SPECIFICITY(0.5, 2),
    /**
     * The frequency class of general English from which the rest of such a combination is an everyday word (outbreak,
     * city, spread). Neutral: no class so common.
     */
    GENERIC_CLASS(12, 99),
    /**
     * 1 drops a name or web fragment the Persian copies in Latin script (Coles, GAVIN NEWSOM, www), which the
     * translator writes as the source does (see {@link LatinNames}). Neutral 0: kept.
     */
    LATIN_NAMES(1, 0),
    /**
     * 1 drops the name of a person (Donald Trump) and a surname standing for it (Trump), which the translator
     * transliterates whatever the domain (see {@link PersonNames}). Neutral 0: kept.
     */
    PERSON_NAMES(1, 0),
    /**
     * The factor for a Persian and an English with the same numbers, and the same one-letter and Roman-numeral labels
     * in Latin script (phase III, vitamin D): evidence of a right pairing.
     */
    NUMBERS_AGREE(1.5, 1),
    /**
     * The factor for numbers or labels that differ between the Persian and the English: more likely mispaired, or the
     * Persian lost a word of the term (پروتئین واکنشی for C-reactive protein, where the text writes پروتئین واکنشی C).
     */
    NUMBERS_DISAGREE(0.3, 1),
    /**
     * How much a name whose letters transliterate to its English gains, times the similarity (0.6 to 1): evidence a
     * word alignment cannot give for a rare name.
     */
    TRANSLITERATION(0.3, 0);

    private final double value;
    private final double neutral;

    TermTuning(double value, double neutral) {
        this.value = value;
        this.neutral = neutral;
    }

    /** The tuned value. */
    public double value() {
        return value;
    }

    /** The value that takes the constant's effect away. */
    public double neutral() {
        return neutral;
    }

    /** The value in force: the neutral one when {@code neutralised} says so. */
    double in(java.util.Set<TermTuning> neutralised) {
        return neutralised.contains(this) ? neutral : value;
    }

    /** As {@link #in}, for a count. */
    int count(java.util.Set<TermTuning> neutralised) {
        return (int) in(neutralised);
    }
}

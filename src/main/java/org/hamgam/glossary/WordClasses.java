package org.hamgam.glossary;

import java.util.List;
import java.util.Set;

/**
 * The little grammar term ranking needs: Persian light-verb forms (a word before کرد, می‌شود or داده است is used as
 * a verb, not named as a concept), relational adjectives (پزشکی, بالینی: a noun and the suffix ی), adverbs,
 * plurals and their singulars, number words on both sides, and English words shaped like adjectives (medical,
 * clinical). Keys are the matcher's folding.
 */
final class WordClasses {
    /**
     * Past and present stems of the verbs most Persian compound verbs are made with. داشتن, گرفتن and زدن also make
     * compound verbs, but far more often take an object (تب دارد, واکسن زدند), so they do not count.
     */
    private static final List<String> PAST = List.of("کرد", "شد", "داد", "نمود", "گردید", "یافت");
    private static final List<String> PRESENT = List.of("کن", "شو", "ده", "نما", "گرد", "یاب");
    private static final Set<String> PAST_ENDINGS = Set.of("", "م", "ی", "یم", "ند", "ه", "ن", "هاند",
            "هاست", "هایم", "های", "هبود", "هبودند");
    private static final Set<String> PRESENT_ENDINGS = Set.of("م", "ی", "د", "یم", "ید", "ند", "نده", "ندگان");
    private static final List<String> PREFIXES = List.of("نمی", "می", "ن", "ب", "");
    private static final List<String> PLURAL_ENDINGS = List.of("ان", "ات", "ها");
    private static final List<String> SOLID_PLURAL_ENDINGS = List.of("ان", "ات");
    private static final List<String> ADJECTIVE_SUFFIXES = List.of("al", "ic", "ous", "ory", "ive", "ary",
            "ible", "able", "ese", "ular", "ful", "less");

    /** Cardinal numbers written as words: like digits, they count things rather than name them. */
    private static final Set<String> PERSIAN_NUMBERS = Set.of("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت",
            "نه", "ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست",
            "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود", "صد", "یکصد", "دویست", "سیصد", "چهارصد", "پانصد",
            "ششصد", "هفتصد", "هشتصد", "نهصد", "هزار", "میلیون", "میلیارد");
    private static final Set<String> ENGLISH_NUMBERS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion", "dozen");

    private WordClasses() {
    }

    /** A Persian cardinal number written as a word (هفت, هزار); ordinals (سوم) name phases and stay terms. */
    static boolean isPersianNumber(String key) {
        return PERSIAN_NUMBERS.contains(key);
    }

    /** An English cardinal number written as a word (seven, thousand). */
    static boolean isEnglishNumber(String lower) {
        return ENGLISH_NUMBERS.contains(lower);
    }

    /**
     * A form of a light verb: کرد, کرده‌اند, می‌شود, نمی‌کنند, شده. A bare present stem (ده, گرد) is a noun far more
     * often than an imperative, so it does not count.
     */
    static boolean isLightVerb(String key) {
        for (String prefix : PREFIXES) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            String rest = key.substring(prefix.length());
            for (String stem : PAST) {
                if (rest.startsWith(stem) && PAST_ENDINGS.contains(rest.substring(stem.length()))) {
                    return true;
                }
            }
            for (String stem : PRESENT) {
                if (rest.startsWith(stem)) {
                    String ending = rest.substring(stem.length());
                    if (PRESENT_ENDINGS.contains(ending) || ending.isEmpty() && !prefix.isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A relational adjective: a listed word plus ی (پزشک → پزشکی, تنفس → تنفسی) that the lexicon does not give as a
     * noun, or a word it gives only as an adjective.
     */
    static boolean isRelationalAdjective(String key, ExtractionLexicon lexicon) {
        int tags = lexicon.tags(key);
        if ((tags & ExtractionLexicon.NOUN) != 0) {
            return false;
        }
        if ((tags & ExtractionLexicon.ADJECTIVE) != 0) {
            return true;
        }
        return key.length() >= 4 && key.endsWith("ی") && lexicon.isListed(key.substring(0, key.length() - 1));
    }

    /** A word the lexicon gives as an adverb and not as a noun: معمولاً, احتمالاً. */
    static boolean isAdverb(String key, ExtractionLexicon lexicon) {
        int tags = lexicon.tags(key);
        return (tags & ExtractionLexicon.ADVERB) != 0 && (tags & ExtractionLexicon.NOUN) == 0;
    }

    /**
     * A plural noun: one the lexicon tags plural (علائم, اطلاعات), or a word it does not give as a noun that is a
     * listed word plus ان, ات or ها (بیماران, مردان), or an unlisted loan plus ها (استروئیدها).
     */
    static boolean isPlural(String key, ExtractionLexicon lexicon) {
        int tags = lexicon.tags(key);
        if ((tags & ExtractionLexicon.PLURAL) != 0) {
            return true;
        }
        if ((tags & ExtractionLexicon.NOUN) != 0 || key.length() < 5) {
            return false;
        }
        for (String ending : PLURAL_ENDINGS) {
            if (key.endsWith(ending) && lexicon.isListed(key.substring(0, key.length() - ending.length()))) {
                return true;
            }
        }
        // a loan the lexicon does not list at all, written solid with ها (استروئیدها): names and loans seldom end so
        return tags == 0 && !lexicon.isListed(key) && key.endsWith("ها") && key.length() >= 6;
    }

    /**
     * The singular of a plural in ان or ات written solid (دانش‌آموزان → دانش‌آموز, کودکان → کودک): a word the lexicon
     * gives as a plural or in no word class at all, less the ending, when what is left is an everyday word. Else the
     * word itself: a singular noun or adjective that happens to end so (درمان, ارزان), a verb form (می‌توان), a name
     * whose first letters spell no everyday word (ووهان).
     */
    static String singular(String key, ExtractionLexicon lexicon) {
        int tags = lexicon.tags(key);
        if (key.length() < 5 || (tags & ExtractionLexicon.PLURAL) == 0 && tags != 0) {
            return key;
        }
        for (String ending : SOLID_PLURAL_ENDINGS) {
            String rest = key.substring(0, key.length() - ending.length());
            if (key.endsWith(ending) && lexicon.isKnownWord(rest)) {
                return rest;
            }
        }
        return key;
    }

    /** The singular of a plural in ان (بیماران → بیمار), as {@link #singular}; else the word itself. */
    static String animateSingular(String key, ExtractionLexicon lexicon) {
        return key.endsWith("ان") ? singular(key, lexicon) : key;
    }

    /** An English word with an adjective's ending: clinical, genetic, infectious, respiratory. */
    static boolean looksAdjective(String word) {
        if (word.length() < 5) {
            return false;
        }
        for (String suffix : ADJECTIVE_SUFFIXES) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}

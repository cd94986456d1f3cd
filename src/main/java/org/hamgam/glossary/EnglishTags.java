package org.hamgam.glossary;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The parts of speech general English gives a word: the Penn tags of LanguageTool's English tagger dictionary
 * ({@code org.languagetool:english-pos-dict}, LGPL, on the class path through LanguageTool). Term ranking asks
 * whether a word is only an adjective (respiratory, fewer) and whether a capitalized word is only a proper name
 * (Donald, Conte), never a common noun. Loaded once, on first use; thread-safe.
 */
final class EnglishTags {
    private static final String DICTIONARY = "/org/languagetool/resource/en/english.dict";

    private final Dictionary dictionary;

    private EnglishTags(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The shared instance; a class path without the dictionary gives one that knows no word. */
    static EnglishTags standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final EnglishTags INSTANCE = new EnglishTags(EnglishDictionary.read(DICTIONARY).orElse(null));
    }

    /** The tags of the word as written; empty when unknown. */
    Set<String> tags(String word) {
        Set<String> tags = new HashSet<>();
        if (dictionary == null || word.isEmpty()) {
            return tags;
        }
        // a lookup keeps per-call state, and is cheap to make
        for (WordData d : new DictionaryLookup(dictionary).lookup(word)) {
            CharSequence tag = d.getTag();
            if (tag != null) {
                tags.add(tag.toString());
            }
        }
        return tags;
    }

    /** Whether every tag of the word in lower case is an adjective's (JJ, JJR, JJS): respiratory, fewer. */
    boolean isOnlyAdjective(String word) {
        Set<String> tags = tags(word.toLowerCase(Locale.ROOT));
        return !tags.isEmpty() && tags.stream().allMatch(t -> t.startsWith("JJ"));
    }

    /**
     * Whether every tag of the word in lower case is a finite or bare verb's (VB, VBP, VBZ): detect, inhibit; not a
     * participle, which modifies nouns as adjectives do (combined therapy, infected cells).
     */
    boolean isOnlyVerb(String word) {
        Set<String> tags = tags(word.toLowerCase(Locale.ROOT));
        return !tags.isEmpty() && tags.stream().allMatch(t -> t.equals("VB") || t.equals("VBP") || t.equals("VBZ"));
    }

    /** Whether every tag of the word in lower case is a past participle's or a past tense's (VBN, VBD): based. */
    boolean isOnlyParticiple(String word) {
        Set<String> tags = tags(word.toLowerCase(Locale.ROOT));
        return !tags.isEmpty() && tags.stream().allMatch(t -> t.equals("VBN") || t.equals("VBD"));
    }

    /** Whether the word has an adjective's tag among others in lower case (acute, mild). */
    boolean canBeAdjective(String word) {
        return tags(word.toLowerCase(Locale.ROOT)).stream().anyMatch(t -> t.startsWith("JJ"));
    }

    /** Whether the tagger knows the word neither as written nor in lower case: Shinzo, a rare name. */
    boolean isUnknown(String word) {
        return tags(word).isEmpty() && tags(word.toLowerCase(Locale.ROOT)).isEmpty();
    }

    /** Whether a capitalized word is known as a proper name (NNP, NNPS), maybe also in lower case: Trump, Johnson. */
    boolean isProperName(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && tags(word).stream().anyMatch(t -> t.startsWith("NNP"));
    }

    /**
     * Whether a capitalized word is known only as a proper name (NNP, NNPS), with no reading in lower case: Donald,
     * Giuseppe, Wuhan; not Trump (a trump) nor Robert Koch Institute's Institute.
     */
    boolean isOnlyProperName(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        Set<String> tags = tags(word);
        return !tags.isEmpty() && tags.stream().allMatch(t -> t.startsWith("NNP"))
                && tags(word.toLowerCase(Locale.ROOT)).isEmpty();
    }
}

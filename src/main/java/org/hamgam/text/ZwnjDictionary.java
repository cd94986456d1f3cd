package org.hamgam.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A spelling dictionary as evidence for ZWNJ repair: for each word written without ZWNJs, where the dictionary's
 * spellings of it put ZWNJs. A full-form list such as Debian's {@code myspell-fa} (332,000 forms, 118,000 of them
 * with a ZWNJ) names compounds that standard Persian writes solid (دانشگاه, خونسردی) and words whose parts it
 * separates (نمایش‌نامه, می‌دمد), which the shipped lexicon may not know. Immutable; the empty dictionary changes
 * nothing.
 */
public final class ZwnjDictionary {
    private static final ZwnjDictionary EMPTY = new ZwnjDictionary(Map.of());

    /**
     * Per key, two bit sets of letter positions before which a ZWNJ stands after a joining letter: in any of its
     * spellings (low word) and in all of them (high word). Positions past 31 are not kept.
     */
    private final Map<String, Long> positions;
    /** The letters before a ZWNJ that every spelling of some word has: the first parts of its compounds. */
    private final Set<String> heads;

    private ZwnjDictionary(Map<String, Long> positions) {
        this.positions = positions;
        Set<String> firstParts = new HashSet<>();
        positions.forEach((key, at) -> {
            int every = (int) (at >>> 32);
            for (int i = 1; i < Math.min(32, key.length()); i++) {
                if ((every & 1 << i) != 0) {
                    firstParts.add(key.substring(0, i));
                }
            }
        });
        this.heads = Set.copyOf(firstParts);
    }

    /** The dictionary that knows no word. */
    public static ZwnjDictionary empty() {
        return EMPTY;
    }

    /** A dictionary of {@code words}, each as written (with its ZWNJs); words without Arabic letters are skipped. */
    public static ZwnjDictionary of(Collection<String> words) {
        Map<String, Long> out = new HashMap<>(words.size() * 2);
        for (String word : words) {
            String key = Lexicon.key(word);
            if (key.isEmpty() || !Letters.isArabicLetter(key.charAt(0))) {
                continue;
            }
            long at = zwnjPositions(word);
            out.merge(key, at << 32 | at, (a, b) -> (a | b) & 0xFFFFFFFFL | ((a & b) >>> 32) << 32);
        }
        return new ZwnjDictionary(Map.copyOf(out));
    }

    /** Whether the dictionary has no word. */
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    /** Number of words written without ZWNJs that the dictionary knows. */
    public int size() {
        return positions.size();
    }

    /** Whether some spelling of the word {@code key} (letters without ZWNJs) is listed. */
    boolean knows(String key) {
        return positions.containsKey(key);
    }

    /**
     * Whether {@code key} (letters without ZWNJs) is the start of some listed word, up to a ZWNJ all its spellings
     * have: a word written apart from the next may be the first part of a compound.
     */
    boolean startsCompound(String key) {
        return heads.contains(key);
    }

    /** Letter positions at which some listed spelling of {@code key} has a ZWNJ; 0 when none or not listed. */
    int anySpelling(String key) {
        Long p = positions.get(key);
        return p == null ? 0 : (int) (long) p;
    }

    /** Letter positions at which every listed spelling of {@code key} has a ZWNJ; 0 when none or not listed. */
    int everySpelling(String key) {
        Long p = positions.get(key);
        return p == null ? 0 : (int) (p >>> 32);
    }

    /** Bits of the letter counts before which {@code word} has a ZWNJ after a joining letter. */
    private static long zwnjPositions(String word) {
        long at = 0;
        int letters = 0;
        char previous = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == Letters.ZWNJ) {
                if (letters > 0 && letters < 32 && Letters.isJoining(previous)) {
                    at |= 1L << letters;
                }
            } else if (!Letters.isMark(c)) {
                letters++;
                previous = c;
            }
        }
        return at;
    }
}

package org.hamgam.glossary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The word lists term extraction needs, keyed by the matcher's folding ({@link TermKeys#persian}): Persian stop words,
 * English function words, the words of a general Persian lexicon with their corpus frequencies and parts of
 * speech, and the word counts of a small reference corpus of general Persian text (see the resources' README).
 */
final class ExtractionLexicon {
    /** Part-of-speech flags of the general lexicon. */
    static final int NOUN = 1;
    static final int ADJECTIVE = 2;
    static final int ADVERB = 4;
    static final int PLURAL = 8;
    /** Conjunctions, prepositions, pronouns, determiners: words of a closed class. */
    static final int CLOSED = 16;
    /** Below this the lexicon's counts are too small to tell a rare word from an uncounted one. */
    static final long COUNTED = 1000;

    private static final ExtractionLexicon STANDARD = load();

    private final Set<String> persianStop;
    /** Folded word → frequency in the general corpus, shifted left 8 bits, or'ed with its part-of-speech flags. */
    private final Map<String, Long> general;
    private final double generalTotal;
    /** Folded word → occurrences in the reference corpus (news and prose of the Persian treebanks). */
    private final Map<String, Integer> reference;
    private final double referenceTotal;

    private ExtractionLexicon(Set<String> persianStop, Map<String, Long> general, Map<String, Integer> reference) {
        this.persianStop = persianStop;
        this.general = general;
        this.reference = reference;
        long total = 0;
        for (long f : general.values()) {
            total += f >>> 8;
        }
        this.generalTotal = Math.max(1, total);
        long words = 0;
        for (int f : reference.values()) {
            words += f;
        }
        this.referenceTotal = Math.max(1, words);
    }

    static ExtractionLexicon standard() {
        return STANDARD;
    }

    private static ExtractionLexicon load() {
        Set<String> stop = new HashSet<>();
        Map<String, Long> general = new HashMap<>();
        try (BufferedReader r = open("stopwords-fa.txt", false)) {
            for (String line; (line = r.readLine()) != null; ) {
                String key = TermKeys.persian(line.strip());
                if (!key.isEmpty()) {
                    stop.add(key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        readCounts("general-fa.tsv.gz", (key, f) -> {
            long value = Long.parseLong(f[1].strip()) << 8 | (f.length > 2 ? flags(f[2]) : 0);
            general.merge(key, value, (a, b) -> ((a >>> 8) + (b >>> 8)) << 8 | (a | b) & 0xFF);
        });
        Map<String, Integer> reference = new HashMap<>();
        readCounts("reference-fa.tsv.gz", (key, f) -> reference.merge(key, Integer.parseInt(f[1].strip()),
                Integer::sum));
        return new ExtractionLexicon(Set.copyOf(stop), Map.copyOf(general), Map.copyOf(reference));
    }

    /** Each row of a gzipped word-count resource, with its word folded; rows without a word or count are skipped. */
    private static void readCounts(String name, java.util.function.BiConsumer<String, String[]> row) {
        try (BufferedReader r = open(name, true)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                if (f.length >= 2 && !f[0].isEmpty()) {
                    String key = TermKeys.persian(f[0]);
                    if (!key.isEmpty()) {
                        row.accept(key, f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int flags(String tags) {
        int flags = 0;
        for (String t : tags.split(",")) {
            switch (t.strip()) {
                case "N" -> flags |= NOUN;
                case "AJ" -> flags |= ADJECTIVE;
                case "ADV" -> flags |= ADVERB;
                case "PL" -> flags |= PLURAL;
                case "CONJ", "P", "POSTP", "PRO", "DET" -> flags |= CLOSED;
                default -> {
                    // other tags (numbers, verbs, residuals) do not matter for terms
                }
            }
        }
        return flags;
    }

    private static BufferedReader open(String name, boolean gzip) throws IOException {
        InputStream in = ExtractionLexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource org/hamgam/glossary/" + name);
        }
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    }

    /** A stop word, or a word the general lexicon gives only in a closed class (اگرچه, زیرا). */
    boolean isPersianStop(String key) {
        if (persianStop.contains(key)) {
            return true;
        }
        int tags = tags(key);
        return (tags & CLOSED) != 0 && (tags & (NOUN | ADJECTIVE)) == 0;
    }

    /**
     * The word's share of general Persian: the larger of its shares of the lexicon's corpus and of the reference
     * corpus. The lexicon lists many everyday words without a count (بیماری, دسترسی) and counts fewer than
     * {@link #COUNTED} too unreliably to use; the reference corpus, small but running text, fills those in. 0 for
     * a word neither has seen: a rare or new word.
     */
    double generalShare(String key) {
        long f = frequency(key);
        double lexicon = f < COUNTED ? 0 : f / generalTotal;
        Integer r = reference.get(key);
        return Math.max(lexicon, r == null ? 0 : r / referenceTotal);
    }

    private long frequency(String key) {
        Long v = general.get(key);
        return v == null ? 0 : v >>> 8;
    }

    /** A word the general corpus counts often enough to be everyday Persian. */
    boolean isKnownWord(String key) {
        return frequency(key) >= COUNTED;
    }

    /** A word the general lexicon lists, counted or not: a word of the language rather than a name or loan. */
    boolean isListed(String key) {
        return general.containsKey(key);
    }

    /** The word's part-of-speech flags in the general lexicon, 0 when it lists none. */
    int tags(String key) {
        Long v = general.get(key);
        return v == null ? 0 : (int) (v & 0xFF);
    }

    private static final Set<String> ENGLISH_STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with",
            "without", "into", "onto", "about", "as", "than", "then", "so", "such", "if", "because", "while", "when",
            "where", "which", "who", "whom", "whose", "what", "that", "this", "these", "those", "there", "here",
            "it", "its", "it's", "he", "she", "they", "them", "their", "his", "her", "hers", "we", "us", "our", "you",
            "your", "i", "me", "my", "mine", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
            "did", "done", "have", "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "not", "no", "yes", "all", "any", "some", "each", "every", "other", "another", "more",
            "most", "much", "many", "few", "less", "very", "also", "only", "just", "too", "even", "still", "yet",
            "how", "why", "up", "down", "out", "over", "under", "after", "before", "between", "during", "through",
            "against", "among", "per", "via", "since", "until", "both", "either", "neither", "own", "same", "one",
            "get", "got", "make", "made", "well", "now", "however", "therefore", "thus", "although", "though",
            "whether", "within", "upon", "around", "across", "along", "like", "said", "says", "say", "s", "'s",
            "including", "despite", "toward", "towards", "regarding", "concerning", "according", "unlike", "beyond",
            "behind", "throughout", "unless", "whereas", "besides", "instead", "amid", "amongst", "except");

    static boolean isEnglishStop(String lower) {
        return ENGLISH_STOP.contains(lower);
    }
}

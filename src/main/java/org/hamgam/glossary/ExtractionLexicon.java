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
 * The word lists term extraction needs, keyed by the matcher's folding ({@link Units#key}): Persian stop words,
 * English function words, and word frequencies in a general Persian corpus (see the resources' README).
 */
final class ExtractionLexicon {
    private static final ExtractionLexicon STANDARD = load();

    private final Set<String> persianStop;
    private final Map<String, Long> general;
    private final double generalTotal;

    private ExtractionLexicon(Set<String> persianStop, Map<String, Long> general) {
        this.persianStop = persianStop;
        this.general = general;
        long total = 0;
        for (long f : general.values()) {
            total += f;
        }
        this.generalTotal = Math.max(1, total);
    }

    static ExtractionLexicon standard() {
        return STANDARD;
    }

    private static ExtractionLexicon load() {
        Set<String> stop = new HashSet<>();
        Map<String, Long> general = new HashMap<>();
        try (BufferedReader r = open("stopwords-fa.txt", false)) {
            for (String line; (line = r.readLine()) != null; ) {
                String key = fold(line.strip());
                if (!key.isEmpty()) {
                    stop.add(key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (BufferedReader r = open("general-fa.tsv.gz", true)) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String key = fold(line.substring(0, tab));
                if (!key.isEmpty()) {
                    general.merge(key, Long.parseLong(line.substring(tab + 1).strip()), Long::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExtractionLexicon(Set.copyOf(stop), Map.copyOf(general));
    }

    private static BufferedReader open(String name, boolean gzip) throws IOException {
        InputStream in = ExtractionLexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource org/hamgam/glossary/" + name);
        }
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    }

    static String fold(String word) {
        Units u = Units.of(word);
        return u.key(0, u.n);
    }

    boolean isPersianStop(String key) {
        return persianStop.contains(key);
    }

    /** The word's share of the general corpus, or 0 if the corpus does not list it (rare or new words). */
    double generalShare(String key) {
        Long f = general.get(key);
        return f == null ? 0 : f / generalTotal;
    }

    boolean isKnownWord(String key) {
        return general.containsKey(key);
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
            "whether", "within", "upon", "around", "across", "along", "like", "said", "says", "say", "s", "'s");

    static boolean isEnglishStop(String lower) {
        return ENGLISH_STOP.contains(lower);
    }
}

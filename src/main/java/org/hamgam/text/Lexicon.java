package org.hamgam.text;

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
 * Word evidence for ZWNJ repair: for each word written without ZWNJs (its key), the best attested spelling
 * and how often it was seen, plus the verb stems. Built by {@link LexiconBuilder}; read-only once loaded.
 */
final class Lexicon {
    static final String RESOURCE = "zwnj-lexicon.tsv.gz";

    /**
     * One word.
     *
     * @param surface   the preferred spelling, with its ZWNJs
     * @param corpus    times the preferred spelling was seen in the corpus sentences
     * @param dictionary 0 when absent from the dictionary, 1 when listed without tag, 2 and up with its tag and
     *                  roughly 2 + log10(frequency)
     * @param adjective tagged as an adjective or adverb
     * @param spaced    times the parts of the word were seen written apart with a space in the corpus
     * @param word      a word of the lexicon; false for a key kept only because it starts a compound
     * @param head      the first part of some word spelt with a ZWNJ (آسیب of آسیب‌پذیر)
     */
    record Entry(String surface, int corpus, int dictionary, boolean adjective, int spaced, boolean word,
                 boolean head) {
        /** Seen in running text or tagged in the dictionary: good enough to count as a word. */
        boolean trusted() {
            return word && (corpus > 0 || dictionary >= 2);
        }
    }

    private final Map<String, Entry> words;
    private final Set<String> presentStems;
    private final Set<String> pastStems;
    private final Map<String, Integer> phrases;

    private Lexicon(Map<String, Entry> words, Set<String> presentStems, Set<String> pastStems,
                    Map<String, Integer> phrases) {
        this.words = words;
        this.presentStems = presentStems;
        this.pastStems = pastStems;
        this.phrases = phrases;
    }

    /** The lexicon shipped with the library, loaded on first use. */
    static Lexicon shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Lexicon INSTANCE = loadResource();
    }

    static Lexicon empty() {
        return new Lexicon(Map.of(), Set.of(), Set.of(), Map.of());
    }

    private static Lexicon loadResource() {
        try (InputStream raw = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                return empty();
            }
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
                return read(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads the format {@link LexiconBuilder} writes. */
    static Lexicon read(BufferedReader reader) throws IOException {
        Map<String, Entry> words = new HashMap<>(1 << 17);
        Set<String> present = new HashSet<>();
        Set<String> past = new HashSet<>();
        Map<String, Integer> phrases = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "w" -> {
                    Entry e = new Entry(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4].contains("A"),
                            Integer.parseInt(f[5]), true, false);
                    words.put(key(e.surface()), e);
                }
                case "p" -> present.add(f[1]);
                case "t" -> past.add(f[1]);
                case "b" -> phrases.put(f[1], Integer.parseInt(f[2]));
                default -> { } // comments and future fields
            }
        }
        markHeads(words);
        return new Lexicon(words, present, past, phrases);
    }

    /** Marks the first parts of words spelt with a ZWNJ, so that only these are tried as compound starts. */
    private static void markHeads(Map<String, Entry> words) {
        Set<String> heads = new HashSet<>();
        for (Entry e : words.values()) {
            String surface = e.surface();
            for (int i = surface.indexOf(Letters.ZWNJ); i > 0; i = surface.indexOf(Letters.ZWNJ, i + 1)) {
                heads.add(key(surface.substring(0, i)));
            }
        }
        for (String head : heads) {
            Entry e = words.get(head);
            words.put(head, e == null ? new Entry(head, 0, 0, false, 0, false, true)
                    : new Entry(e.surface(), e.corpus(), e.dictionary(), e.adjective(), e.spaced(), true, true));
        }
    }

    /** The word {@code key}, or null. */
    Entry get(String key) {
        Entry e = words.get(key);
        return e != null && e.word() ? e : null;
    }

    /** The word or compound start {@code key}, or null: one look-up that answers both {@link #get} and {@link #isHead}. */
    Entry lookup(String key) {
        return words.get(key);
    }

    /** Whether some word of the lexicon is spelt with a ZWNJ right after the letters {@code key}. */
    boolean isHead(String key) {
        Entry e = words.get(key);
        return e != null && e.head();
    }

    boolean isPresentStem(String s) {
        return presentStems.contains(s);
    }

    boolean isPastStem(String s) {
        return pastStems.contains(s);
    }

    /** Times the two words whose letters make {@code key} (the first one of {@link ZwnjAnalyzer#PHRASE_HEADS}) were seen apart. */
    int phraseCount(String key) {
        return phrases.getOrDefault(key, 0);
    }

    int size() {
        return words.size();
    }

    /** {@code surface} without ZWNJs and combining marks: the form in which words are looked up. */
    static String key(CharSequence surface) {
        StringBuilder b = null;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c == Letters.ZWNJ || Letters.isMark(c)) {
                if (b == null) {
                    b = new StringBuilder(surface.length());
                    b.append(surface, 0, i);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? surface.toString() : b.toString();
    }
}

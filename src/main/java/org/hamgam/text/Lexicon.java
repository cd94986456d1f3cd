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
     * @param joined    the surface has a ZWNJ, yet the dictionary also tags the spelling without any (همزمان beside
     *                  هم‌زمان): a word written joined is then already spelt correctly
     */
    record Entry(String surface, int corpus, int dictionary, boolean adjective, int spaced, boolean word,
                 boolean head, boolean joined) {
        /** Seen in running text or tagged in the dictionary: good enough to count as a word. */
        boolean trusted() {
            return word && (corpus > 0 || dictionary >= 2);
        }
    }

    /**
     * The same words in an open-addressing table probed with a range of the text, without copying it. Four ints
     * a slot (hash, offset of the key in {@link #pool}, key length with flags, entry index), so that a probe
     * touches one cache line and the key characters, not three objects.
     */
    private final int[] table;
    /** Per slot: offset of the key in {@link #pool} and entry index, read only when the slot is used. */
    private final int[] cold;
    private final char[] pool;
    private final Entry[] entries;
    private final int mask;
    /**
     * One bit per hash of every key, set or not: most probes for two words run together (a compound start and the
     * next word) find nothing, and this small table, which stays in the processor's cache, says so without a
     * probe of the large one.
     */
    private final long[] filter;
    private static final int FILTER_BITS = 20;
    /** Ints a slot: hash, length and flags (0 for an empty slot), key packed in two ints. */
    private static final int SLOT = 4;
    private static final int USED = 1 << 19;
    private static final int WORD = 1 << 16;
    private static final int HEAD = 1 << 17;
    private static final int SPELT_WITH_ZWNJ = 1 << 18;
    private final Set<String> presentStems;
    private final Set<String> pastStems;
    private final Map<String, Integer> phrases;
    private final Set<String> stopwords;
    /**
     * The productive second parts of the lexicon's compounds spelt with one ZWNJ, with how many different trusted
     * words each follows (at least {@link #PRODUCTIVE}).
     */
    private final Map<String, Integer> tails;
    /**
     * Least number of different words a second part follows in the lexicon's compounds with a ZWNJ to count as a
     * productive element of word formation (نویس, گری, زدایی).
     */
    static final int PRODUCTIVE = 5;
    /** One bit per hash of every key of {@link #tails}: most words are no second part, and this says so at once. */
    private final long[] tailFilter;
    private static final int TAIL_FILTER_BITS = 16;

    private Lexicon(Map<String, Entry> words, Set<String> presentStems, Set<String> pastStems,
                    Map<String, Integer> phrases, Set<String> stopwords) {
        this.stopwords = stopwords;
        this.tails = tails(words);
        this.tailFilter = new long[1 << (TAIL_FILTER_BITS - 6)];
        for (String tail : tails.keySet()) {
            int bit = tailBit(tail.hashCode());
            tailFilter[bit >>> 6] |= 1L << bit;
        }
        int capacity = Integer.highestOneBit(Math.max(16, words.size() * 2 + 1)) << 1;
        this.table = new int[capacity * SLOT];
        this.cold = new int[capacity * 2];
        this.mask = capacity - 1;
        this.entries = new Entry[words.size()];
        this.filter = new long[1 << (FILTER_BITS - 6)];
        StringBuilder keys = new StringBuilder();
        int index = 0;
        for (Map.Entry<String, Entry> e : new java.util.TreeMap<>(words).entrySet()) {
            String key = e.getKey();
            Entry entry = e.getValue();
            int h = key.hashCode();
            int slot = spread(h) & mask;
            while (table[slot * SLOT + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            long packed = pack(key, 0, key.length(), key.length(), key.length());
            int flags = (entry.word() ? WORD : 0) | (entry.head() ? HEAD : 0)
                    | (entry.surface().indexOf(Letters.ZWNJ) >= 0 ? SPELT_WITH_ZWNJ : 0);
            int bit = filterBit(h);
            filter[bit >>> 6] |= 1L << bit;
            table[slot * SLOT] = h;
            table[slot * SLOT + 1] = Math.min(key.length(), 0xFFFF) | flags | USED; // 0 marks an empty slot
            table[slot * SLOT + 2] = (int) packed;
            table[slot * SLOT + 3] = (int) (packed >>> 32);
            cold[slot * 2] = keys.length();
            cold[slot * 2 + 1] = index;
            entries[index++] = entry;
            keys.append(key);
        }
        this.pool = keys.toString().toCharArray();
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
        return new Lexicon(Map.of(), Set.of(), Set.of(), Map.of(), Set.of());
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
        Set<String> stopwords = new HashSet<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "w" -> {
                    Entry e = new Entry(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4].contains("A"),
                            Integer.parseInt(f[5]), true, false, f[4].contains("J"));
                    words.put(key(e.surface()), e);
                }
                case "p" -> present.add(f[1]);
                case "t" -> past.add(f[1]);
                case "b" -> phrases.put(f[1], Integer.parseInt(f[2]));
                case "s" -> stopwords.add(f[1]);
                default -> { } // comments and future fields
            }
        }
        markHeads(words);
        return new Lexicon(words, present, past, phrases, stopwords);
    }

    /**
     * The second parts of the compounds of {@code words} spelt with one ZWNJ after a trusted word (سازی of
     * پاک‌سازی), with the number of such words each follows: a part that follows many is a productive element of
     * word formation, which the lexicon's own spellings set off with a ZWNJ. Parts that follow fewer than
     * {@link #PRODUCTIVE} are left out.
     */
    private static Map<String, Integer> tails(Map<String, Entry> words) {
        Map<String, Integer> out = new HashMap<>();
        for (Entry e : words.values()) {
            String surface = e.surface();
            int zwnj = surface.indexOf(Letters.ZWNJ);
            if (zwnj <= 0 || surface.indexOf(Letters.ZWNJ, zwnj + 1) >= 0 || e.joined()) {
                continue;
            }
            Entry head = words.get(key(surface.substring(0, zwnj)));
            if (head != null && head.trusted() && head.surface().indexOf(Letters.ZWNJ) < 0) {
                out.merge(key(surface.substring(zwnj + 1)), 1, Integer::sum);
            }
        }
        out.values().removeIf(n -> n < PRODUCTIVE);
        return Map.copyOf(out);
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
            words.put(head, e == null ? new Entry(head, 0, 0, false, 0, false, true, false)
                    : new Entry(e.surface(), e.corpus(), e.dictionary(), e.adjective(), e.spaced(), true, true, e.joined()));
        }
    }

    /** The word {@code key}, or null. */
    Entry get(String key) {
        int slot = slot(key, 0, key.length(), key.length(), key.length());
        return slot >= 0 && (table[slot * SLOT + 1] & WORD) != 0 ? entries[cold[slot * 2 + 1]] : null;
    }

    /**
     * The word or compound start {@code key}, or null: one look-up that answers both {@link #get} and whether it
     * starts a word spelt with a ZWNJ.
     */
    Entry lookup(String key) {
        return entry(slot(key, 0, key.length(), key.length(), key.length()));
    }

    /**
     * {@link #lookup(String)} of the key of {@code text[from, to)} (its letters without ZWNJs and marks), without
     * building the key.
     */
    Entry lookup(String text, int from, int to) {
        return entry(slot(text, from, to, to, to));
    }

    /** {@link #lookup(String, int, int)} of the two ranges {@code [from, to)} and {@code [from2, to2)} run together. */
    Entry lookup(String text, int from, int to, int from2, int to2) {
        return entry(slot(text, from, to, from2, to2));
    }

    /** The slot of the key of {@code text[from, to)} followed by {@code text[from2, to2)}, or -1. */
    int slot(String text, int from, int to, int from2, int to2) {
        int h = 0;
        int letters = 0;
        for (int i = from; i < to2; i++) {
            if (i == to) {
                i = from2;
                if (i >= to2) {
                    break;
                }
            }
            char c = text.charAt(i);
            if (c != Letters.ZWNJ && !Letters.isMark(c)) {
                h = 31 * h + c;
                letters++;
            }
        }
        // keys of up to 8 letters of the Arabic block compare as one packed number, without reading the pool
        long packed = letters <= 8 ? pack(text, from, to, from2, to2) : -1;
        return slot(h, letters, packed, text, from, to, from2, to2);
    }

    /**
     * {@link #slot(String, int, int, int, int)} with the key's hash ({@link String#hashCode} of its letters), its
     * number of letters and its packed form (see {@link #pack}, -1 for more than 8 letters) already known.
     */
    int slot(int h, int letters, long packed, String text, int from, int to, int from2, int to2) {
        int bit = filterBit(h);
        if ((filter[bit >>> 6] & (1L << bit)) == 0) {
            return -1;
        }
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            int base = slot * SLOT;
            int lengthAndFlags = table[base + 1];
            if (lengthAndFlags == 0) {
                return -1;
            }
            if (table[base] == h && (lengthAndFlags & 0xFFFF) == letters) {
                long stored = (table[base + 2] & 0xFFFFFFFFL) | ((long) table[base + 3] << 32);
                if (packed != -1 && stored != -1 ? packed == stored
                        : sameLetters(cold[slot * 2], text, from, to, from2, to2)) {
                    return slot;
                }
            }
        }
    }

    /** Bits of {@link #kind}. */
    static final int KIND_WORD = WORD >>> 16;
    static final int KIND_HEAD = HEAD >>> 16;
    static final int KIND_SPELT_WITH_ZWNJ = SPELT_WITH_ZWNJ >>> 16;

    /** What the entry in {@code slot} is, as {@code KIND_} bits; 0 for -1. */
    int kind(int slot) {
        return slot < 0 ? 0 : (table[slot * SLOT + 1] >>> 16) & (KIND_WORD | KIND_HEAD | KIND_SPELT_WITH_ZWNJ);
    }

    /** Whether an entry of kind {@code kind} is a word whose preferred spelling has no ZWNJ: nothing to do for it. */
    static boolean isPlainKind(int kind) {
        return (kind & (KIND_WORD | KIND_SPELT_WITH_ZWNJ)) == KIND_WORD;
    }

    /** Whether an entry of kind {@code kind} is the first part of some word spelt with a ZWNJ. */
    static boolean isHeadKind(int kind) {
        return (kind & KIND_HEAD) != 0;
    }

    private static final int RECENT_BITS = 13;

    /**
     * Per thread, the results of recent look-ups and analyses of words of up to 8 letters, in small direct-mapped
     * tables keyed by the packed key: running text repeats its words, and these tables stay in the processor's
     * cache while the large one does not. A key has at least one letter, so 0 marks an empty place.
     */
    static final class Recent {
        /** Two longs a place: packed key, then kind and slot as {@link #wordSlot} returns them. */
        final long[] slots = new long[2 << RECENT_BITS];
        /** Packed keys whose ZWNJ analysis is in {@link #analyses}. */
        final long[] analysisKeys = new long[1 << RECENT_BITS];
        /** The analysis, or {@link #NONE} for none. */
        final String[] analyses = new String[1 << RECENT_BITS];

        static final String NONE = new String("");

        /** The place of {@code packed} in {@link #analysisKeys}. */
        static int place(long packed) {
            return (int) ((packed * 0x9E3779B97F4A7C15L) >>> (64 - RECENT_BITS));
        }
    }

    private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

    /** This thread's tables of recent look-ups, for {@link #wordSlot}. */
    Recent recent() {
        return recent.get();
    }

    /**
     * The slot and kind of the key of the word {@code text[from, to)}, as {@code (long) kind << 32 | slot}
     * (slot -1 and kind 0 when absent); hash, letters and packed key as for {@link #slot(int, int, long, String,
     * int, int, int, int)}. Words of up to 8 letters go through {@code recent} first.
     */
    long wordSlot(Recent cache, int h, int letters, long packed, String text, int from, int to) {
        long[] recent = cache.slots;
        int i = -1;
        if (packed != -1) {
            i = Recent.place(packed) << 1;
            if (recent[i] == packed) {
                return recent[i + 1];
            }
        }
        int slot = slot(h, letters, packed, text, from, to, to, to);
        long found = (long) kind(slot) << 32 | (slot & 0xFFFFFFFFL);
        if (i >= 0) {
            recent[i] = packed;
            recent[i + 1] = found;
        }
        return found;
    }

    private static int filterBit(int h) {
        return (h * 0x9E3779B9) >>> (32 - FILTER_BITS);
    }

    /**
     * The letters of the two ranges, one byte each (offset in U+0600–U+06FF), or -1 when there are more than 8 or
     * one lies outside that block.
     */
    static long pack(String text, int from, int to, int from2, int to2) {
        long packed = 0;
        int n = 0;
        for (int i = from; i < to2; i++) {
            if (i == to) {
                i = from2;
                if (i >= to2) {
                    break;
                }
            }
            char c = text.charAt(i);
            if (c == Letters.ZWNJ || Letters.isMark(c)) {
                continue;
            }
            if (c < '\u0600' || c > '\u06FF' || n == 8) {
                return -1;
            }
            packed |= (long) (c - '\u0600') << (8 * n++); // lengths are compared apart, so 0 bytes are safe
        }
        return packed; // -1 (eight ۿ) reads as unpacked, which only costs a comparison of the pool
    }

    /** The entry in {@code slot}, or null for -1. */
    Entry entry(int slot) {
        return slot < 0 ? null : entries[cold[slot * 2 + 1]];
    }

    private boolean sameLetters(int offset, String text, int from, int to, int from2, int to2) {
        int j = offset;
        for (int i = from; i < to2; i++) {
            if (i == to) {
                i = from2;
                if (i >= to2) {
                    break;
                }
            }
            char c = text.charAt(i);
            if (c != Letters.ZWNJ && !Letters.isMark(c) && pool[j++] != c) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
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

    /** A function word of the hazm list (به, این, هیچ): free-standing, so not the start of a dictionary compound. */
    boolean isStopword(String key) {
        return stopwords.contains(key);
    }

    /**
     * False when no second part of {@link #isProductiveTail} has the hash {@code h} ({@link String#hashCode} of its key);
     * true when one may.
     */
    boolean mayBeTail(int h) {
        int bit = tailBit(h);
        return (tailFilter[bit >>> 6] & (1L << bit)) != 0;
    }

    private static int tailBit(int h) {
        return (h * 0x9E3779B9) >>> (32 - TAIL_FILTER_BITS);
    }

    /** Whether {@code key} is a productive second part of the lexicon's compounds (see {@link #tails}). */
    boolean isProductiveTail(String key) {
        return tails.containsKey(key);
    }

    int size() {
        return entries.length;
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

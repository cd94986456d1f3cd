package org.hamgam.text;

import java.util.Arrays;
import java.util.Set;

/**
 * Puts ZWNJs where the {@link ZwnjAnalyzer} finds evidence for them: inside words written joined (کردهاند) and
 * in place of the space in words written apart (کتاب ها). Existing ZWNJs are kept; a space that becomes a ZWNJ
 * keeps its offset.
 */
final class ZwnjRepair {
    private final Lexicon lexicon;
    private final ZwnjDictionary dictionary;
    private final ZwnjAnalyzer analyzer;
    /** See {@link NormalizerOptions#followWriter()}. */
    private final boolean followWriter;

    ZwnjRepair(Lexicon lexicon, boolean followWriter) {
        this(lexicon, ZwnjDictionary.empty(), followWriter);
    }

    ZwnjRepair(Lexicon lexicon, ZwnjDictionary dictionary, boolean followWriter) {
        this.lexicon = lexicon;
        this.dictionary = dictionary;
        this.analyzer = new ZwnjAnalyzer(lexicon, dictionary);
        this.followWriter = followWriter;
    }

    /** Per word: it holds a ZWNJ. */
    private static final byte HAS_ZWNJ = 1;
    /** Per word: it holds a combining mark. */
    private static final byte HAS_MARK = 2;

    // The words of the text being repaired, found in one pass: their ranges, what they hold, and the hash, letter
    // count and packed form of their keys, so that each look-up, of a word or of two words run together, reads
    // the text no more.
    private int count;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] hashes = new int[16];
    private int[] letterCounts = new int[16];
    private long[] packedKeys = new long[16];
    private byte[] flags = new byte[16];
    private char[] lastLetters = new char[16];
    /** This thread's memory of look-ups and analyses. */
    private Lexicon.Recent recent;
    /** Per word, {@link Lexicon#kind} of its key. */
    private int[] kinds;

    /** The repaired text of {@code in}, or null when nothing changes. */
    OffsetBuilder apply(String in) {
        scanWords(in);
        int count = this.count;
        if (count == 0) {
            return null;
        }
        int[] starts = this.starts;
        int[] ends = this.ends;
        // keys are built only for the words that need them: unknown words and possible joins
        String[] keys = new String[count];
        int[] found = new int[count];
        int[] kinds = new int[count];
        Lexicon.Recent recent = lexicon.recent();
        this.recent = recent;
        for (int k = 0; k < count; k++) {
            long slotAndKind = lexicon.wordSlot(recent, hashes[k], letterCounts[k], packedKeys[k], in, starts[k], ends[k]);
            found[k] = (int) slotAndKind;
            kinds[k] = (int) (slotAndKind >>> 32);
        }
        this.kinds = kinds;
        boolean[] joined = joinSpaces(in, starts, ends, keys, found, count);
        // the analysis of each word without ZWNJs; marked counts the boundaries the writer already marked (a ZWNJ
        // inside a word, or a space that becomes one), inner the ZWNJs the analysis would add inside joined words
        String[] surfaces = new String[count];
        int marked = 0;
        int inner = 0;
        for (int u = 0; u < count; u++) {
            if ((flags[u] & HAS_ZWNJ) != 0) {
                if (followWriter) {
                    marked += zwnjs(in, starts[u], ends[u]);
                }
            } else if (!Lexicon.isPlainKind(kinds[u])) {
                surfaces[u] = packedKeys[u] != -1 ? analysis(packedKeys[u], found[u], in, starts[u], ends[u])
                        : analyzer.analyze(key(in, starts, ends, keys, u), lexicon.entry(found[u]));
                if (flags[u] == 0 && in.startsWith(HAY, ends[u] - HAY.length()) && nothingAttaches(in, u)) {
                    String indefinite = analyzer.indefiniteAfterHeh(key(in, starts, ends, keys, u));
                    if (indefinite != null) {
                        surfaces[u] = indefinite;
                    }
                }
                if (followWriter && hasZwnj(surfaces[u])) {
                    inner += zwnjs(surfaces[u], 0, surfaces[u].length());
                }
            }
            if (joined[u]) {
                marked++;
            }
        }
        // A writer who marks boundaries (with ZWNJs or spaces) at least as often as the analysis finds them missing
        // inside joined words writes those words joined on purpose (آنها, بزرگترین beside می شود): they are left as
        // written and only the spaces are repaired. A text that marks fewer, or only one (too little to show a
        // habit), has lost its ZWNJs, and they are put back.
        boolean repairAll = !followWriter || marked < 2 || marked < inner;
        OffsetBuilder out = null;
        int copied = 0;
        int k = 0;
        while (k < count) {
            int last = k;
            while (joined[last]) {
                last++;
            }
            boolean change = last > k;
            for (int u = k; u <= last; u++) {
                if ((flags[u] & HAS_ZWNJ) != 0) {
                    // the writer's own ZWNJs are trusted unless the joined words are repaired too
                    change |= repairAll && partNeedsZwnj(in, starts[u], ends[u]);
                } else {
                    change |= repairAll && hasZwnj(surfaces[u]);
                }
            }
            if (change) {
                if (out == null) {
                    out = new OffsetBuilder(in);
                }
                out.copy(copied, starts[k]);
                for (int u = k; u <= last; u++) {
                    if (repairAll) {
                        emit(in, starts[u], ends[u], surfaces[u], out);
                    } else {
                        out.copy(starts[u], ends[u]);
                    }
                    if (u < last && !endsWithZwnj(out)) {
                        out.append(Letters.ZWNJ, ends[u]); // the space between two joined words
                    }
                }
                copied = ends[last];
            }
            k = last + 1;
        }
        if (out == null) {
            return null;
        }
        out.copy(copied, in.length());
        return out;
    }

    /**
     * Whether the text so far ends in a ZWNJ, marks after it aside (a writer's کتاب‌َ before ها): the space after it
     * is then dropped rather than made a second ZWNJ, which the clean-up of the next pass would remove.
     */
    private static boolean endsWithZwnj(OffsetBuilder out) {
        int i = out.length() - 1;
        while (i >= 0 && Letters.isMark(out.charAt(i))) {
            i--;
        }
        return i >= 0 && out.charAt(i) == Letters.ZWNJ;
    }

    private static final String HAY = "های";
    /**
     * Words that never complete an ezafe: after one of them (or a sentence mark, or nothing) a word in های is not a
     * plural in the ezafe (نام‌های ...) but a word in ه with the indefinite ای (نامه‌ای که).
     */
    private static final Set<String> NO_COMPLEMENT = Set.of("که", "و", "را", "از", "به", "در",
            "با", "برای", "تا", "هم", "نیز", "بود", "است", "باشد", "شد", "خواهد", "نیست", "هست");

    /** Whether what follows word {@code u} cannot complete an ezafe: the end, a sentence mark or a function word. */
    private boolean nothingAttaches(String in, int u) {
        int i = ends[u];
        while (i < in.length() && in.charAt(i) == ' ') {
            i++;
        }
        if (i == in.length()) {
            return true;
        }
        if (u + 1 < count && starts[u + 1] == i) {
            return NO_COMPLEMENT.contains(in.substring(i, ends[u + 1]));
        }
        return ".،؛:!?؟»)\n".indexOf(in.charAt(i)) >= 0;
    }

    /** Finds the words of {@code in} (runs of letters, marks and ZWNJs that start with a letter). */
    private void scanWords(String in) {
        int n = in.length();
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!Letters.isArabicLetter(in.charAt(i))) {
                continue;
            }
            int start = i;
            int h = 0;
            int letters = 0;
            long packed = 0;
            byte holds = 0;
            char lastLetter = 0;
            for (; i < n; i++) {
                char c = in.charAt(i);
                byte cls = Letters.classOf(c);
                if ((cls & Letters.LETTER_BIT) != 0) {
                    lastLetter = c;
                    h = 31 * h + c;
                    if (letters < 8) {
                        packed |= (long) (c - '\u0600') << (8 * letters);
                    }
                    letters++;
                } else if ((cls & Letters.MARK_BIT) != 0) {
                    holds |= HAS_MARK;
                } else if (c == Letters.ZWNJ) {
                    holds |= HAS_ZWNJ;
                } else {
                    break;
                }
            }
            if (count == starts.length) {
                grow(count * 2);
            }
            starts[count] = start;
            ends[count] = i;
            hashes[count] = h;
            letterCounts[count] = letters;
            packedKeys[count] = letters <= 8 ? packed : -1;
            flags[count] = holds;
            lastLetters[count] = lastLetter;
            count++;
        }
        this.count = count;
    }

    private void grow(int size) {
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        hashes = Arrays.copyOf(hashes, size);
        letterCounts = Arrays.copyOf(letterCounts, size);
        packedKeys = Arrays.copyOf(packedKeys, size);
        flags = Arrays.copyOf(flags, size);
        lastLetters = Arrays.copyOf(lastLetters, size);
    }

    private static int zwnjs(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == Letters.ZWNJ) {
                n++;
            }
        }
        return n;
    }

    /** Whether some part of the word {@code [from, to)}, split at its ZWNJs, takes a new ZWNJ. */
    private boolean partNeedsZwnj(String in, int from, int to) {
        int partStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || in.charAt(i) == Letters.ZWNJ) {
                if (i > partStart && hasZwnj(partAnalysis(in, partStart, i))) {
                    return true;
                }
                partStart = i + 1;
            }
        }
        return false;
    }

    /** {@link ZwnjAnalyzer#analyze(String)} of the key of {@code in[from, to)}, a part without ZWNJs. */
    private String partAnalysis(String in, int from, int to) {
        int h = 0;
        int letters = 0;
        long packed = 0;
        for (int i = from; i < to; i++) {
            char c = in.charAt(i);
            if (!Letters.isMark(c)) {
                h = 31 * h + c;
                if (letters < 8) {
                    packed |= (long) (c - '\u0600') << (8 * letters);
                }
                letters++;
            }
        }
        if (letters > 8) {
            return analyzer.analyze(Lexicon.key(in.subSequence(from, to)));
        }
        int slot = (int) lexicon.wordSlot(recent, h, letters, packed, in, from, to);
        return analysis(packed, slot, in, from, to);
    }

    /**
     * {@link ZwnjAnalyzer#analyze(String, Lexicon.Entry)} of the key of {@code in[from, to)}, packed as
     * {@code packed} and found in {@code slot}, through this thread's memory of analyses.
     */
    private String analysis(long packed, int slot, String in, int from, int to) {
        if (!dictionary.isEmpty()) {
            // the memory of analyses belongs to the lexicon, shared by normalizers with and without a dictionary
            return analyzer.analyze(Lexicon.key(in.subSequence(from, to)), lexicon.entry(slot));
        }
        int place = Lexicon.Recent.place(packed);
        String known = recent.analyses[place];
        if (known != null && recent.analysisKeys[place] == packed) {
            return known == Lexicon.Recent.NONE ? null : known;
        }
        String surface = analyzer.analyze(Lexicon.key(in.subSequence(from, to)), lexicon.entry(slot));
        recent.analysisKeys[place] = packed;
        recent.analyses[place] = surface == null ? Lexicon.Recent.NONE : surface;
        return surface;
    }

    private static boolean containsZwnj(String in, int from, int to) {
        for (int i = from; i < to; i++) {
            if (in.charAt(i) == Letters.ZWNJ) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasZwnj(String surface) {
        return surface != null && surface.indexOf(Letters.ZWNJ) >= 0;
    }

    /**
     * Which single spaces between words stand for ZWNJs; {@code joined[k]} is true when word {@code k} and the next
     * become one. Repeated until nothing more joins, so that a second run finds nothing to do.
     */
    private boolean[] joinSpaces(String in, int[] starts, int[] ends, String[] keys, int[] found,
                                 int count) {
        boolean[] joined = new boolean[count + 1];
        // grown[k]: the word starting at unit k grew in the last round, so the spaces beside it are asked again
        boolean[] grown = null;
        boolean changed = true;
        while (changed) {
            changed = false;
            boolean[] grownNow = new boolean[count];
            int k = 0;
            while (k < count) {
                int last = k;
                while (joined[last]) {
                    last++;
                }
                int next = last + 1;
                if (next < count && ends[last] + 1 == starts[next] && in.charAt(ends[last]) == ' ') {
                    int nextLast = next;
                    while (joined[nextLast]) {
                        nextLast++;
                    }
                    boolean ask = grown == null || grown[k] || grown[next] || grownNow[k];
                    if (ask && mayJoin(in, found, k, last, next, nextLast)
                            && joins(in, starts, ends, keys, found, k, last, next, nextLast)) {
                        joined[last] = true;
                        grownNow[k] = true;
                        changed = true;
                        continue; // the grown word may join the next one too
                    }
                    if (ask && joinsThree(in, starts, ends, keys, found, joined, k, last, next, nextLast)) {
                        joined[last] = true;
                        joined[next] = true;
                        grownNow[k] = true;
                        changed = true;
                        continue;
                    }
                }
                k = next;
            }
            grown = grownNow;
        }
        return joined;
    }

    private boolean joins(String in, int[] starts, int[] ends, String[] keys, int[] found, int k,
                          int last, int next, int nextLast) {
        String left = groupKey(in, starts, ends, keys, k, last);
        return analyzer.joins(left, k == last ? lexicon.entry(found[k]) : lexicon.lookup(left), lastLetters[last],
                groupKey(in, starts, ends, keys, next, nextLast));
    }

    /**
     * Whether the single words {@code k}, {@code next} and the one after it, each written apart from the next with a
     * space, are one compound of the lexicon (see {@link ZwnjAnalyzer#joinsThree}). Asked only when word {@code k}
     * starts a compound, which few words do.
     */
    private boolean joinsThree(String in, int[] starts, int[] ends, String[] keys, int[] found, boolean[] joined,
                               int k, int last, int next, int nextLast) {
        int third = next + 1;
        if (k != last || next != nextLast || third >= count || joined[third]
                || !Lexicon.isHeadKind(kinds[k]) || ends[next] + 1 != starts[third] || in.charAt(ends[next]) != ' '
                || !Letters.isJoining(lastLetters[next])) {
            return false;
        }
        // the first two words run together must start a compound themselves: one probe, mostly answered by the
        // lexicon's filter, before any key is built
        int pair = pairSlot(in, k, next, ends[next], hashes[next], letterCounts[next], packedKeys[next]);
        if (!Lexicon.isHeadKind(lexicon.kind(pair))) {
            return false;
        }
        return analyzer.joinsThree(key(in, starts, ends, keys, k), lexicon.entry(found[k]),
                key(in, starts, ends, keys, next), key(in, starts, ends, keys, third));
    }

    /**
     * A cheap test, on the text itself, that is true whenever {@link ZwnjAnalyzer#joins} may be: the left word
     * ends in a joining letter and the right word is a short affix, or the left word is می/نمی, بی or the start of
     * a compound. Most spaces fail it and need no key.
     */
    private boolean mayJoin(String in, int[] found, int k, int last, int next, int nextLast) {
        if (!Letters.isJoining(lastLetters[last])) {
            return false;
        }
        if (k != last || next != nextLast) {
            return true; // a grown word: let the analyzer decide
        }
        // the analyzer reads keys (letters without ZWNJs and marks): so do these tests, on the packed keys
        if (isAffixKey(packedKeys[next]) || endsInMiOrBi(packedKeys[k], letterCounts[k])) {
            return true;
        }
        if (!dictionary.isEmpty() && dictionary.startsCompound(Lexicon.key(in.subSequence(starts[k], ends[k])))) {
            return true;
        }
        boolean head = Lexicon.isHeadKind(kinds[k]);
        if (flags[next] != 0 || flags[k] != 0) {
            return head; // the text is not the key: let the analyzer look at the compound
        }
        // a compound start: worth asking only when the two words together are a word of the lexicon
        if (!head) {
            return false;
        }
        int rightLetters = letterCounts[next];
        int end = ends[next];
        if (pairSlot(in, k, next, end, hashes[next], rightLetters, packedKeys[next]) >= 0) {
            return true;
        }
        // or a word derived from such a compound (سرمایه گذاران, see ZwnjAnalyzer.derivedCompound); the word has no
        // marks, so its last characters are its last letters and the key of the rest is that of the word without them
        for (String ending : ZwnjAnalyzer.COMPOUND_ENDINGS) {
            // (گان and گی stand for a final ه: rare enough to be asked without a test)
            if (in.startsWith(ending, end - ending.length())
                    && (ending.charAt(0) == 'گ' || pairSlotWithout(in, k, next, ending.length()) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** The packed keys of {@link ZwnjAnalyzer#SPACED_AFFIXES}. */
    private static final long[] AFFIX_KEYS = java.util.Arrays.stream(ZwnjAnalyzer.SPACED_AFFIXES)
            .mapToLong(a -> Lexicon.pack(a, 0, a.length(), a.length(), a.length())).toArray();
    private static final long MI = Lexicon.pack("می", 0, 2, 2, 2);
    private static final long BI = Lexicon.pack("بی", 0, 2, 2, 2);

    private static boolean isAffixKey(long packed) {
        if (packed >>> 48 != 0) {
            return false; // seven letters or more
        }
        for (long affix : AFFIX_KEYS) {
            if (packed == affix) {
                return true;
            }
        }
        return false;
    }

    /** Whether a key of up to 6 letters ends in می or بی (a prefix written apart, see ZwnjAnalyzer.joins). */
    private static boolean endsInMiOrBi(long packed, int letters) {
        if (letters < 2 || letters > 6) {
            return false;
        }
        long lastTwo = packed >>> (8 * (letters - 2));
        return lastTwo == MI || lastTwo == BI;
    }

    private static final int[] POWERS_OF_31 = new int[32];

    static {
        POWERS_OF_31[0] = 1;
        for (int i = 1; i < POWERS_OF_31.length; i++) {
            POWERS_OF_31[i] = POWERS_OF_31[i - 1] * 31;
        }
    }

    /** 31 to the power {@code n}, modulo 2^32: shifts a hash past {@code n} more letters. */
    private static int power31(int n) {
        if (n < POWERS_OF_31.length) {
            return POWERS_OF_31[n];
        }
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 31;
        }
        return p;
    }

    /** The inverse of 31 modulo 2^32: takes the last letter back out of a {@link String#hashCode}. */
    private static final int INVERSE_31 = 0xBDEF7BDF;

    /**
     * The slot of word {@code k} run together with the first {@code rightLetters} letters of word {@code next}
     * ({@code [starts[next], rightEnd)}), whose key has hash {@code rightHash} and packed form {@code rightPacked}.
     */
    private int pairSlot(String in, int k, int next, int rightEnd, int rightHash, int rightLetters, long rightPacked) {
        int leftLetters = letterCounts[k];
        int h = hashes[k] * power31(rightLetters) + rightHash;
        int letters = leftLetters + rightLetters;
        long packed = letters <= 8 ? packedKeys[k] | (rightPacked << (8 * leftLetters)) : -1;
        return lexicon.slot(h, letters, packed, in, starts[k], ends[k], starts[next], rightEnd);
    }

    /** {@link #pairSlot} of word {@code k} and word {@code next} without its last {@code drop} letters. */
    private int pairSlotWithout(String in, int k, int next, int drop) {
        int h = hashes[next];
        int end = ends[next];
        for (int i = 1; i <= drop; i++) {
            h = (h - in.charAt(end - i)) * INVERSE_31;
        }
        int letters = letterCounts[next] - drop;
        long packed = letters > 8 ? -1
                : letterCounts[next] <= 8 ? packedKeys[next] & ((1L << (8 * letters)) - 1)
                : Lexicon.pack(in, starts[next], end - drop, end - drop, end - drop);
        return pairSlot(in, k, next, end - drop, h, letters, packed);
    }

    private static String key(String in, int[] starts, int[] ends, String[] keys, int k) {
        if (keys[k] == null) {
            keys[k] = Lexicon.key(in.subSequence(starts[k], ends[k]));
        }
        return keys[k];
    }

    private static String groupKey(String in, int[] starts, int[] ends, String[] keys, int from, int to) {
        if (from == to) {
            return key(in, starts, ends, keys, from);
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            b.append(key(in, starts, ends, keys, i));
        }
        return b.toString();
    }

    /** The number of letters (not marks, not ZWNJs) of {@code in[from, to)}. */
    private static int letters(String in, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = in.charAt(i);
            if (c != Letters.ZWNJ && !Letters.isMark(c)) {
                n++;
            }
        }
        return n;
    }

    /** Letter indices of {@code surface} before which it has a ZWNJ. */
    private static boolean[] zwnjPositions(String surface, int letters) {
        boolean[] at = new boolean[letters + 1];
        int seen = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c == Letters.ZWNJ) {
                at[Math.min(seen, letters)] = true;
            } else if (!Letters.isMark(c)) {
                seen++;
            }
        }
        return at;
    }

    /**
     * Copies the unit {@code [from, to)}; each part between its ZWNJs gets the ZWNJs its analysis asks for.
     * Parts are analysed one by one so that a second run, which sees the same parts, changes nothing.
     * {@code surface} is the analysis of a unit without ZWNJs.
     */
    private void emit(String in, int from, int to, String surface, OffsetBuilder out) {
        if (!containsZwnj(in, from, to)) {
            emitPart(in, from, to, hasZwnj(surface) ? zwnjPositions(surface, Lexicon.key(surface).length()) : null,
                    out);
            return;
        }
        int partStart = from;
        for (int i = from; i <= to; i++) {
            if (i < to && in.charAt(i) != Letters.ZWNJ) {
                continue;
            }
            if (i > partStart) {
                String partSurface = partAnalysis(in, partStart, i);
                emitPart(in, partStart, i, hasZwnj(partSurface) ? zwnjPositions(partSurface, letters(in, partStart, i))
                        : null, out);
            }
            if (i < to) {
                out.append(Letters.ZWNJ, i);
            }
            partStart = i + 1;
        }
    }

    private static void emitPart(String in, int from, int to, boolean[] at, OffsetBuilder out) {
        int letter = 0;
        char prevLetter = 0;
        for (int i = from; i < to; i++) {
            char c = in.charAt(i);
            if (Letters.isMark(c)) {
                out.append(c, i);
                continue;
            }
            if (at != null && letter > 0 && letter < at.length && at[letter] && Letters.isJoining(prevLetter)) {
                out.append(Letters.ZWNJ, i);
            }
            out.append(c, i);
            prevLetter = c;
            letter++;
        }
    }
}

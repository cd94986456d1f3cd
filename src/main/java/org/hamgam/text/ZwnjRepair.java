package org.hamgam.text;

import java.util.Arrays;

/**
 * Puts ZWNJs where the {@link ZwnjAnalyzer} finds evidence for them: inside words written joined (کردهاند) and
 * in place of the space in words written apart (کتاب ها). Existing ZWNJs are kept; a space that becomes a ZWNJ
 * keeps its offset.
 */
final class ZwnjRepair {
    private final Lexicon lexicon;
    private final ZwnjAnalyzer analyzer;
    /** See {@link NormalizerOptions#followWriter()}. */
    private final boolean followWriter;

    ZwnjRepair(Lexicon lexicon, boolean followWriter) {
        this.lexicon = lexicon;
        this.analyzer = new ZwnjAnalyzer(lexicon);
        this.followWriter = followWriter;
    }

    /** The repaired text of {@code in}, or null when nothing changes. */
    OffsetBuilder apply(String in) {
        int n = in.length();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (Letters.isArabicLetter(in.charAt(i))) {
                int start = i;
                while (i < n && Letters.isWordChar(in.charAt(i))) {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = start;
                ends[count] = i;
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        // keys are built only for the words that need them: unknown words and possible joins
        String[] keys = new String[count];
        int[] found = new int[count];
        for (int k = 0; k < count; k++) {
            found[k] = lexicon.slot(in, starts[k], ends[k], ends[k], ends[k]);
        }
        boolean[] joined = joinSpaces(in, starts, ends, keys, found, count);
        // the analysis of each word without ZWNJs; marked counts the boundaries the writer already marked (a ZWNJ
        // inside a word, or a space that becomes one), inner the ZWNJs the analysis would add inside joined words
        String[] surfaces = new String[count];
        int marked = 0;
        int inner = 0;
        for (int u = 0; u < count; u++) {
            if (containsZwnj(in, starts[u], ends[u])) {
                if (followWriter) {
                    marked += zwnjs(in, starts[u], ends[u]);
                }
            } else if (!lexicon.isPlainWord(found[u])) {
                Lexicon.Entry e = lexicon.entry(found[u]);
                surfaces[u] = e != null && e.word() ? (e.joined() ? null : e.surface())
                        : analyzer.analyze(key(in, starts, ends, keys, u), e);
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
                if (containsZwnj(in, starts[u], ends[u])) {
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
                    if (u < last) {
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
        out.copy(copied, n);
        return out;
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
                if (i > partStart) {
                    int slot = lexicon.slot(in, partStart, i, i, i);
                    if (!lexicon.isPlainWord(slot) && (slot >= 0 || i - partStart >= 4)
                            && hasZwnj(analyzer.analyze(Lexicon.key(in.subSequence(partStart, i)), lexicon.entry(slot)))) {
                        return true;
                    }
                }
                partStart = i + 1;
            }
        }
        return false;
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
                    if (ask && mayJoin(in, starts, ends, found, k, last, next, nextLast, lexicon)
                            && joins(in, starts, ends, keys, found, k, last, next, nextLast)) {
                        joined[last] = true;
                        grownNow[k] = true;
                        changed = true;
                        continue; // the grown word may join the next one too
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
        return analyzer.joins(left, k == last ? lexicon.entry(found[k]) : lexicon.lookup(left), lastLetter(in, ends[last]),
                groupKey(in, starts, ends, keys, next, nextLast));
    }

    /**
     * A cheap test, on the text itself, that is true whenever {@link ZwnjAnalyzer#joins} may be: the left word
     * ends in a joining letter and the right word is a short affix, or the left word is می/نمی, بی or the start of
     * a compound. Most spaces fail it and need no key.
     */
    private static boolean mayJoin(String in, int[] starts, int[] ends, int[] found, int k, int last,
                                   int next, int nextLast, Lexicon lexicon) {
        if (!Letters.isJoining(lastLetter(in, ends[last]))) {
            return false;
        }
        if (k != last || next != nextLast) {
            return true; // a grown word: let the analyzer decide
        }
        int rightLength = ends[next] - starts[next];
        for (String affix : ZwnjAnalyzer.SPACED_AFFIXES) {
            if (affix.length() == rightLength && in.startsWith(affix, starts[next])) {
                return true;
            }
        }
        int leftLength = ends[k] - starts[k];
        if (leftLength <= 6 && (in.startsWith("می", ends[k] - 2) || in.startsWith("بی", ends[k] - 2))) {
            return true;
        }
        if (containsMarkOrZwnj(in, starts[next], ends[next]) || containsMarkOrZwnj(in, starts[k], ends[k])) {
            return true; // the tests above read the bare text; let the analyzer look at the key
        }
        // a compound start: worth asking only when the two words together are a word of the lexicon
        if (!lexicon.isHead(found[k])) {
            return false;
        }
        if (lexicon.slot(in, starts[k], ends[k], starts[next], ends[next]) >= 0) {
            return true;
        }
        // or a word derived from such a compound (سرمایه گذاران, see ZwnjAnalyzer.derivedCompound)
        int end = ends[next];
        if (in.charAt(end - 1) == 'ی' && lexicon.slot(in, starts[k], ends[k], starts[next], end - 1) >= 0) {
            return true;
        }
        if (in.startsWith("ان", end - 2) && lexicon.slot(in, starts[k], ends[k], starts[next], end - 2) >= 0) {
            return true;
        }
        if (in.startsWith("انی", end - 3) && lexicon.slot(in, starts[k], ends[k], starts[next], end - 3) >= 0) {
            return true;
        }
        // (گان and گی stand for a final ه: rare enough to be asked without a test)
        return in.startsWith("گان", end - 3) || in.startsWith("گی", end - 2) || in.startsWith("گانی", end - 4);
    }

    private static boolean containsMarkOrZwnj(String in, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = in.charAt(i);
            if (c == Letters.ZWNJ || Letters.isMark(c)) {
                return true;
            }
        }
        return false;
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

    private static char lastLetter(String in, int end) {
        int i = end - 1;
        while (i > 0 && (Letters.isMark(in.charAt(i)) || in.charAt(i) == Letters.ZWNJ)) {
            i--;
        }
        return in.charAt(i);
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
                String partKey = Lexicon.key(in.subSequence(partStart, i));
                String partSurface = analyzer.analyze(partKey);
                emitPart(in, partStart, i, hasZwnj(partSurface) ? zwnjPositions(partSurface, partKey.length()) : null,
                        out);
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

package org.hamgam.text;

import java.util.Arrays;

/**
 * Puts ZWNJs where the {@link ZwnjAnalyzer} finds evidence for them: inside words written joined (کردهاند) and
 * in place of the space in words written apart (کتاب ها). Existing ZWNJs are kept; a space that becomes a ZWNJ
 * keeps its offset.
 */
final class ZwnjRepair {
    private final ZwnjAnalyzer analyzer;

    ZwnjRepair(ZwnjAnalyzer analyzer) {
        this.analyzer = analyzer;
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
        String[] keys = new String[count];
        for (int k = 0; k < count; k++) {
            keys[k] = Lexicon.key(in.subSequence(starts[k], ends[k]));
        }
        boolean[] joined = joinSpaces(in, starts, ends, keys, count);

        OffsetBuilder out = null;
        int copied = 0;
        int k = 0;
        while (k < count) {
            int last = k;
            while (joined[last]) {
                last++;
            }
            String key = groupKey(keys, k, last);
            String surface = analyzer.analyze(key);
            boolean hasZwnj = surface != null && surface.indexOf(Letters.ZWNJ) >= 0;
            if (hasZwnj || last > k) {
                if (out == null) {
                    out = new OffsetBuilder(in);
                }
                out.copy(copied, starts[k]);
                emit(in, starts[k], ends[last], hasZwnj ? zwnjPositions(surface, key.length()) : null, out);
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

    /**
     * Which single spaces between words stand for ZWNJs; {@code joined[k]} is true when word {@code k} and the next
     * become one. Repeated until nothing more joins, so that a second run finds nothing to do.
     */
    private boolean[] joinSpaces(String in, int[] starts, int[] ends, String[] keys, int count) {
        boolean[] joined = new boolean[count + 1];
        boolean changed = true;
        while (changed) {
            changed = false;
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
                    if (analyzer.joins(groupKey(keys, k, last), lastLetter(in, ends[last]),
                            groupKey(keys, next, nextLast))) {
                        joined[last] = true;
                        changed = true;
                        continue; // the grown word may join the next one too
                    }
                }
                k = next;
            }
        }
        return joined;
    }

    private static String groupKey(String[] keys, int from, int to) {
        if (from == to) {
            return keys[from];
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            b.append(keys[i]);
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

    /** Copies the word {@code [from, to)}, spaces inside it turned into ZWNJs and ZWNJs added before letters in {@code at}. */
    private static void emit(String in, int from, int to, boolean[] at, OffsetBuilder out) {
        int letter = 0;
        char prevLetter = 0;
        boolean afterZwnj = false;
        for (int i = from; i < to; i++) {
            char c = in.charAt(i);
            if (c == ' ' || c == Letters.ZWNJ) {
                if (!afterZwnj) {
                    out.append(Letters.ZWNJ, i);
                }
                afterZwnj = true;
                continue;
            }
            if (Letters.isMark(c)) {
                out.append(c, i);
                continue;
            }
            if (at != null && letter > 0 && letter < at.length && at[letter] && !afterZwnj
                    && Letters.isJoining(prevLetter)) {
                out.append(Letters.ZWNJ, i);
            }
            out.append(c, i);
            prevLetter = c;
            letter++;
            afterZwnj = false;
        }
    }
}

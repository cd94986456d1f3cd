package org.hamgam.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gaps a fair ZWNJ measure counts as right either way: a boundary before ها, های, هایی, تر or ترین (and their
 * enclitics) whose stem is a listed word of three letters or more, or آن / این. Standard Persian allows both
 * گروه‌ها and گروهها, مهم‌ترین and مهمترین; a gold that writes one of them must not make the other an error.
 * At such a gap the gold takes the prediction's choice, so that both count as right.
 *
 * <p>"Listed" means a word of hazm's {@code words.dat} (compared without ZWNJs), a source independent of the gold.
 */
public final class FairGaps {
    private static final char ZWNJ = '\u200C';
    private static final Set<String> BASES = Set.of("ها", "های", "هایی", "تر", "ترین");
    /** Possessive and copula enclitics that may follow those endings (هایشان, ترینش, هاست). */
    private static final Set<String> ENCLITICS = Set.of("", "م", "ت", "ش", "مان", "تان", "شان", "ست", "ی", "اش");
    static final Set<String> SUFFIXES = BASES.stream()
            .flatMap(b -> ENCLITICS.stream().map(e -> b + e))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> ALWAYS_FREE_STEMS = Set.of("آن", "این");
    private static final int LEAST_STEM_LETTERS = 3;

    private final Set<String> listed;

    private FairGaps(Set<String> listed) {
        this.listed = listed;
    }

    /** The gaps of the words {@code listed} (compared without ZWNJs). */
    static FairGaps of(Set<String> listed) {
        return new FairGaps(Set.copyOf(listed));
    }

    /** The gaps of hazm's word list in {@code data} ({@code ../shared/data}). */
    public static FairGaps fromHazm(Path data) throws IOException {
        Set<String> words = new HashSet<>();
        try (Stream<String> lines = Files.lines(data.resolve("hazm-lexicon/words.dat"), StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                int tab = line.indexOf('\t');
                words.add((tab < 0 ? line.strip() : line.substring(0, tab)).replace(String.valueOf(ZWNJ), ""));
            });
        }
        return new FairGaps(words);
    }

    /**
     * The gold positions of {@code text} with its free gaps made to agree with {@code predicted}: inside a word
     * written solid, a free gap the prediction marks is a gold ZWNJ and one it leaves unmarked is none, so that
     * either spelling there counts as right. A gold ZWNJ at a free gap where the text has a space stays one: the
     * text cannot be written solid there, and a space left in place (گروه ها) is neither of the right spellings.
     */
    public Set<Integer> fairGold(CharSequence text, Set<Integer> gold, Set<Integer> predicted) {
        Set<Integer> out = new HashSet<>();
        for (Integer p : gold) {
            if (!isFree(text, p) || text.charAt(p) == ' ') {
                out.add(p);
            }
        }
        for (Integer p : predicted) {
            if (isFree(text, p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether the gap at {@code p} is free: {@code p} is the space that stands for the ZWNJ, or the letter after
     * the boundary in a word written solid.
     */
    public boolean isFree(CharSequence text, int p) {
        if (p <= 0 || p >= text.length()) {
            return false;
        }
        Gap gap = Gap.at(text, p);
        String left = letters(text, gap.leftStart(), p);
        String right = letters(text, gap.rightStart(), gap.rightEnd());
        if (!SUFFIXES.contains(right)) {
            return false;
        }
        return ALWAYS_FREE_STEMS.contains(left) || (left.length() >= LEAST_STEM_LETTERS && listed.contains(left));
    }

    /**
     * The words on either side of the gap at {@code p} (a space, or the letter after the boundary in a word written
     * solid): the left one is {@code [leftStart, p)}, the right one {@code [rightStart, rightEnd)}.
     */
    record Gap(int leftStart, int rightStart, int rightEnd) {
        static Gap at(CharSequence text, int p) {
            int rightStart = text.charAt(p) == ' ' ? p + 1 : p;
            int leftStart = p;
            while (leftStart > 0 && isWordChar(text.charAt(leftStart - 1))) {
                leftStart--;
            }
            int rightEnd = rightStart;
            while (rightEnd < text.length() && isWordChar(text.charAt(rightEnd))) {
                rightEnd++;
            }
            return new Gap(leftStart, rightStart, rightEnd);
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == ZWNJ || isMark(c);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static String letters(CharSequence text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}

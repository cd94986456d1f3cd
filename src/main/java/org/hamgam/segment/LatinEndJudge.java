package org.hamgam.segment;

import org.hamgam.text.Letters;

/**
 * The end rules for Latin-script languages without a model of their own (German, French, …): two non-ends that
 * every such language writes alike.
 * <ul>
 *   <li>One capital letter and its full stop before a capitalised word is an initial (J. Brown, G. O. Dyhrenfurth,
 *   Peter C. Bryne).</li>
 *   <li>A number and its full stop that opens a paragraph or follows a sentence end is a list marker (¶2. Dasselbe,
 *   Himalaya. 5. Für).</li>
 * </ul>
 * Every other candidate the boundary rules accept is a break.
 */
final class LatinEndJudge implements EndJudge {
    static final LatinEndJudge INSTANCE = new LatinEndJudge();

    private LatinEndJudge() {
    }

    @Override
    public Verdict judge(String text, int mark, int end) {
        if (text.charAt(mark) != '.' || end != mark + 1) {
            return Verdict.BREAK;
        }
        int start = mark;
        while (start > 0 && !Letters.isSpaceOrBom(text.charAt(start - 1))) {
            start--;
        }
        String token = text.substring(start, mark);
        int next = end;
        while (next < text.length() && Letters.isSpaceOrBom(text.charAt(next))) {
            next++;
        }
        boolean capitalised = next < text.length() && Character.isUpperCase(text.charAt(next));
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0)) && capitalised) {
            return Verdict.KEEP;
        }
        if (!token.isEmpty() && token.length() <= 2 && token.chars().allMatch(c -> c >= '0' && c <= '9')
                && opensSentence(text, start)) {
            return Verdict.KEEP;
        }
        return Verdict.BREAK;
    }

    /** Whether the token at {@code start} opens the paragraph or follows an end mark. */
    private static boolean opensSentence(String text, int start) {
        int i = start;
        while (i > 0 && Letters.isSpaceOrBom(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return true;
        }
        int last = i - 1;
        while (last > 0 && Letters.isCloser(text.charAt(last))) {
            last--;
        }
        return Letters.isEos(text.charAt(last)) || text.charAt(last) == ':';
    }
}

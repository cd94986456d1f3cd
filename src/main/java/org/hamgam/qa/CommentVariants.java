package org.hamgam.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hamgam.text.Letters;

/**
 * The English a glossary entry's comment names as acceptable besides its target, the way term bases write it:
 * {@code also "America" / "American" in attributive use}, {@code "the West"}, {@code "southeastern" before a noun}.
 * A quoted phrase counts unless its clause (up to the previous {@code ;} or {@code ,}) puts it under a word that
 * rejects it or only explains the term: {@code not "Kiev"}, {@code avoid}, {@code lit. "power-seeking"},
 * {@code as in "Assad regime"}. Persian in quotes is a spelling of the source, not a translation. Nothing is
 * derived: "American" is accepted for America only when the comment says so.
 */
final class CommentVariants {
    private CommentVariants() {
    }

    /** Words after which a quoted phrase is not a translation to accept. */
    private static final List<String> REJECTING = List.of("not", "never", "avoid", "don't", "do not", "instead of",
            "rather than", "wrong", "incorrect", "deprecated", "formerly", "obsolete", "lit.", "literally",
            "literal", "as in", "e.g.", "i.e.", "meaning", "means", "from", "cf.");
    /**
     * Words after which a quoted phrase is a translation to accept, even after a rejecting word. "or" and "/" are
     * neither: a phrase joined to the one before shares its standing ({@code not "Kiev" or "Kiew"}).
     */
    private static final List<String> ACCEPTING = List.of("also", "variant", "variants", "synonym",
            "synonyms", "alternatively", "aka", "a.k.a.", "accepted", "allowed", "preferred");

    /** The accepted English phrases of {@code comment}, in order, without repeats. */
    static List<String> of(String comment) {
        if (comment == null || comment.indexOf('"') < 0 && comment.indexOf('\u201C') < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        int clause = 0;
        int i = 0;
        while (i < comment.length()) {
            char c = comment.charAt(i);
            if (c == ';' || c == ',') {
                clause = i + 1;
                i++;
                continue;
            }
            if (c != '"' && c != '\u201C') {
                i++;
                continue;
            }
            char close = c == '"' ? '"' : '\u201D';
            int end = comment.indexOf(close, i + 1);
            if (end < 0) {
                break;
            }
            String phrase = comment.substring(i + 1, end).strip();
            if (!phrase.isEmpty() && !Letters.hasArabicScriptLetter(phrase)
                    && accepted(comment.substring(clause, i)) && !out.contains(phrase)) {
                out.add(phrase);
            }
            i = end + 1;
        }
        return out;
    }

    /** Whether the last marking word before a quote, within its clause, accepts it; no word at all accepts it. */
    private static boolean accepted(String before) {
        String lower = " " + before.toLowerCase(Locale.ROOT).replace('"', ' ').replace('/', ' ') + " ";
        int rejectAt = lastWord(lower, REJECTING);
        int acceptAt = lastWord(lower, ACCEPTING);
        return rejectAt < 0 || acceptAt > rejectAt;
    }

    private static int lastWord(String text, List<String> words) {
        int best = -1;
        for (String w : words) {
            int at = text.lastIndexOf(" " + w + " ");
            if (at < 0 && w.endsWith(".")) {
                at = text.lastIndexOf(" " + w);
            }
            best = Math.max(best, at);
        }
        return best;
    }
}

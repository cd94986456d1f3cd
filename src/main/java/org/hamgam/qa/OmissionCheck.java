package org.hamgam.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.qa.Numbers.Num;
import org.hamgam.text.Letters;

/**
 * A part of the source left untranslated: a sentence or clause the English has nothing for. The English must be
 * far shorter than the source predicts (the ratio of English to Persian letters measured on TICO-19, as the
 * {@link LengthCheck}'s prior) while the source without one part predicts it well, and that part must show it is
 * missing: a whole sentence where the target has fewer sentences, or numbers or Latin-script words of the part that
 * the target lacks. Either is a warning; lengths alone, which a free but complete translation also shows, are left
 * to the length check's document outliers.
 */
final class OmissionCheck extends PairCheck {
    static final String CODE = "omission";

    /** English letters per Persian letter in professional translation: the length check's prior. */
    private static final double EXPECTED_RATIO = Math.exp(LengthCheck.PRIOR_MEDIAN);
    /** A source shorter than this says too little. */
    private static final int MIN_SOURCE_LETTERS = 60;
    /** The English at most this share of the length the whole source predicts. */
    private static final double MAX_SHORT = 0.72;
    /** The English within these bounds of the length the rest of the source predicts. */
    private static final double MIN_FIT = 0.78;
    private static final double MAX_FIT = 1.3;
    /** The part left out is at least this share of the source's letters. */
    private static final double MIN_PART = 0.25;

    /** An end mark right after a word ("است . برای" is no sentence end) and before the next sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[^\\s.])[.!?؟](?=\\s+\\S)");
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[^\\s.])[.!?؟؛،;:](?=\\s+\\S)");
    /** In the English, also a capital right after the mark: "temperature.Pets" lost its space, not a sentence. */
    private static final Pattern TARGET_SENTENCE_END = Pattern.compile(
            "(?<=[^\\s.])[.!?](?=\\s+\\S|\\p{Lu}\\p{Ll})");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z][A-Za-z-]+\\b");

    /** A stretch of the source taken to be left out, and how sure the check is of it. */
    private record Part(int start, int end, Severity severity, String evidence, double misfit) {
        /** The part whose absence explains the English's length best. */
        boolean betterThan(Part other) {
            return misfit < other.misfit;
        }
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    void check(QaPair pair, List<Issue> out) {
        String source = pair.source();
        String target = pair.target();
        if (Letters.isBlank(target) || LengthCheck.keywordList(source) || LengthCheck.keywordList(target)) {
            return;
        }
        int s = LengthCheck.letters(source);
        int t = LengthCheck.letters(target) + LengthCheck.acronymWords(target, source);
        if (s < MIN_SOURCE_LETTERS || share(t, s) > MAX_SHORT) {
            return;
        }
        Part best = null;
        int targetSentences = count(TARGET_SENTENCE_END, target);
        List<Integer> sentenceEnds = ends(SENTENCE_END, source);
        List<Integer> clauseEnds = ends(CLAUSE_END, source);
        for (int a = 0; a < clauseEnds.size(); a++) {
            for (int b = a + 1; b < clauseEnds.size(); b++) {
                int from = clauseEnds.get(a);
                int to = clauseEnds.get(b);
                if (from == 0 && to == source.length()) {
                    continue;
                }
                int left = LengthCheck.letters(source.substring(from, to));
                double fit = share(t, s - left);
                if (left < MIN_PART * s || fit < MIN_FIT || fit > MAX_FIT) {
                    continue;
                }
                Part part = judge(source, target, from, to, sentenceEnds, targetSentences, Math.abs(Math.log(fit)));
                if (part != null && (best == null || part.betterThan(best))) {
                    best = part;
                }
            }
        }
        if (best == null) {
            return;
        }
        out.add(new Issue(CODE, best.severity(), pair.id(), -1, -1, String.format(Locale.ROOT,
                "The target is %.0f%% of the length the source predicts; %s", 100 * share(t, s),
                best.evidence()), ""));
    }

    /** What shows that the source's {@code from..to} has no English, or null: lengths alone are no proof. */
    private static Part judge(String source, String target, int from, int to, List<Integer> sentenceEnds,
                              int targetSentences, double misfit) {
        String part = source.substring(from, to);
        List<String> missing = new ArrayList<>();
        List<Num> targetNums = Numbers.find(target, false);
        // A figure the target converts (533 cm as 210 inches) is there in another value: only a target with
        // fewer figures than the source lacks one.
        boolean fewerFigures = hard(targetNums) < hard(Numbers.find(source, true));
        for (Num n : Numbers.find(part, true)) {
            if (fewerFigures && !n.soft() && targetNums.stream().noneMatch(n::sameValue)) {
                missing.add(part.substring(n.start(), n.end()));
            }
        }
        Matcher latin = LATIN_WORD.matcher(part);
        while (latin.find()) {
            if (!target.toLowerCase(Locale.ROOT).contains(latin.group().toLowerCase(Locale.ROOT))) {
                missing.add(latin.group());
            }
        }
        if (!missing.isEmpty()) {
            return new Part(from, to, Severity.WARNING, "is \"" + part.strip() + "\" left out? The target lacks "
                    + String.join(", ", missing) + ".", misfit);
        }
        boolean wholeSentences = sentenceEnds.contains(from) && sentenceEnds.contains(to);
        if (wholeSentences && targetSentences < sentenceEnds.size() - 1) {
            // Lengths do not tell which sentence is missing: a compact Persian sentence may take a long English one.
            return new Part(from, to, Severity.WARNING, "it has " + targetSentences + (targetSentences == 1 ? " sentence" : " sentences") + " for the source's "
                    + (sentenceEnds.size() - 1) + ". Is a sentence left out?", misfit);
        }
        return null;
    }

    private static long hard(List<Num> nums) {
        return nums.stream().filter(n -> !n.soft()).count();
    }

    /** Where the text's sentences or clauses end: its start, each end mark's following space, and its end. */
    private static List<Integer> ends(Pattern mark, String text) {
        List<Integer> out = new ArrayList<>();
        out.add(0);
        Matcher m = mark.matcher(text);
        while (m.find()) {
            out.add(m.end());
        }
        out.add(text.length());
        return out;
    }

    /** The sentences of a text: one more than its inner end marks. */
    private static int count(Pattern mark, String text) {
        return ends(mark, text.strip()).size() - 1;
    }

    /** The English's letters as a share of those {@code persian} letters predict. */
    private static double share(int english, int persian) {
        return (english + LengthCheck.SMOOTHING) / ((persian + LengthCheck.SMOOTHING) * EXPECTED_RATIO);
    }
}

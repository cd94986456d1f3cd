package org.hamgam.qa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.text.Letters;

/**
 * A target far shorter or longer than its source. The length ratio (non-space characters, smoothed so that short
 * segments do not swing wildly) must be an outlier within its own document, by a robust z-score over the median
 * and median absolute deviation of the log ratios, and also lie outside fixed bounds, so that neither a document
 * with an unusual but steady ratio nor a merely ragged one raises alarms. A short acronym in the target counts as
 * the words it stands for.
 */
final class LengthCheck implements Check {
    static final String CODE = "length";

    /** Added to both lengths: a 3-word segment must not look like an omission. */
    static final double SMOOTHING = 8;
    /** Below this many pairs a document says too little about itself; the prior (Persian to English) is used. */
    private static final int MIN_PAIRS = 10;
    /** Median log ratio of English to Persian non-space characters, and its MAD, measured on TICO-19. */
    static final double PRIOR_MEDIAN = 0.10;
    private static final double PRIOR_MAD = 0.09;
    private static final double MIN_MAD = 0.05;
    private static final double MAX_Z = 3.5;
    private static final double MIN_RATIO = 0.5;
    private static final double MAX_RATIO = 2.0;
    /** An acronym of the target stands for its words, which the source spells out: letters each one adds. */
    private static final int LETTERS_PER_INITIAL = 4;
    private static final int MAX_EXPANDED = 4;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Issue> check(List<QaPair> pairs) {
        double[] logRatio = new double[pairs.size()];
        double[] usable = new double[pairs.size()];
        int n = 0;
        for (int i = 0; i < pairs.size(); i++) {
            QaPair p = pairs.get(i);
            if (keywordList(p.source()) || keywordList(p.target())) {
                // A list of search keywords: a translator adds synonyms of the language, or keeps the English
                // ones beside them, as keyword lists are meant to; its length says nothing of an omission.
                logRatio[i] = Double.NaN;
                continue;
            }
            int s = letters(p.source());
            int t = letters(p.target()) + acronymWords(p.target(), p.source());
            if (s == 0 || t == 0) {
                logRatio[i] = Double.NaN;
                continue;
            }
            logRatio[i] = Math.log((t + SMOOTHING) / (s + SMOOTHING));
            usable[n++] = logRatio[i];
        }
        double median = PRIOR_MEDIAN;
        double mad = PRIOR_MAD;
        if (n >= MIN_PAIRS) {
            double[] values = Arrays.copyOf(usable, n);
            median = median(values);
            for (int i = 0; i < n; i++) {
                values[i] = Math.abs(values[i] - median);
            }
            mad = median(values);
        }
        mad = Math.max(mad, MIN_MAD);
        List<Issue> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            double x = logRatio[i];
            if (Double.isNaN(x)) {
                continue;
            }
            double z = 0.6745 * (x - median) / mad;
            double ratio = Math.exp(x);
            if (Math.abs(z) <= MAX_Z || (ratio >= MIN_RATIO && ratio <= MAX_RATIO)) {
                continue;
            }
            QaPair p = pairs.get(i);
            String what = z < 0 ? "much shorter" : "much longer";
            String message = String.format(Locale.ROOT,
                    "The target is %s than the source (length ratio %.2f, usual %.2f in this document).",
                    what, ratio, Math.exp(median));
            out.add(new Issue(CODE, Severity.WARNING, p.id(), -1, -1,
                    message + (z < 0 ? " Is something left out?" : " Is something added?"), ""));
        }
        return out;
    }

    /**
     * The letters the acronyms of up to four capitals in the target (WHO, CDC, NIH) add: the source writes their
     * names out (سازمان جهانی بهداشت), even with the acronym in brackets after them. Not an acronym the source has
     * alone (CDC for CDC), longer ones (COVID, NASA: names the source transliterates), nor words in a run of capitals
     * (SEND DATE/TIME: a heading).
     */
    static int acronymWords(String target, String source) {
        List<int[]> capitals = new ArrayList<>();
        int i = 0;
        while (i < target.length()) {
            if (!Character.isLetter(target.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean upper = true;
            while (j < target.length() && Character.isLetterOrDigit(target.charAt(j))) {
                upper &= target.charAt(j) >= 'A' && target.charAt(j) <= 'Z';
                j++;
            }
            capitals.add(new int[] {i, j, upper && j - i >= 2 ? 1 : 0});
            i = j;
        }
        int extra = 0;
        for (int k = 0; k < capitals.size(); k++) {
            int[] w = capitals.get(k);
            boolean run = k > 0 && capitals.get(k - 1)[2] == 1 || k + 1 < capitals.size() && capitals.get(k + 1)[2] == 1;
            String word = target.substring(w[0], w[1]);
            if (w[2] == 1 && !run && word.length() <= MAX_EXPANDED
                    && (!source.contains(word) || source.contains("(" + word + ")"))) {
                extra += word.length() * LETTERS_PER_INITIAL;
            }
        }
        return extra;
    }

    private static final Pattern KEYWORDS = Pattern.compile(
            "(?:[^;\\s]+(?: [^;\\s]+)?;){3,}[^;\\s]*(?: [^;\\s]+)?;?");

    /** Whether the text is a list of at least three keywords of one or two words, each ended by a semicolon. */
    static boolean keywordList(String text) {
        return KEYWORDS.matcher(text.strip()).matches();
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Letters.isSpaceOrZwsp(c) && c != '\u200C') {
                n++;
            }
        }
        return n;
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        int m = values.length / 2;
        return values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
    }
}

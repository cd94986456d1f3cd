package org.hamgam.qa;

import java.math.BigDecimal;
import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.Severity;
import org.hamgam.qa.Numbers.Num;

/**
 * Numbers compared by value across digit systems and separators: a source number missing from the target, a
 * target number not in the source, or one written with a different value. Percent signs and words ({@code ٪},
 * {@code %}, "percent") do not change a value, so they never disagree. A number inside a Latin name or code in
 * the target (COVID-19, SARS-CoV-2) is never reported as extra: translators add such names freely. One of a name
 * in the source (کووید-19) that the target lacks is only a hint ({@code info}): the name may be rendered without
 * it (coronavirus), unless the target has another name's number left over, which then differs. A range of years
 * with the second shortened (2019–20) stands for the full years.
 */
final class NumberCheck extends PairCheck {
    static final String CODE = "number";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    void check(QaPair pair, List<Issue> out) {
        String target = pair.target();
        if (Chars.isBlank(target)) {
            return;
        }
        List<Num> src = Numbers.find(pair.source(), true);
        List<Num> tgt = Numbers.find(target, false);
        if (src.isEmpty() && tgt.isEmpty()) {
            return;
        }
        boolean[] srcUsed = new boolean[src.size()];
        boolean[] tgtUsed = new boolean[tgt.size()];
        // Written numbers first, then let words on either side stand in for what is left.
        match(src, tgt, srcUsed, tgtUsed, false, false);
        match(src, tgt, srcUsed, tgtUsed, false, true);
        match(src, tgt, srcUsed, tgtUsed, true, false);
        int t = 0;
        for (int s = 0; s < src.size(); s++) {
            Num missing = src.get(s);
            if (srcUsed[s] || missing.soft()) {
                continue;
            }
            while (t < tgt.size() && (tgtUsed[t] || tgt.get(t).soft())) {
                t++;
            }
            String shown = pair.source().substring(missing.start(), missing.end());
            if (missing.code() && !otherCode(tgt, tgtUsed)) {
                // A name with a number (کووید-19) is often rendered without it (coronavirus): a hint only.
                out.add(new Issue(CODE, Severity.INFO, pair.id(), -1, -1,
                        "The number \"" + shown + "\" of a name in the source is not in the target; is the name"
                                + " rendered another way?", format(missing.value())));
                continue;
            }
            if (t < tgt.size()) {
                Num wrong = tgt.get(t);
                tgtUsed[t] = true;
                out.add(new Issue(CODE, Severity.ERROR, pair.id(), wrong.start(), wrong.end(),
                        "The number \"" + target.substring(wrong.start(), wrong.end())
                                + "\" differs from \"" + shown + "\" in the source.", format(missing.value())));
            } else {
                out.add(new Issue(CODE, Severity.ERROR, pair.id(), -1, -1,
                        "The number \"" + shown + "\" in the source is missing from the target.",
                        format(missing.value())));
            }
        }
        for (int k = 0; k < tgt.size(); k++) {
            Num extra = tgt.get(k);
            if (!tgtUsed[k] && !extra.soft() && !extra.code()) {
                out.add(new Issue(CODE, Severity.ERROR, pair.id(), extra.start(), extra.end(),
                        "The number \"" + target.substring(extra.start(), extra.end())
                                + "\" is not in the source.", ""));
            }
        }
    }

    /** Whether the target has a number of a name left unmatched: then a source name's number differs. */
    private static boolean otherCode(List<Num> tgt, boolean[] tgtUsed) {
        for (int k = 0; k < tgt.size(); k++) {
            if (!tgtUsed[k] && tgt.get(k).code()) {
                return true;
            }
        }
        return false;
    }

    private static void match(List<Num> src, List<Num> tgt, boolean[] srcUsed, boolean[] tgtUsed,
                              boolean srcSoft, boolean tgtSoft) {
        for (int s = 0; s < src.size(); s++) {
            if (srcUsed[s] || src.get(s).soft() != srcSoft) {
                continue;
            }
            for (int t = 0; t < tgt.size(); t++) {
                if (!tgtUsed[t] && tgt.get(t).soft() == tgtSoft && src.get(s).sameValue(tgt.get(t))) {
                    srcUsed[s] = true;
                    tgtUsed[t] = true;
                    break;
                }
            }
        }
    }

    /** A value as English writes it: 6000, 2.5. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}

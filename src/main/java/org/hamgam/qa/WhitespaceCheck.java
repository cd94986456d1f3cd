package org.hamgam.qa;

import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.text.Letters;

/**
 * Spacing in the target: runs of two or more spaces, and leading or trailing whitespace that the source does not
 * share. Each finding's suggestion is the replacement for its span.
 */
final class WhitespaceCheck extends PairCheck {
    static final String CODE = "whitespace";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    void check(QaPair pair, List<Issue> out) {
        String source = pair.source();
        String target = pair.target();
        if (Letters.isBlank(target)) {
            return;
        }
        int lead = leading(target);
        int trail = trailing(target);
        if ((lead > 0) != (leading(source) > 0)) {
            out.add(new Issue(CODE, Severity.INFO, pair.id(), 0, lead,
                    lead > 0 ? "The target starts with whitespace; the source does not."
                            : "The source starts with whitespace; the target does not.",
                    lead > 0 ? "" : leadingText(source)));
        }
        for (int i = lead; i < target.length() - trail; i++) {
            if (!Letters.isSpaceOrZwsp(target.charAt(i))) {
                continue;
            }
            int j = i + 1;
            while (j < target.length() - trail && Letters.isSpaceOrZwsp(target.charAt(j))) {
                j++;
            }
            if (j - i >= 2) {
                out.add(new Issue(CODE, Severity.INFO, pair.id(), i, j, "Repeated whitespace in the target.", " "));
            }
            i = j - 1;
        }
        if ((trail > 0) != (trailing(source) > 0)) {
            int end = target.length();
            out.add(new Issue(CODE, Severity.INFO, pair.id(), end - trail, end,
                    trail > 0 ? "The target ends with whitespace; the source does not."
                            : "The source ends with whitespace; the target does not.",
                    trail > 0 ? "" : source.substring(source.length() - trailing(source))));
        }
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && Letters.isSpaceOrZwsp(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trailing(String s) {
        int i = s.length();
        while (i > 0 && Letters.isSpaceOrZwsp(s.charAt(i - 1))) {
            i--;
        }
        return s.length() - i;
    }

    private static String leadingText(String s) {
        return s.substring(0, leading(s));
    }
}

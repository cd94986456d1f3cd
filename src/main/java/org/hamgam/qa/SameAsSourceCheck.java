package org.hamgam.qa;

import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.text.Letters;

/**
 * A target identical to its source (up to spacing and case). Sources without letters (numbers, codes) may stay
 * as they are; a Latin-only source copied over is more likely a name than a miss, so it is reported as info.
 */
final class SameAsSourceCheck extends PairCheck {
    static final String CODE = "same-as-source";

    @Override
    public String code() {
        return CODE;
    }

    /** A cheap test that rules out almost every pair before the full comparison. */
    private static boolean firstCharsAgree(String a, String b) {
        return TextKey.keyChar(first(a)) == TextKey.keyChar(first(b));
    }

    private static char first(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Letters.isSpaceOrZwsp(c) && TextKey.keyChar(c) != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    void check(QaPair pair, List<Issue> out) {
        String source = pair.source();
        String target = pair.target();
        if (Letters.isBlank(target) || !firstCharsAgree(source, target) || !Letters.hasLetter(source)) {
            return;
        }
        if (!TextKey.key(source).equals(TextKey.key(target))) {
            return;
        }
        Severity severity = Letters.hasArabicScriptLetter(source) ? Severity.ERROR : Severity.INFO;
        out.add(new Issue(CODE, severity, pair.id(), 0, target.length(),
                "The target is the same as the source.", ""));
    }
}

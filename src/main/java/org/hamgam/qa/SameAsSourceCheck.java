package org.hamgam.qa;

import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.Severity;

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

    @Override
    void check(QaPair pair, List<Issue> out) {
        String source = pair.source();
        String target = pair.target();
        if (Chars.isBlank(target) || !Chars.hasLetter(source)) {
            return;
        }
        if (!Chars.key(source).equals(Chars.key(target))) {
            return;
        }
        Severity severity = Chars.hasArabicScriptLetter(source) ? Severity.ERROR : Severity.INFO;
        out.add(new Issue(CODE, severity, pair.id(), 0, target.length(),
                "The target is the same as the source.", ""));
    }
}

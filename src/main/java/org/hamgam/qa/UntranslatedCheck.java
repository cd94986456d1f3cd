package org.hamgam.qa;

import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.text.Letters;

/** An empty target, or Persian (Arabic-script) letters left in the English target. */
final class UntranslatedCheck extends PairCheck {
    static final String CODE = "untranslated";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    void check(QaPair pair, List<Issue> out) {
        String target = pair.target();
        if (Letters.isBlank(target)) {
            if (!Letters.isBlank(pair.source())) {
                out.add(new Issue(CODE, Severity.ERROR, pair.id(), 0, target.length(),
                        "The target is empty.", ""));
            }
            return;
        }
        // One finding per stretch of Persian: words joined by spaces or punctuation belong together.
        int i = 0;
        int n = target.length();
        while (i < n) {
            if (!Letters.isArabicScriptLetter(target.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            int j = i + 1;
            while (j < n) {
                char c = target.charAt(j);
                if (Letters.isArabicScriptLetter(c)) {
                    end = j + 1;
                } else if (Character.isLetter(c)) {
                    break;
                }
                j++;
            }
            out.add(new Issue(CODE, Severity.ERROR, pair.id(), start, end,
                    "Persian text left in the target: \"" + target.substring(start, end) + "\".", ""));
            i = end;
        }
    }
}

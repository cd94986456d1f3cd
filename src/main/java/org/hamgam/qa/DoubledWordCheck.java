package org.hamgam.qa;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;

/**
 * A word the target writes twice in a row ("met the the team"): a cheap, certain slip, checked with or without
 * LanguageTool. Not one: format placeholders side by side ({@code %s %s}), code, English that doubles a word by its
 * grammar ("had had", "that that", "is is"), Persian reduplication left in the target (تک تک), and a single letter
 * (initials). When the source doubles a word too, both sides show it on purpose (an example of the error): a hint.
 */
final class DoubledWordCheck extends PairCheck {
    static final String CODE = "doubled-word";

    /** Words English grammar writes twice: "If I had had time", "He said that that was all", "What it is is …". */
    private static final Set<String> GRAMMATICAL = Set.of("had", "that", "is");

    @Override
    public String code() {
        return CODE;
    }

    @Override
    void check(QaPair pair, List<Issue> out) {
        String target = pair.target();
        Boolean sourceDoubles = null;
        for (int[] d : DoubledWords.find(target)) {
            String word = DoubledWords.firstWord(target, d[0], d[1]);
            if (GRAMMATICAL.contains(word.toLowerCase(Locale.ROOT))
                    || Placeholders.onlyPlaceholders(target, d[0], d[1]) || CodeSpans.touches(target, d[0], d[1])
                    || DoubledWords.reduplication(target, d[0], d[1])) {
                continue;
            }
            if (sourceDoubles == null) {
                sourceDoubles = DoubledWords.in(pair.source());
            }
            out.add(new Issue(CODE, sourceDoubles ? Severity.INFO : Severity.WARNING, pair.id(), d[0], d[1],
                    "\"" + word + "\" is written twice" + (sourceDoubles ? ", as the source doubles a word too." : "."),
                    word));
        }
    }
}

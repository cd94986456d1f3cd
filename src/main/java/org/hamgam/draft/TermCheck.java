package org.hamgam.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hamgam.model.TermHit;

/**
 * Whether an English draft keeps the glossary's required terms: case-insensitive, on word boundaries, allowing a
 * plural ({@code -s}, {@code -es}, {@code -ies}), a possessive, and any spacing or hyphen between a term's words.
 * A term listing alternatives ({@code a; b} or {@code a | b}) is kept when any of them is.
 */
final class TermCheck {
    private TermCheck() {
    }

    /** The hits whose English target does not occur in {@code english}, once per term. */
    static List<TermHit> missing(String english, List<TermHit> hits) {
        List<TermHit> missing = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (TermHit hit : hits) {
            if (hit.target().isBlank() || seen.contains(hit.termId())) {
                continue;
            }
            seen.add(hit.termId());
            if (!contains(english, hit.target())) {
                missing.add(hit);
            }
        }
        return missing;
    }

    static boolean contains(String english, String target) {
        for (String alternative : target.split("[;|]")) {
            String term = alternative.strip();
            if (!term.isEmpty() && pattern(term).matcher(english).find()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern pattern(String term) {
        String[] words = term.toLowerCase(Locale.ROOT).split("[\\s\\-]+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("[\\s\\-]+");
            }
            String word = words[i];
            boolean last = i == words.length - 1;
            // policy → policies
            if (last && word.length() > 2 && word.endsWith("y")) {
                regex.append(Pattern.quote(word.substring(0, word.length() - 1))).append("(?:y|ies)");
            } else {
                regex.append(Pattern.quote(word));
            }
        }
        regex.append("(?:s|es|'s)?(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}

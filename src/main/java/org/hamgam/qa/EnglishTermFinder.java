package org.hamgam.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds an English glossary term in a target with its inflected and derived forms: drone/drones, Shahed-136s,
 * Assad's, party/parties, Russia/Russian, Ukraine/Ukrainian. A term may list alternatives separated by
 * {@code /}, {@code ;} or {@code |}. Patterns are compiled once per term and shared between threads.
 */
final class EnglishTermFinder {
    private static final String SUFFIX = "(?:'s|\u2019s|s'|s\u2019|'|\u2019|es|s|ian|an|n|ern|ese|i|ed|d|ing)?";
    private static final String WORD_GAP = "[\\s\\-\u2010\u2011\u2013]+";
    private static final String HYPHEN_GAP = "[\\s\\-\u2010\u2011\u2013]*";
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s*[/;|]\\s*");

    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    /** Whether {@code target} contains {@code term} or one of its forms. */
    boolean contains(String target, String term) {
        return patterns.computeIfAbsent(term, EnglishTermFinder::compile).matcher(target).find();
    }

    private static Pattern compile(String term) {
        List<String> alternatives = new ArrayList<>();
        for (String alt : ALTERNATIVES.split(term.strip())) {
            if (!alt.isBlank()) {
                alternatives.add(forms(alt.strip()));
            }
        }
        String body = alternatives.isEmpty() ? "(?!)" : String.join("|", alternatives);
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + body + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String forms(String term) {
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            boolean space = Character.isWhitespace(c);
            boolean hyphen = c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
            if (space || hyphen) {
                if (!word.isEmpty()) {
                    out.append(word(word.toString()));
                    word.setLength(0);
                    out.append(space ? WORD_GAP : HYPHEN_GAP);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            out.append(word(word.toString()));
        } else if (out.length() >= WORD_GAP.length()) {
            // A trailing gap is meaningless; drop it.
            out.setLength(out.length() - (out.toString().endsWith(WORD_GAP) ? WORD_GAP.length()
                    : HYPHEN_GAP.length()));
        }
        return out.toString();
    }

    private static String word(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        StringBuilder alt = new StringBuilder("(?:").append(Pattern.quote(w)).append(SUFFIX);
        if (lower.length() > 2 && Character.isLetter(lower.charAt(lower.length() - 1))) {
            String stem = Pattern.quote(w.substring(0, w.length() - 1));
            if (lower.endsWith("y")) {
                alt.append('|').append(stem).append("(?:ies|ied|ian)");
            } else if (lower.endsWith("e")) {
                alt.append('|').append(stem).append("(?:ian|ing|ed)");
            }
        }
        return alt.append(')').toString();
    }
}

package org.hamgam.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an English glossary term in a target with its inflected and derived forms: drone/drones, Shahed-136s,
 * Assad's, party/parties, Russia/Russian, Ukraine/Ukrainian. A term may list alternatives separated by
 * {@code /}, {@code ;} or {@code |}. Patterns are compiled once per term and shared between threads.
 */
final class EnglishTermFinder {
    /** Endings of inflection and of the commonest derivations, and a number glued on (COVID-19, Shahed-136s). */
    private static final String SUFFIX = "(?:[\\-\u2010\u2011]?\\d+)?"
            + "(?:'s|\u2019s|s'|s\u2019|'|\u2019|es|s|ian|an|n|ern|ese|i|ed|d|ing)?";
    private static final String WORD_GAP = "[\\s\\-\u2010\u2011\u2013]*";
    private static final int LONG_WORD = 5;
    private static final String[] ENDINGS = {"ing", "ed", "es", "s"};
    private static final String HYPHEN_GAP = "[\\s\\-\u2010\u2011\u2013]*";
    /** What separates a term's alternatives: {@code /}, {@code ;} or {@code |}. */
    static final Pattern ALTERNATIVES = Pattern.compile("\\s*[/;|]\\s*");

    private final Map<String, Compiled> patterns = new ConcurrentHashMap<>();

    /**
     * A term's pattern and the lower-case stems one of which any match must start with, so that most absent terms
     * are ruled out by a plain substring search. {@code startsAtStem}: every match starts at a stem as written,
     * so the pattern need only be tried where a stem stands; false when a stem has a letter the pattern
     * lets vary (hospitaliz for hospitalise) or anything but ASCII letters and digits.
     */
    private record Compiled(Pattern pattern, List<String> stems, boolean startsAtStem) {
    }

    /**
     * Whether {@code lowerTarget}, a target in lower case ({@link Locale#ROOT}), contains {@code term} or one of its
     * forms.
     */
    boolean contains(String lowerTarget, String term) {
        // get first: computeIfAbsent costs more, and every term but the first use is there already.
        Compiled c = patterns.get(term);
        if (c == null) {
            c = patterns.computeIfAbsent(term, EnglishTermFinder::compile);
        }
        if (!c.startsAtStem()) {
            for (String stem : c.stems()) {
                if (lowerTarget.contains(stem)) {
                    return c.pattern().matcher(lowerTarget).find();
                }
            }
            return false;
        }
        // Try the pattern only where a stem stands, the text before it in view of the pattern's look-behind.
        Matcher m = null;
        for (String stem : c.stems()) {
            for (int at = lowerTarget.indexOf(stem); at >= 0; at = lowerTarget.indexOf(stem, at + 1)) {
                if (m == null) {
                    m = c.pattern().matcher(lowerTarget).useTransparentBounds(true);
                }
                if (m.region(at, lowerTarget.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Compiled compile(String term) {
        List<String> stems = new ArrayList<>();
        for (String alt : ALTERNATIVES.split(term.strip())) {
            String[] words = alt.strip().split("[\\s\\-\u2010\u2011\u2013]+");
            String first = words.length == 0 ? "" : words[0].toLowerCase(Locale.ROOT);
            for (String ending : ENDINGS) {
                if (first.endsWith(ending) && first.length() - ending.length() >= 4) {
                    first = first.substring(0, first.length() - ending.length());
                    break;
                }
            }
            // Forms may drop the last letter (party/parties, Ukraine/Ukrainian).
            String stem = first.length() > 2 ? first.substring(0, first.length() - 1) : first;
            stems.add(beforeVariantLetter(stem));
        }
        // Matching lower case against lower case is several times faster than a case-insensitive pattern.
        return new Compiled(pattern(term.toLowerCase(Locale.ROOT)), stems, stems.stream().allMatch(
                EnglishTermFinder::literalStem));
    }

    /**
     * The stem up to the first s or z that {@link #quote} lets vary (analy of analyse, hospitali of hospitalize):
     * the other spelling starts with that part too.
     */
    private static String beforeVariantLetter(String stem) {
        for (int i = 1; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if ((c == 's' || c == 'z') && "iy".indexOf(stem.charAt(i - 1)) >= 0) {
                return stem.substring(0, i);
            }
        }
        return stem;
    }

    /**
     * Whether a match that starts with {@code stem} has it as written: ASCII letters and digits, and no s or z
     * that {@link #quote} lets vary. An empty stem, from an empty alternative, tells nothing.
     */
    private static boolean literalStem(String stem) {
        if (stem.isEmpty()) {
            return false;
        }
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
                    || (c == 's' || c == 'z') && i > 0 && "iy".indexOf(stem.charAt(i - 1)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static Pattern pattern(String term) {
        List<String> alternatives = new ArrayList<>();
        for (String alt : ALTERNATIVES.split(term.strip())) {
            if (!alt.isBlank()) {
                alternatives.add(forms(alt.strip()));
            }
        }
        String body = alternatives.isEmpty() ? "(?!)" : String.join("|", alternatives);
        // A long word may stand inside an English compound: virus in coronavirus, corona in coronavirus.
        String[] words = term.strip().split("[\\s\\-\u2010\u2011\u2013/;|]+");
        boolean looseStart = words.length > 0 && words[0].length() >= LONG_WORD;
        boolean looseEnd = words.length > 0 && words[words.length - 1].length() >= LONG_WORD;
        return Pattern.compile((looseStart ? "" : "(?<![\\p{L}\\p{N}])") + "(?:" + body + ")"
                + (looseEnd ? "" : "(?![\\p{L}\\p{N}])"));
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

    /**
     * {@code s} as a literal pattern, except that z and s between i (or y) and a vowel match either letter:
     * hospitalize and hospitalise, analyze and analyse, organization and organisation. A letter added here must be
     * known to {@link #literalStem} and {@link #beforeVariantLetter} too, or the stems rule its matches out.
     */
    private static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char lower = Character.toLowerCase(c);
            boolean variant = (lower == 'z' || lower == 's') && i > 0 && i + 1 < s.length()
                    && "iy".indexOf(Character.toLowerCase(s.charAt(i - 1))) >= 0
                    && "aeio".indexOf(Character.toLowerCase(s.charAt(i + 1))) >= 0;
            if (variant) {
                out.append("[sz]");
            } else if (Character.isLetterOrDigit(c) || c == ' ') {
                out.append(c);
            } else {
                out.append('\\').append(c);
            }
        }
        return out.toString();
    }

    private static String word(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        StringBuilder alt = new StringBuilder("(?:").append(quote(w)).append(SUFFIX);
        // The glossary may give an inflected form itself: coughing matches cough, cases matches case.
        for (String ending : ENDINGS) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= 4) {
                alt.append('|').append(quote(w.substring(0, w.length() - ending.length()))).append(SUFFIX);
                break;
            }
        }
        if (lower.length() > 2 && Character.isLetter(lower.charAt(lower.length() - 1))) {
            String stem = quote(w.substring(0, w.length() - 1));
            if (lower.endsWith("y")) {
                alt.append('|').append(stem).append("(?:ies|ied|ian)");
            } else if (lower.endsWith("e")) {
                alt.append('|').append(stem).append("(?:ian|ing|ed|ations?|ers?)");
            }
        }
        return alt.append(')').toString();
    }
}

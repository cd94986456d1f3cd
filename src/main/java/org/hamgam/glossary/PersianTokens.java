package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamgam.text.NormalizedText;
import org.hamgam.text.NormalizerOptions;
import org.hamgam.text.PersianNormalizer;

/**
 * Splits Persian text into the words term extraction counts. A word is what lies between spaces or
 * punctuation; its parts may be joined by a ZWNJ or a hyphen (شاهد-۱۳۶, SARS-CoV-2). Each word carries the
 * matcher's folding key (ZWNJ, letter variants and digits unified) and a stem key without a plural or ezafe
 * ending, so that کمک‌های, کمکهای and کمک count as one word.
 */
final class PersianTokens {
    /** One word of a text. */
    record Token(String key, String stem, String surface, boolean breakBefore, boolean number, boolean stop,
                 boolean latin) {
        boolean stripped() {
            return !stem.equals(key);
        }

        /** The surface without the ending the stem dropped, when it is written plainly at the end; else null. */
        String bareSurface() {
            if (!stripped()) {
                return surface;
            }
            String ending = key.substring(stem.length());
            if (!surface.endsWith(ending)) {
                return null;
            }
            String bare = surface.substring(0, surface.length() - ending.length());
            while (bare.endsWith("\u200c")) {
                bare = bare.substring(0, bare.length() - 1);
            }
            return bare.isEmpty() ? null : bare;
        }
    }

    private static final Set<String> ZWNJ_ENDINGS = Set.of("ها", "های", "هایی", "ی", "ای", "یی", "ام", "اش",
            "هایش", "هایشان", "شان", "یش");
    private static final String[] SOLID_PLURALS = {"هایی", "های", "ها"};
    /** Possessive endings of the third person written solid, with a plural before them or not (شرکایش, کشورش). */
    private static final String[] SOLID_POSSESSIVES = {"هایشان", "هایش", "شان", "یش", "ش"};

    /** Spacing is left as written so that names such as HCoV-NL63 keep their form. */
    private final PersianNormalizer normalizer =
            new PersianNormalizer(NormalizerOptions.defaults().withFixSpacing(false));
    private final ExtractionLexicon lexicon;

    PersianTokens(ExtractionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Token> tokens(String text) {
        String normalized = normalize(text);
        Units u = Units.of(normalized);
        List<Token> out = new ArrayList<>();
        boolean pendingBreak = false;
        int start = 0;
        for (int i = 1; i <= u.n; i++) {
            if (i < u.n && u.gap[i] < Fold.SPACE) {
                continue;
            }
            if (i < u.n && u.gap[i] == Fold.HYPHEN) {
                continue;
            }
            if (start < i) {
                out.add(token(u, normalized, start, i, pendingBreak || out.isEmpty()));
            }
            pendingBreak = i < u.n && u.gap[i] >= Fold.JOIN;
            start = i;
        }
        return markFixedExpressions(out);
    }

    /**
     * The words of a compound preposition or conjunction (از جمله, در حالی که) are function words there, and so is
     * one written as a single word (به‌عنوان).
     */
    private static List<Token> markFixedExpressions(List<Token> tokens) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            keys.add(t.key());
        }
        for (int i = 0; i < tokens.size(); i++) {
            int n = FixedExpressions.isJoined(keys.get(i)) ? 1
                    : FixedExpressions.length(keys, i, k -> !tokens.get(k).breakBefore());
            for (int k = i; k < i + n; k++) {
                Token t = tokens.get(k);
                if (!t.stop()) {
                    tokens.set(k, new Token(t.key(), t.stem(), t.surface(), t.breakBefore(), t.number(), true,
                            t.latin()));
                }
            }
            i += Math.max(0, n - 1);
        }
        return tokens;
    }

    private String normalize(String text) {
        try {
            NormalizedText nt = normalizer.normalize(text);
            return nt.text();
        } catch (RuntimeException e) {
            // the folding below covers what the normalizer does to letters
            return text;
        }
    }

    private Token token(Units u, String text, int from, int to, boolean breakBefore) {
        String key = u.key(from, to);
        boolean number = true;
        boolean latin = true;
        for (int i = from; i < to; i++) {
            char c = u.ch[i];
            if (!Fold.isDigitUnit(c)) {
                number = false;
                if (!Fold.isLatinUnit(c)) {
                    latin = false;
                }
            }
        }
        latin = latin && !number;
        number = number || WordClasses.isPersianNumber(key);
        String surface = text.substring(u.pos[from], u.pos[to - 1] + 1);
        String stem = number || latin ? key : stem(u, from, to, key);
        boolean stop = lexicon.isPersianStop(key) || isVerbLike(u, from, to);
        return new Token(key, stem, surface, breakBefore, number, stop, latin);
    }

    /** Progressive and negated verb forms (می‌کنند, نمی‌شود) never begin or end a term. */
    private static boolean isVerbLike(Units u, int from, int to) {
        int firstPartEnd = from + 1;
        while (firstPartEnd < to && u.gap[firstPartEnd] == Fold.NONE) {
            firstPartEnd++;
        }
        if (firstPartEnd >= to || u.gap[firstPartEnd] != Fold.SOFT) {
            return false;
        }
        String first = u.key(from, firstPartEnd);
        return first.equals("می") || first.equals("نمی");
    }

    /**
     * The word without a plural, ezafe or possessive ending written after a ZWNJ (unless the general lexicon lists
     * the whole as an adjective in ای), or without a plural or a possessive of the third person written solid when what is left is a
     * word of the general lexicon and the whole is not (کتابها, not انتهای; بیماران, not درمان; کشورش, not آرامش).
     */
    private String stem(Units u, int from, int to, String key) {
        int lastPart = to - 1;
        while (lastPart > from && u.gap[lastPart] == Fold.NONE) {
            lastPart--;
        }
        if (lastPart > from && u.gap[lastPart] == Fold.SOFT && lastPart - from >= 2) {
            String ending = u.key(lastPart, to);
            if (ZWNJ_ENDINGS.contains(ending)) {
                // ای can make an adjective of its own (هسته‌ای nuclear, منطقه‌ای regional), kept whole when the
                // lexicon lists it; the ezafe ی and the plural never do
                boolean adjective = ending.equals("ای") && lexicon.isListed(key);
                return adjective ? key : u.key(from, lastPart);
            }
        }
        // a word the lexicon lists less an ending is taken for that word inflected only when the lexicon does not
        // list the whole: پهپادهای is پهپاد, a word the lexicon lists without a count, but آرامش is no آرام with ش
        boolean unlisted = !lexicon.isListed(key);
        for (String plural : SOLID_PLURALS) {
            if (key.length() - plural.length() >= 3 && key.endsWith(plural)) {
                String rest = key.substring(0, key.length() - plural.length());
                if (lexicon.isKnownWord(rest) || unlisted && listedWord(rest)) {
                    return rest;
                }
            }
        }
        if (unlisted) {
            for (String possessive : SOLID_POSSESSIVES) {
                if (key.length() - possessive.length() < 3 || !key.endsWith(possessive)) {
                    continue;
                }
                String rest = key.substring(0, key.length() - possessive.length());
                if ((lexicon.isKnownWord(rest) || listedWord(rest))
                        && (!possessive.equals("یش") || rest.endsWith("ا") || rest.endsWith("و"))) {
                    return rest;
                }
            }
        }
        return WordClasses.animateSingular(key, lexicon);
    }

    /**
     * A word the lexicon lists without a count, long enough not to be one of the many short fragments and loans it
     * lists too (انت, which انتهای is not the plural of).
     */
    private boolean listedWord(String key) {
        return key.length() >= 4 && lexicon.isListed(key);
    }
}

package org.hamgam.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.text.Letters;

/**
 * The same source translated differently, or the same translation given to different sources, within the pairs
 * checked together (a document or a whole run). Texts are compared up to spacing, case, digit system and a
 * final full stop. The first occurrence is the reference; each later pair that departs from it is reported, with
 * the reference as the suggestion, at the severity {@link Renderings} gives the difference: synonyms, word order
 * and inflection are hints, as both renderings are usually right.
 */
final class InconsistentCheck implements Check {
    static final String CODE = "inconsistent";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Issue> check(List<QaPair> pairs) {
        // Sized for every pair at once: growing a table a document long rehashes it again and again.
        int capacity = (int) (pairs.size() / 0.75f) + 1;
        Map<Long, Integer> firstBySource = new HashMap<>(capacity);
        Map<Long, Integer> firstByTarget = new HashMap<>(capacity);
        long[] sourceKeys = new long[pairs.size()];
        long[] targetKeys = new long[pairs.size()];
        List<Issue> out = new ArrayList<>();
        WordEvidence evidence = new WordEvidence(pairs);
        for (int i = 0; i < pairs.size(); i++) {
            QaPair p = pairs.get(i);
            if (Letters.isBlank(p.source()) || Letters.isBlank(p.target())) {
                continue;
            }
            sourceKeys[i] = hash(p.source());
            targetKeys[i] = hash(p.target());
            Integer bySource = firstBySource.putIfAbsent(sourceKeys[i], i);
            Integer byTarget = firstByTarget.putIfAbsent(targetKeys[i], i);
            if (bySource != null && !same(pairs.get(bySource).source(), p.source())) {
                bySource = null;
            }
            if (byTarget != null && !same(pairs.get(byTarget).target(), p.target())) {
                byTarget = null;
            }
            if (bySource != null && !same(pairs.get(bySource).target(), p.target())) {
                out.add(translatedDifferently(pairs, i, bySource, evidence));
                continue;
            }
            // Short targets ("Yes.", a name) may rightly serve several sources.
            if (byTarget != null && !same(pairs.get(byTarget).source(), p.source()) && hasWords(p.target(), 3)) {
                QaPair ref = pairs.get(byTarget);
                out.add(new Issue(CODE, Severity.INFO, p.id(), 0, p.target().length(),
                        "The same translation is given to a different source in " + ref.id() + ": \""
                                + ref.source() + "\".", ""));
            }
        }
        return out;
    }

    /**
     * The finding on pair {@code at}, whose source pair {@code first} translated otherwise: a warning for one word
     * spelled two ways, for renderings with less than half their words in common, and for a rendering with a word
     * that the other pairs give for Persian this source lacks; a hint for renderings likely both right.
     */
    private static Issue translatedDifferently(List<QaPair> pairs, int at, int first, WordEvidence evidence) {
        QaPair p = pairs.get(at);
        QaPair ref = pairs.get(first);
        String says = "The same source is translated differently in " + ref.id() + ": \"" + ref.target() + "\"";
        Renderings.Difference difference = Renderings.compare(p.target(), ref.target());
        if (difference == Renderings.Difference.VARIANT) {
            for (String word : Renderings.differingWords(p.target(), ref.target())) {
                String usual = evidence.unexplained(word, at, first);
                if (usual != null) {
                    return new Issue(CODE, Severity.WARNING, p.id(), 0, p.target().length(), says + "; \"" + word
                            + "\" translates \"" + usual + "\" elsewhere, which this source does not say.",
                            ref.target());
                }
            }
        }
        String currencies = difference == Renderings.Difference.SPELLING ? otherCurrency(p.target(), ref.target())
                : null;
        if (currencies != null) {
            // "$12,000" and "12,000 tomans" differ by one token, but in what they say, not how they spell it.
            return new Issue(CODE, Severity.WARNING, p.id(), 0, p.target().length(), says + ", " + currencies
                    + "; the source names one currency: check which.", "");
        }
        return switch (difference) {
            case SPELLING -> new Issue(CODE, Severity.WARNING, p.id(), 0, p.target().length(),
                    says + ", the same words spelled another way; choose one.", ref.target());
            case DIFFERENT -> new Issue(CODE, Severity.WARNING, p.id(), 0, p.target().length(), says + ".",
                    ref.target());
            case HYPHENATION, VARIANT -> new Issue(CODE, Severity.INFO, p.id(), 0, p.target().length(),
                    says + "; both may be right.", ref.target());
        };
    }

    /** "in tomans where it has dollars" when two renderings name different currencies, else null. */
    private static String otherCurrency(String target, String other) {
        String a = target.toLowerCase(java.util.Locale.ROOT);
        String b = other.toLowerCase(java.util.Locale.ROOT);
        for (Currencies.Currency mine : Currencies.ALL) {
            if (Currencies.rendered(mine, a) && !Currencies.rendered(mine, b)) {
                for (Currencies.Currency theirs : Currencies.ALL) {
                    if (Currencies.rendered(theirs, b) && !Currencies.rendered(theirs, a)) {
                        return "in " + mine.name() + " where it has " + theirs.name();
                    }
                }
            }
        }
        return null;
    }

    /** A hash of the comparison key of {@code text}, computed without building the key. */
    static long hash(String text) {
        int end = keyEnd(text);
        long h = 1125899906842597L;
        boolean pendingSpace = false;
        boolean any = false;
        for (int i = 0; i < end; i++) {
            char k = TextKey.keyChar(text.charAt(i));
            if (k == ' ') {
                pendingSpace = any;
                continue;
            }
            if (k == 0) {
                continue;
            }
            if (pendingSpace) {
                h = 31 * h + ' ';
                pendingSpace = false;
            }
            h = 31 * h + k;
            any = true;
        }
        return h;
    }

    private static int keyEnd(String text) {
        int end = text.length();
        while (end > 0) {
            char c = text.charAt(end - 1);
            if (!Letters.isSpaceOrZwsp(c) && !isFinalMark(c) && TextKey.keyChar(c) != 0) {
                break;
            }
            end--;
        }
        return end;
    }

    private static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    static String key(String text) {
        String k = TextKey.key(text);
        int end = k.length();
        while (end > 0 && isFinalMark(k.charAt(end - 1))) {
            end--;
        }
        return k.substring(0, end);
    }

    private static boolean isFinalMark(char c) {
        return c == '.' || c == '\u06D4' || c == ' ';
    }

    private static boolean hasWords(String text, int min) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words >= min;
    }
}

package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Term;
import org.hamgam.model.TermHit;
import org.hamgam.text.NormalizedText;
import org.hamgam.text.NormalizerOptions;
import org.hamgam.text.PersianNormalizer;

/**
 * Finds a glossary's terms in Persian text however it writes them, and their English in English text.
 *
 * <p>Persian: parts joined by ZWNJ, space or nothing; Arabic or Persian letters; any digit system; with or
 * without hamza and diacritics; a kashida or hyphen between a name and its number; the variants the glossary
 * lists; plural, ezafe, indefinite and possessive endings on the last word, plural and ezafe on the head word of
 * a multi-word term. Only whole words match, and the words of a term must be adjacent. English: case-insensitive
 * unless the term is an acronym, plural -s/-es/-ies, hyphen or space between parts.
 *
 * <p>Where matches overlap the longest wins, then the earlier one, then the term of higher priority; a hit's
 * offsets are UTF-16 offsets into the text given, end exclusive, and its surface includes the endings matched.
 * Building costs one pass over the terms; matching one pass over the text with a walk of a character trie from
 * each word start. Immutable and thread-safe after construction.
 */
public final class TermMatcher {
    private final List<Term> terms;
    private final PersianNormalizer normalizer;
    private final Automaton persian;
    private final Automaton english;
    private final boolean[] acronym;

    /**
     * A matcher that normalizes text with the {@link PersianNormalizer} defaults less ZWNJ repair. The matcher
     * folds a ZWNJ and nothing alike, so repair would not change which glossary terms are found, and it is the
     * costliest step of normalization.
     */
    public TermMatcher(Glossary glossary) {
        this(glossary, new PersianNormalizer(NormalizerOptions.defaults().withRepairZwnj(false)));
    }

    /**
     * A matcher that normalizes text with {@code normalizer}. With ZWNJ repair the hits are the same except where
     * repair turns a space into a ZWNJ (می شود → می‌شود), which makes the second part no longer a word of its own.
     */
    public TermMatcher(Glossary glossary, PersianNormalizer normalizer) {
        this.normalizer = java.util.Objects.requireNonNull(normalizer, "normalizer");
        this.terms = glossary.terms();
        Trie.Builder fa = new Trie.Builder();
        Trie.Builder en = new Trie.Builder();
        acronym = new boolean[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            addAll(fa, Forms.persian(term.source()), t);
            for (String variant : term.variants()) {
                addAll(fa, Forms.persian(variant), t);
            }
            addAll(en, Forms.english(term.target()), t);
            acronym[t] = isAcronym(term.target());
        }
        persian = new Automaton(fa.build(), true);
        english = new Automaton(en.build(), false);
    }

    private static void addAll(Trie.Builder trie, List<Forms.Path> paths, int term) {
        for (Forms.Path p : paths) {
            trie.add(p.words(), p.seps(), term);
        }
    }

    /** Two or more letters and none of them lower case: AIDS is not aids. */
    private static boolean isAcronym(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** The terms found in {@code persianText}, by start offset. */
    public List<TermHit> find(String persianText) {
        NormalizedText nt = normalize(persianText);
        Units u = Units.of(nt.text());
        List<TermHit> hits = new ArrayList<>();
        for (Automaton.Match m : persian.find(u)) {
            int start = nt.toOriginal(u.pos[m.start()]);
            int end = nt.toOriginal(u.pos[m.end() - 1] + 1);
            hits.add(hit(persianText, m.term(), start, end));
        }
        return hits;
    }

    /**
     * The matcher's own folding covers what the normalizer does to letters, so text the normalizer rejects is
     * still matched, as written, rather than failing a whole document.
     */
    private NormalizedText normalize(String text) {
        try {
            return normalizer.normalize(text);
        } catch (RuntimeException e) {
            return NormalizedText.identity(text);
        }
    }

    /** The terms whose English is found in {@code englishText}, by start offset. */
    public List<TermHit> findTarget(String englishText) {
        Units u = Units.of(englishText);
        List<TermHit> hits = new ArrayList<>();
        for (Automaton.Match m : english.find(u)) {
            int start = u.pos[m.start()];
            int end = u.pos[m.end() - 1] + 1;
            if (acronym[m.term()] && hasLowerCase(englishText, start, u.pos[m.coreEnd() - 1] + 1)) {
                continue;
            }
            hits.add(hit(englishText, m.term(), start, end));
        }
        return hits;
    }

    private static boolean hasLowerCase(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private TermHit hit(String text, int termIndex, int start, int end) {
        // characters the normalizer dropped after the last letter (bidi marks, kashida) are not part of the word
        while (end > start + 1 && !isWordChar(text.charAt(end - 1))) {
            end--;
        }
        Term t = terms.get(termIndex);
        return new TermHit(t.id(), t.source(), t.target(), start, end, text.substring(start, end),
                t.targetVariants());
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** The glossary's terms in priority order, as the hits' term ids refer to them. */
    public List<Term> terms() {
        return terms;
    }
}

package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamgam.model.Term;

/**
 * An immutable set of terms from one or more term bases, in priority order (lower {@link Term#priority()} first,
 * then the order the term bases listed them), with the warnings met while reading and merging them.
 *
 * <p>Two entries whose Persian folds to the same key (see {@link Fold}: ZWNJ, space or nothing between parts,
 * letter variants, hamza) and whose English is the same up to case and spacing are exact duplicates: the first
 * is kept, and the second's spelling and variants become variants of the first. Entries with the same Persian
 * and different English are a conflict: both are kept (the matcher prefers the first) and a warning names both.
 */
public final class Glossary {
    private static final Glossary EMPTY = new Glossary(List.of(), List.of());

    private final List<Term> terms;
    private final List<String> warnings;

    private Glossary(List<Term> terms, List<String> warnings) {
        this.terms = List.copyOf(terms);
        this.warnings = List.copyOf(warnings);
    }

    public static Glossary empty() {
        return EMPTY;
    }

    /** A glossary of {@code terms}, duplicates merged and conflicts reported as described above. */
    public static Glossary of(List<Term> terms) {
        return build(terms, List.of());
    }

    /**
     * Several glossaries as one: terms ordered by priority, then by their glossary's position in the list;
     * duplicates across glossaries merged and conflicts reported.
     */
    public static Glossary merge(List<Glossary> glossaries) {
        List<Term> all = new ArrayList<>();
        List<String> rowWarnings = new ArrayList<>();
        for (Glossary g : glossaries) {
            all.addAll(g.terms);
            for (String w : g.warnings) {
                if (!w.startsWith(CONFLICT)) {
                    rowWarnings.add(w);
                }
            }
        }
        return build(all, rowWarnings);
    }

    private static final String CONFLICT = "conflicting translations: ";

    /** Builds a glossary from terms read from a source, with the warnings about its bad rows. */
    static Glossary build(List<Term> input, List<String> rowWarnings) {
        List<Term> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparingInt(Term::priority)); // stable: keeps the term bases' order
        List<Term> kept = new ArrayList<>();
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<String> warnings = new ArrayList<>(rowWarnings);
        for (Term t : sorted) {
            String key = TermKeys.persian(t.source());
            List<Integer> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            Integer duplicateOf = null;
            for (int index : same) {
                if (sameTarget(kept.get(index).target(), t.target())) {
                    duplicateOf = index;
                    break;
                }
            }
            if (duplicateOf != null) {
                kept.set(duplicateOf, absorb(kept.get(duplicateOf), t));
                continue;
            }
            for (int index : same) {
                Term other = kept.get(index);
                warnings.add(CONFLICT + "«" + t.source() + "» is '" + other.target() + "' (" + other.origin()
                        + ") and '" + t.target() + "' (" + t.origin() + ")");
            }
            same.add(kept.size());
            kept.add(t);
        }
        return kept.isEmpty() && warnings.isEmpty() ? EMPTY : new Glossary(kept, warnings);
    }

    private static Term absorb(Term first, Term duplicate) {
        Set<String> variants = new LinkedHashSet<>(first.variants());
        if (!duplicate.source().equals(first.source())) {
            variants.add(duplicate.source());
        }
        variants.addAll(duplicate.variants());
        variants.remove(first.source());
        String note = first.note().isEmpty() ? duplicate.note() : first.note();
        Set<String> synonyms = new LinkedHashSet<>(first.targetVariants());
        synonyms.addAll(duplicate.targetVariants());
        return new Term(first.id(), first.source(), first.target(), note, List.copyOf(variants), first.origin(),
                first.priority(), List.copyOf(synonyms));
    }

    private static boolean sameTarget(String a, String b) {
        return TermKeys.english(a).equals(TermKeys.english(b));
    }

    /** This glossary with {@code more} warnings before its own (notes about where it was loaded from). */
    public Glossary withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(more);
        all.addAll(warnings);
        return new Glossary(terms, all);
    }

    /**
     * This glossary with each Persian term written as {@code repair} writes it, e.g. as the normalizer writes the
     * text ({@code تفاهم نامه} → {@code تفاهم‌نامه}), so that the terms a run hands on (OmegaT's glossary, XLIFF's)
     * read as its segments do. The spelling as written is not kept as a variant, nor is a listed variant with the
     * term's key: matching finds them all the same under it, and as variants they would be handed on too.
     */
    public Glossary withSources(java.util.function.UnaryOperator<String> repair) {
        return withSources(repair, false);
    }

    /**
     * As {@link #withSources(java.util.function.UnaryOperator)}; with {@code keepWritten}, a term whose spelling
     * the repair changed keeps the spelling as written as a variant, for a term base whose format gives a term's
     * further spellings a place of their own (a TBX entry's second term).
     */
    public Glossary withSources(java.util.function.UnaryOperator<String> repair, boolean keepWritten) {
        if (terms.isEmpty()) {
            return this;
        }
        List<Term> repaired = new ArrayList<>(terms.size());
        for (Term t : terms) {
            String source = repair.apply(t.source());
            List<String> variants = t.variants();
            if (keepWritten && !source.equals(t.source()) && !variants.contains(t.source())) {
                variants = new ArrayList<>(variants);
                variants.add(0, t.source());
            } else if (!keepWritten) {
                // a listed spelling with the term's key (a TBX's second term as written) is found all the same
                String key = TermKeys.persian(source);
                variants = variants.stream().filter(v -> !TermKeys.persian(v).equals(key)).toList();
            }
            repaired.add(new Term(t.id(), source, t.target(), t.note(), variants, t.origin(), t.priority(),
                    t.targetVariants()));
        }
        return new Glossary(repaired, warnings);
    }

    /** The terms, highest priority first. */
    public List<Term> terms() {
        return terms;
    }

    /** Bad rows as {@code file:line: message}, then conflicting translations. */
    public List<String> warnings() {
        return warnings;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public int size() {
        return terms.size();
    }

    @Override
    public String toString() {
        return "Glossary[" + terms.size() + " terms, " + warnings.size() + " warnings]";
    }
}

package org.hamgam.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamgam.glossary.Glossary;
import org.hamgam.model.Term;
import org.hamgam.model.TermHit;

/**
 * Every translation a glossary gives one Persian term. A glossary may list a term several times with different
 * English (درمان کووید ۱۹: covid-19 cure, covid-19 treatment; بیماری: sickness, illness), and an entry may name
 * English variants itself: a TBX entry's further English terms, the phrases its comment accepts
 * ({@link CommentVariants}: {@code also "America" / "American"}). A matcher reports one entry per place in the
 * text; the terminology check accepts any of them only if it is told about them. Build once per glossary;
 * immutable and thread-safe.
 */
public final class TermAlternatives {
    /** For each term id with alternatives, the other entries with its Persian; terms without any are absent. */
    private final Map<String, List<Term>> othersById = new HashMap<>();
    /**
     * For each term id whose entry lists English variants (TBX synonyms, phrases its comment accepts), those
     * variants; terms without any are absent.
     */
    private final Map<String, List<String>> variantsById = new HashMap<>();

    /** The alternatives of every term of {@code glossary}, its variants' spellings included. */
    public TermAlternatives(Glossary glossary) {
        Map<String, List<Term>> byKey = new LinkedHashMap<>();
        for (Term t : glossary.terms()) {
            byKey.computeIfAbsent(persianKey(t.source()), k -> new ArrayList<>(2)).add(t);
            for (String variant : t.variants()) {
                List<Term> same = byKey.computeIfAbsent(persianKey(variant), k -> new ArrayList<>(2));
                if (!same.contains(t)) {
                    same.add(t);
                }
            }
        }
        for (Term t : glossary.terms()) {
            List<String> english = englishVariants(t);
            if (!english.isEmpty()) {
                variantsById.put(t.id(), english);
            }
        }
        for (Term t : glossary.terms()) {
            List<Term> same = byKey.get(persianKey(t.source()));
            if (same.size() > 1) {
                othersById.put(t.id(), same.stream().filter(o -> !o.id().equals(t.id())).toList());
            }
        }
    }

    /**
     * {@code hits} with, after each, a hit at the same place for every other entry of the glossary with the same
     * Persian; the order of the hits given is kept.
     */
    public List<TermHit> expand(List<TermHit> hits) {
        if (hits.isEmpty() || othersById.isEmpty() && variantsById.isEmpty()) {
            return hits;
        }
        List<TermHit> out = null;
        for (int i = 0; i < hits.size(); i++) {
            TermHit h = hits.get(i);
            List<Term> others = othersById.get(h.termId());
            List<String> english = variantsById.get(h.termId());
            if (others == null && english == null) {
                if (out != null) {
                    out.add(h);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(hits.subList(0, i));
            }
            out.add(h);
            variants(h, h.termId(), h.source(), out);
            for (Term t : others == null ? List.<Term>of() : others) {
                out.add(new TermHit(t.id(), t.source(), t.target(), h.start(), h.end(), h.surface()));
                variants(h, t.id(), t.source(), out);
            }
        }
        return out == null ? hits : out;
    }

    /** A hit at {@code h}'s place for each English variant of the entry {@code id}. */
    private void variants(TermHit h, String id, String source, List<TermHit> out) {
        for (String english : variantsById.getOrDefault(id, List.of())) {
            out.add(new TermHit(id, source, english, h.start(), h.end(), h.surface()));
        }
    }

    /** The English a term accepts besides its target: its synonyms and the phrases its comment names. */
    private static List<String> englishVariants(Term t) {
        List<String> out = new ArrayList<>(t.targetVariants());
        for (String v : CommentVariants.of(t.note())) {
            if (!out.contains(v) && !v.equalsIgnoreCase(t.target().strip())) {
                out.add(v);
            }
        }
        return out;
    }

    /** A Persian term as a key: two spellings of one term (ZWNJ or space or nothing, letter variants) meet. */
    static String persianKey(String persian) {
        return TextKey.key(persian).replace(" ", "");
    }
}

package org.hamgam.glossary;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells an English translation that is the start of a longer English phrase, lacking its head (angiotensin-converting
 * of angiotensin-converting enzyme, electron of electron microscope), from one that stands on its own: the C-value's
 * nesting, on the English side. When the word alignment links a Persian term to part of its English, that part is
 * found almost only before the rest, to which the alignment links some other candidate; a term of its own (chest beside chest
 * pain) also occurs without it. A phrase found after a modifier (spike protein in coronavirus spike protein) has its
 * head and may well be a term.
 */
final class EnglishFragments {
    private final Map<String, TargetStats> targets;
    private final Map<String, Integer> nested = new HashMap<>();
    private final double share;

    /**
     * @param targets  English phrases with their pair frequencies
     * @param proposed the English phrases candidates are linked to, each once (keys of {@code targets})
     * @param share    the share of a phrase's pairs that one longer such phrase starting with it must have
     */
    EnglishFragments(Map<String, TargetStats> targets, Collection<String> proposed, double share) {
        this.targets = targets;
        this.share = share;
        for (String phrase : proposed) {
            int df = targets.get(phrase).df;
            for (int sp = phrase.indexOf(' '); sp > 0; sp = phrase.indexOf(' ', sp + 1)) {
                nested.merge(phrase.substring(0, sp), df, Math::max);
            }
        }
    }

    /** Whether the English {@code key} occurs mostly at the start of one longer phrase a candidate is linked to. */
    boolean isFragment(String key) {
        TargetStats own = targets.get(key);
        int inside = nested.getOrDefault(key, 0);
        return own != null && own.df > 0 && inside >= share * own.df;
    }
}

package org.hamgam.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.model.TermHit;
import org.hamgam.text.Letters;

/**
 * A glossary term found in the source whose translation is missing from the target. The term counts as
 * translated when the glossary matcher found in the target the English of the same term or of any entry with the
 * same Persian (a glossary may give several translations of one term), when the target holds the English term with
 * an inflection or a glued-on ending ({@link EnglishTermFinder}), when the target's words have the same stems as
 * the term's words, together in either order ({@link StemmedText}: virus/viral, immunity/immune, fight the virus /
 * fight against the virus, medicine/medication), when the parts of a one-word term are written apart with a hyphen
 * (lock-downs for lockdown), or when a name stands for its acronym or the other way round ({@link Acronyms}).
 *
 * <p>A glossary states the required translation, so a term whose English is absent is a {@code warning}, however
 * faithful the other words may be, and however consistently a document uses them: the reviewer decides whether
 * the deviation stands. The message says what the target has instead when that helps the decision: some of the
 * term's words (the outbreak for disease outbreak) or the glossary's English for a part of the term (precautions
 * for protective measures). Only a term whose words are all in the target, but not as one phrase, is
 * {@code info}: the translation likely follows the glossary in a sentence turned round.
 */
final class TerminologyCheck extends PairCheck {
    static final String CODE = "terminology";

    private final EnglishTermFinder finder = new EnglishTermFinder();
    /** Each glossary translation's alternatives as word stems, shared between threads. */
    private final Map<String, List<Stems>> stems = new ConcurrentHashMap<>();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final Map<String, String> lowers = new ConcurrentHashMap<>();
    /** Bounds each cache: a check may run over many documents with many glossaries. */
    private static final int MAX_CACHED = 100_000;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    void check(QaPair pair, List<Issue> out) {
        if (pair.sourceTerms().isEmpty() || Letters.isBlank(pair.target())) {
            return;
        }
        String lowerTarget = null;
        // A pair has few hits: plain arrays searched in turn beat hash tables built for each pair.
        Found found = new Found(pair.targetTerms().size());
        for (TermHit hit : pair.targetTerms()) {
            found.add(hit.termId());
            found.add(lower(hit.target()));
            // Another entry with the same Persian: one of the glossary's translations of the term.
            found.add(key(hit.source()));
        }
        // Hits of the same Persian term are alternatives: a glossary may give several translations of one term.
        List<String> termKeys = new ArrayList<>(pair.sourceTerms().size());
        List<List<TermHit>> terms = new ArrayList<>(pair.sourceTerms().size());
        for (TermHit hit : pair.sourceTerms()) {
            if (!hit.target().isBlank()) {
                String k = key(hit.source());
                int at = termKeys.indexOf(k);
                if (at < 0) {
                    termKeys.add(k);
                    terms.add(new ArrayList<>(2));
                    at = terms.size() - 1;
                }
                terms.get(at).add(hit);
            }
        }
        StemmedText[] stemmed = new StemmedText[1];
        String joined = null;
        for (int t = 0; t < terms.size(); t++) {
            String termKey = termKeys.get(t);
            List<TermHit> alternatives = terms.get(t);
            if (found.contains(termKey) || matched(alternatives, found)) {
                continue;
            }
            if (lowerTarget == null) {
                // Made only now: a target in which the matcher found every term needs none.
                lowerTarget = pair.target().toLowerCase(Locale.ROOT);
            }
            if (inflected(alternatives, lowerTarget) || Acronyms.present(alternatives, pair.target())
                    || Currencies.present(alternatives, pair.target())) {
                continue;
            }
            int present = stemsPresent(alternatives, lowerTarget, stemmed);
            if (present == NONE && joined == null) {
                joined = hyphensJoined(lowerTarget);
            }
            if (present == ALL || present == NONE && joined != lowerTarget && joinedPresent(alternatives, joined)) {
                continue;
            }
            String part = present == NONE ? partRendered(termKey, pair.targetTerms()) : null;
            String note = present == SCATTERED ? " The target has its words, not as one phrase."
                    : present == SOME ? " The target has some of its words."
                    : part != null ? " The target has \"" + part + "\", the glossary's English for a part of it." : "";
            out.add(issue(pair, alternatives, present == SCATTERED ? Severity.INFO : Severity.WARNING, note));
        }
    }

    /**
     * The finding that none of a term's {@code alternatives} is in the target of {@code pair}. It states the
     * glossary entry's requirement, so it quotes the entry's Persian: the text may write the term with a space where
     * the entry has a ZWNJ, and every row that misses the term then quotes it alike, as the terms column does.
     */
    private static Issue issue(QaPair pair, List<TermHit> alternatives, Severity severity, String note) {
        TermHit first = alternatives.get(0);
        StringBuilder wanted = new StringBuilder();
        for (TermHit hit : alternatives) {
            String english = hit.target().strip();
            if (wanted.indexOf("\"" + english + "\"") < 0) {
                wanted.append(wanted.isEmpty() ? "" : " or ").append('"').append(english).append('"');
            }
        }
        return new Issue(CODE, severity, pair.id(), -1, -1,
                "The term \"" + first.source().strip() + "\" should be translated as " + wanted + "." + note,
                first.target().strip());
    }

    /**
     * The English in the target of a glossary term that is part of this one, or null: precautions for «اقدامات
     * احتیاطی» (protective measures), where «احتیاط» is precaution. The translator rendered the term's core.
     */
    private String partRendered(String termKey, List<TermHit> targetTerms) {
        for (TermHit hit : targetTerms) {
            String part = key(hit.source());
            if (part.length() >= 3 && part.length() < termKey.length() && termKey.contains(part)) {
                return hit.surface();
            }
        }
        return null;
    }

    /** The strings a pair's target hits stand for: term ids, English in lower case, Persian keys. */
    private static final class Found {
        private String[] items;
        private int size;

        Found(int hits) {
            items = new String[3 * hits];
        }

        void add(String s) {
            items[size++] = s;
        }

        boolean contains(String s) {
            for (int i = 0; i < size; i++) {
                if (items[i].equals(s)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether the matcher found in the target one of the alternatives, by its id or its English. */
    private boolean matched(List<TermHit> alternatives, Found found) {
        for (TermHit hit : alternatives) {
            if (found.contains(hit.termId()) || found.contains(lower(hit.target().strip()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the target holds the English of one of the alternatives, inflected or not. */
    private boolean inflected(List<TermHit> alternatives, String lowerTarget) {
        for (TermHit hit : alternatives) {
            if (finder.contains(lowerTarget, hit.target().strip())) {
                return true;
            }
        }
        return false;
    }

    private static final int NONE = 0;
    private static final int SOME = 1;
    private static final int SCATTERED = 2;
    private static final int ALL = 3;

    /**
     * Whether the target has every word of one alternative with the same stem, together in either order
     * ({@link #ALL}), every word but apart ({@link #SCATTERED}), only some of the words of a term of several
     * ({@link #SOME}), or none ({@link #NONE}); stems computed once.
     */
    private int stemsPresent(List<TermHit> alternatives, String lowerTarget, StemmedText[] stemmed) {
        int best = NONE;
        for (TermHit hit : alternatives) {
            for (Stems alternative : termStemsOf(hit.target())) {
                List<String> term = alternative.stems();
                // Every related word starts with the stem's probe: one absent rules the whole term out cheaply.
                boolean all = true;
                for (String probe : alternative.probes()) {
                    if (!lowerTarget.contains(probe)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    if (stemmed[0] == null) {
                        stemmed[0] = StemmedText.ofLowerCase(lowerTarget);
                    }
                    if (stemmed[0].contains(term)) {
                        return ALL;
                    }
                    if (best < SCATTERED && term.size() > 1 && stemmed[0].containsAll(term)) {
                        best = SCATTERED;
                    }
                }
                if (best == NONE && term.size() > 1 && StemmedText.hasWordWithStem(lowerTarget, term)) {
                    best = SOME;
                }
            }
        }
        return best;
    }

    /** The stems of one alternative of a glossary translation, and the {@link StemmedText#probe} of each. */
    private record Stems(List<String> stems, String[] probes) {
        static Stems of(List<String> stems) {
            return new Stems(stems, stems.stream().map(StemmedText::probe).toArray(String[]::new));
        }
    }

    /** The stems of each alternative of a glossary translation, remembered. */
    private List<Stems> termStemsOf(String english) {
        List<Stems> s = stems.get(english);
        if (s == null) {
            s = termStems(english.strip());
            if (stems.size() < MAX_CACHED) {
                stems.put(english, s);
            }
        }
        return s;
    }

    private static List<Stems> termStems(String english) {
        List<Stems> out = new ArrayList<>();
        for (String alt : EnglishTermFinder.ALTERNATIVES.split(english)) {
            List<String> term = StemmedText.termStems(alt);
            if (!term.isEmpty()) {
                out.add(Stems.of(term));
            }
        }
        return out;
    }

    /**
     * Whether a one-word term is in the target with its parts written apart by a hyphen: lock-downs for lockdown,
     * e-mail for email. Asked only of a term not found otherwise, with {@code joined} the target in lower case
     * without those hyphens.
     */
    private boolean joinedPresent(List<TermHit> alternatives, String joined) {
        for (TermHit hit : alternatives) {
            String english = hit.target().strip();
            if (english.indexOf(' ') < 0 && english.indexOf('-') < 0 && finder.contains(joined, english)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} without the hyphens between two letters; {@code text} itself if it has none. */
    private static String hyphensJoined(String text) {
        StringBuilder b = null;
        int from = 0;
        for (int i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
            if (i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1))) {
                if (b == null) {
                    b = new StringBuilder(text.length());
                }
                b.append(text, from, i);
                from = i + 1;
            }
        }
        return b == null ? text : b.append(text, from, text.length()).toString();
    }

    /** {@link TermAlternatives#persianKey}, remembered: a document names the same few terms again and again. */
    private String key(String persian) {
        String k = keys.get(persian);
        if (k == null) {
            k = TermAlternatives.persianKey(persian);
            if (keys.size() < MAX_CACHED) {
                keys.put(persian, k);
            }
        }
        return k;
    }

    /** A glossary translation stripped and in lower case, remembered. */
    private String lower(String s) {
        String l = lowers.get(s);
        if (l == null) {
            l = s.strip().toLowerCase(Locale.ROOT);
            if (lowers.size() < MAX_CACHED) {
                lowers.put(s, l);
            }
        }
        return l;
    }
}

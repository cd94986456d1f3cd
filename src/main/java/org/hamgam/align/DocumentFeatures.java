package org.hamgam.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;

/** What the scorers need to know about one document: lengths, paragraphs, joins, words and the features of each signal. */
final class DocumentFeatures {
    final int[] lengths;
    final int[] paragraphs;
    /** {@code joins[i]}: segments {@code i} and {@code i + 1} may be pieces of one sentence ({@link Joins}). */
    final boolean[] joins;
    final List<List<String>> words = new ArrayList<>();
    final List<List<String>> numbers = new ArrayList<>();
    final List<List<String>> cognates = new ArrayList<>();
    final List<List<String>> names = new ArrayList<>();
    final List<List<String>> punctuation = new ArrayList<>();
    final List<List<String>> terms = new ArrayList<>();

    DocumentFeatures(List<Segment> segments, List<List<TermHit>> hits, boolean sourceSide) {
        int n = segments.size();
        lengths = new int[n];
        paragraphs = new int[n];
        joins = Joins.of(segments);
        boolean haveTerms = hits.size() == n;
        // Word-level features depend on the word alone, and most words of a document recur (transliterating
        // every occurrence of a name was the largest cost of building these features).
        Map<String, List<String>> wordCognates = new HashMap<>();
        Map<String, List<String>> wordNames = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Segment s = segments.get(i);
            String text = s.text();
            lengths[i] = text.strip().length();
            paragraphs[i] = s.paragraph();
            List<String> w = Tokens.words(text);
            words.add(w);
            numbers.add(Signals.numbers(text));
            List<String> c = new ArrayList<>();
            List<String> nm = new ArrayList<>();
            for (String word : w) {
                c.addAll(wordCognates.computeIfAbsent(word, x -> {
                    List<String> out = new ArrayList<>(2);
                    Signals.cognates(x, out);
                    return out;
                }));
                nm.addAll(wordNames.computeIfAbsent(word, x -> {
                    List<String> out = new ArrayList<>(2);
                    Signals.names(x, sourceSide, out);
                    return out;
                }));
            }
            cognates.add(c);
            names.add(nm);
            punctuation.add(Signals.punctuation(text));
            terms.add(haveTerms ? Signals.terms(hits.get(i)) : List.of());
        }
    }

    long totalLength() {
        long t = 0;
        for (int l : lengths) {
            t += l;
        }
        return t;
    }
}

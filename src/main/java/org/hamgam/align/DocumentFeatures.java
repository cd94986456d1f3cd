package org.hamgam.align;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;

/** What the scorers need to know about one document: lengths, paragraphs, words and the features of each signal. */
final class DocumentFeatures {
    final int[] lengths;
    final int[] paragraphs;
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
        boolean haveTerms = hits.size() == n;
        for (int i = 0; i < n; i++) {
            Segment s = segments.get(i);
            String text = s.text();
            lengths[i] = text.strip().length();
            paragraphs[i] = s.paragraph();
            List<String> w = Tokens.words(text);
            words.add(w);
            numbers.add(Signals.numbers(text));
            cognates.add(Signals.cognates(w));
            names.add(Signals.names(w, sourceSide));
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

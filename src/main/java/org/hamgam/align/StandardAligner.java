package org.hamgam.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamgam.model.Bead;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;

/**
 * The full aligner: a first pass with length, numbers, cognates, name transliteration, punctuation and glossary
 * terms in a band around an anchor path (run again without any of those signals whose features agree along few of
 * its beads, {@link SignalAgreement}, since they lead it astray), then a second pass that adds the paragraph breaks the first pass showed
 * both sides to share ({@link ParagraphAgreement}), and (optionally) a word-translation table learned from the
 * confident beads of the first, and cheaper runs of deletions on a side
 * where the first pass left runs of sentences unaligned. The band widens whenever the best
 * path runs along its edge. Stateless and thread-safe; each call builds its own scorers.
 */
final class StandardAligner implements SentenceAligner {
    /** Half-width of the band around the guide path before any widening. */
    static final int INITIAL_WIDTH = 24;
    /** Upper bound on band cells, which keeps 20,000 × 20,000 sentences well inside 1 GB of heap. */
    static final long MAX_CELLS = 12_000_000L;
    /** Bands up to this many cells widen without trying other guides first: a short pair is searched whole. */
    static final long CHEAP_CELLS = 500_000L;
    /** Times a band may follow the path found in the previous one before it widens. */
    static final int MAX_RECENTRES = 3;
    /** Beads of the first pass at least this probable teach the second pass its word-translation table. */
    static final double LEXICON_POSTERIOR = 0.9;
    /** Nats of content cost a path may give up to keep to paragraph breaks that line up in number. */
    static final double BREAKS_MARGIN = 1.0;
    static final double MIN_RATIO = 1 / 3.0;
    static final double MAX_RATIO = 3.0;

    /** The longest document, in sentences on either side, for which the shipped word list is read. */
    static final int SHIPPED_LIST_UP_TO = 1000;

    private final AlignerOptions options;
    private final Weights weights;
    private final List<BeadType> types;
    private final BandedSearch search;

    StandardAligner(AlignerOptions options) {
        this(options, Weights.DEFAULT);
    }

    StandardAligner(AlignerOptions options, Weights weights) {
        this.options = options;
        this.weights = weights;
        this.types = BeadType.all(weights.deletion(), weights.merge(), weights.twoTwo(), weights.threeOne());
        this.search = new BandedSearch(types, weights.temperature());
    }

    /**
     * The weights of the signals in nats per unit of evidence, and the bead priors in nats. Built by name
     * ({@link #builder()}, {@link #toBuilder()}), never by position.
     */
    record Weights(double numberMatch, double numberMiss, double cognate, double name, double punctuation,
                   double term, double termMiss, double paragraph, double lexicon, double dictionary,
                   double variance, double deletion, double merge, double twoTwo, double threeOne,
                   double temperature) {
        /**
         * Number, name, punctuation and variance weights come from a coordinate search on the tuning documents
         * of TICO-19 ({@code WeightTuning}); the rest are set by hand, since that data has no paragraphs, glossary
         * terms, 2-2 or 3-1 beads. The temperature 1 gave the best-calibrated confidences there
         * ({@code WeightTuning temperature}).
         */
        static final Weights DEFAULT = builder()
                .numberMatch(3.0).numberMiss(1.5)
                .cognate(1.5).name(1.5).punctuation(1.5)
                .term(2.0).termMiss(1.0)
                .paragraph(3.5).lexicon(1.0).dictionary(1.0)
                .variance(5.1)
                .deletion(-Math.log(0.005)).merge(-Math.log(0.04)).twoTwo(-Math.log(0.006))
                .threeOne(-Math.log(0.004))
                .temperature(1.0)
                .build();

        /** A builder with every weight at 0. */
        static Builder builder() {
            return new Builder();
        }

        /** A builder holding these weights, to change some by name. */
        Builder toBuilder() {
            return new Builder().numberMatch(numberMatch).numberMiss(numberMiss).cognate(cognate).name(name)
                    .punctuation(punctuation).term(term).termMiss(termMiss).paragraph(paragraph).lexicon(lexicon)
                    .dictionary(dictionary).variance(variance).deletion(deletion).merge(merge).twoTwo(twoTwo)
                    .threeOne(threeOne).temperature(temperature);
        }

        /** These weights with every content signal off: length and bead priors only. */
        Weights withContentOff() {
            return toBuilder().numberMatch(0).numberMiss(0).cognate(0).name(0).punctuation(0).term(0).termMiss(0)
                    .paragraph(0).lexicon(0).dictionary(0).build();
        }

        Weights withTemperature(double t) {
            return toBuilder().temperature(t).build();
        }

        /** Sets weights by name. */
        static final class Builder {
            private double numberMatch;
            private double numberMiss;
            private double cognate;
            private double name;
            private double punctuation;
            private double term;
            private double termMiss;
            private double paragraph;
            private double lexicon;
            private double dictionary;
            private double variance;
            private double deletion;
            private double merge;
            private double twoTwo;
            private double threeOne;
            private double temperature;

            private Builder() {
            }

            Builder numberMatch(double v) {
                numberMatch = v;
                return this;
            }

            Builder numberMiss(double v) {
                numberMiss = v;
                return this;
            }

            Builder cognate(double v) {
                cognate = v;
                return this;
            }

            Builder name(double v) {
                name = v;
                return this;
            }

            Builder punctuation(double v) {
                punctuation = v;
                return this;
            }

            Builder term(double v) {
                term = v;
                return this;
            }

            Builder termMiss(double v) {
                termMiss = v;
                return this;
            }

            Builder paragraph(double v) {
                paragraph = v;
                return this;
            }

            Builder lexicon(double v) {
                lexicon = v;
                return this;
            }

            Builder dictionary(double v) {
                dictionary = v;
                return this;
            }

            Builder variance(double v) {
                variance = v;
                return this;
            }

            Builder deletion(double v) {
                deletion = v;
                return this;
            }

            Builder merge(double v) {
                merge = v;
                return this;
            }

            Builder twoTwo(double v) {
                twoTwo = v;
                return this;
            }

            Builder threeOne(double v) {
                threeOne = v;
                return this;
            }

            Builder temperature(double v) {
                temperature = v;
                return this;
            }

            Weights build() {
                return new Weights(numberMatch, numberMiss, cognate, name, punctuation, term, termMiss, paragraph,
                        lexicon, dictionary, variance, deletion, merge, twoTwo, threeOne, temperature);
            }
        }
    }

    @Override
    public Alignment align(List<Segment> source, List<Segment> target,
                           List<List<TermHit>> sourceTerms, List<List<TermHit>> targetTerms) {
        return align(source, target, sourceTerms, targetTerms, new long[1]);
    }

    /**
     * As {@link #align(List, List, List, List)}, adding to {@code visited[0]} the number of cells every search visits,
     * the measure of its work that does not depend on the machine.
     */
    Alignment align(List<Segment> source, List<Segment> target, List<List<TermHit>> sourceTerms,
                    List<List<TermHit>> targetTerms, long[] visited) {
        int n = source.size();
        int m = target.size();
        List<String> warnings = new ArrayList<>();
        if (n == 0 || m == 0) {
            List<Bead> beads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                beads.add(new Bead(List.of(i), List.of(), 1));
            }
            for (int j = 0; j < m; j++) {
                beads.add(new Bead(List.of(), List.of(j), 1));
            }
            if (n + m > 0) {
                warnings.add("one side is empty: nothing to align");
            }
            return new Alignment(beads, n + m == 0 ? 1 : 0, warnings);
        }

        Fit fit = fit(source, target, sourceTerms, targetTerms, warnings, visited);
        return Assessment.of(fit.result().steps(), n, m, options.reviewThreshold(), warnings);
    }

    @Override
    public BeadModel model(List<Segment> source, List<Segment> target, List<List<TermHit>> sourceTerms,
                           List<List<TermHit>> targetTerms) {
        if (source.isEmpty() || target.isEmpty()) {
            // As in align: with one side empty every bead is a certain deletion.
            return beads -> beads.stream().map(b -> 1.0).toList();
        }
        Fit fit = fit(source, target, sourceTerms, targetTerms, new ArrayList<>(), new long[1]);
        return new PathModel(fit.search(), fit.scorer(), source.size(), target.size(), options.reviewThreshold());
    }

    /** The last pass of an alignment: its search (bead shapes), its scorer and the path it found. */
    private record Fit(BandedSearch search, BeadScorer scorer, BandedSearch.Result result) {
    }

    /** The two passes over a pair with both sides non-empty. */
    private Fit fit(List<Segment> source, List<Segment> target, List<List<TermHit>> sourceTerms,
                    List<List<TermHit>> targetTerms, List<String> warnings, long[] visited) {
        int n = source.size();
        int m = target.size();
        DocumentFeatures src = new DocumentFeatures(source, sourceTerms, true);
        DocumentFeatures tgt = new DocumentFeatures(target, targetTerms, false);
        long totalSource = src.totalLength();
        long totalTarget = tgt.totalLength();
        double observed = (double) Math.max(1, totalTarget) / Math.max(1, totalSource);
        if (observed < MIN_RATIO || observed > MAX_RATIO) {
            warnings.add(String.format(Locale.ROOT,
                    "the target is %.1f times as long as the source: the texts may not be translations of each"
                            + " other; sentences without a plausible counterpart are left unaligned", observed));
        }
        double ratio = LengthRatio.estimate(totalSource, totalTarget, source.get(0).lang(), target.get(0).lang());
        // Do not let a mismatch in size dictate what counts as a good length fit.
        ratio = Math.max(MIN_RATIO, Math.min(MAX_RATIO, ratio));

        FeatureTable numbers = new FeatureTable(src.numbers, tgt.numbers, Signals::numberMatch, Signals::numberMiss);
        FeatureTable cognates = new FeatureTable(src.cognates, tgt.cognates, f -> 1, f -> 0);
        FeatureTable names = new FeatureTable(src.names, tgt.names, Signals::nameMatch, f -> 0);
        FeatureTable punctuation = new FeatureTable(src.punctuation, tgt.punctuation, f -> 1,
                f -> f.equals("?") || f.equals("!") ? 1 : 0);
        // Term hits are known on both sides or not at all: a source term whose target never shows up is evidence.
        boolean termsKnown = sourceTerms.size() == n && targetTerms.size() == m;
        FeatureTable terms = new FeatureTable(src.terms, tgt.terms, f -> 1, f -> termsKnown ? 1 : 0);
        // The shipped list stands in for a lexicon a short document cannot teach; a long one teaches its own in the
        // second pass, and there the list would only slow every bead down. A user's own list is always read.
        Dictionary dictionary = options.dictionary() != null ? options.dictionary()
                : Math.max(n, m) <= SHIPPED_LIST_UP_TO ? Dictionary.forPair(source.get(0).lang(), target.get(0).lang())
                : Dictionary.empty();
        FeatureTable translations = new FeatureTable(dictionary.sourceFeatures(src.words),
                dictionary.targetFeatures(tgt.words), f -> 1, f -> 0, Dictionary.MAX_SHARE);
        List<Signal> signals = List.of(new Signal(numbers, weights.numberMatch(), weights.numberMiss(), true),
                new Signal(cognates, weights.cognate(), 0, true), new Signal(names, weights.name(), 0, true),
                new Signal(punctuation, weights.punctuation(), weights.punctuation(), false),
                new Signal(terms, weights.term(), weights.termMiss(), true),
                new Signal(translations, weights.dictionary(), 0, false));
        int[] lengthGuide = GuidePath.byLength(src.lengths, tgt.lengths);
        List<FeatureTable> anchorTables = signals.stream().filter(Signal::anchors).map(Signal::table).toList();
        List<int[]> anchors = GuidePath.withoutDetours(GuidePath.anchors(anchorTables), n, m);
        // The anchors' path first; the path of even length shares when anchors shared by chance lead it astray.
        Pass first = firstPass(signals, src, tgt, ratio, List.of(GuidePath.through(anchors, n, m), lengthGuide),
                warnings, visited);
        // A signal whose features disagree along most of the path misleads the search (numbers or names moved
        // elsewhere in one version): the first pass is run again without it, around the path it bent, so the
        // lexicon is not learned from beads it bent.
        List<Signal> trusted = signals.stream()
                .filter(x -> !x.anchors() || !SignalAgreement.misleads(x.table(), first.result().steps()))
                .toList();
        Pass chosen = trusted.size() == signals.size() ? first
                : firstPass(trusted, src, tgt, ratio, List.of(GuidePath.of(first.result().steps(), n), lengthGuide),
                warnings, visited);
        List<BeadScorer> scorers = chosen.scorers();
        BandedSearch.Result result = chosen.result();
        BandedSearch finalSearch = search;
        BeadScorer finalScorer = new CompositeScorer(scorers);

        // Paragraph breaks join only after a first pass without them has shown which ones the two sides share.
        BeadScorer paragraphs = null;
        if (ParagraphScorer.informative(src.paragraphs, tgt.paragraphs)) {
            ParagraphAgreement agreement = ParagraphAgreement.of(result.steps(), src.paragraphs, tgt.paragraphs);
            if (!agreement.corresponding() && ParagraphAgreement.sameCount(src.paragraphs, tgt.paragraphs)
                    && breaksHold(scorers, result, src.paragraphs, tgt.paragraphs, warnings, visited)) {
                agreement = ParagraphAgreement.all(src.paragraphs, tgt.paragraphs);
            }
            if (agreement.agreed() > 0) {
                paragraphs = new ParagraphScorer(agreement.source(), agreement.target(), weights.paragraph(),
                        agreement.numbered());
                scorers.add(paragraphs);
            }
        }
        boolean secondPassRun = false;
        if (options.secondPass()) {
            Map<String, Integer> vocabulary = new HashMap<>();
            int[][] sw = LexiconLearner.wordIds(src.words, vocabulary);
            int[][] tw = LexiconLearner.wordIds(tgt.words, vocabulary);
            List<List<List<String>>> lex = LexiconLearner.features(result.steps(), LEXICON_POSTERIOR, sw, tw);
            FeatureTable lexicon = new FeatureTable(lex.get(0), lex.get(1), f -> 1, f -> 0);
            BandedSearch secondSearch = secondSearch(result.steps());
            // Worth a second pass when the first taught it something: a lexicon, or runs of deletions.
            if (!lexicon.isEmpty() || secondSearch != search) {
                List<BeadScorer> second = new ArrayList<>(scorers);
                second.removeIf(x -> x instanceof LengthScorer);
                // Untranslated passages skew the ratio of whole documents; the aligned beads give a cleaner one.
                double realigned = alignedRatio(result.steps(), src, tgt, source.get(0).lang(),
                        target.get(0).lang());
                second.add(new LengthScorer(src.lengths, tgt.lengths,
                        Math.max(MIN_RATIO, Math.min(MAX_RATIO, realigned)), weights.variance()));
                addSignal(second, lexicon, weights.lexicon(), 0);
                finalSearch = secondSearch;
                finalScorer = new CompositeScorer(second);
                result = searchAdaptive(secondSearch, List.of(GuidePath.of(result.steps(), n)), INITIAL_WIDTH, n, m,
                        finalScorer, warnings, visited);
                secondPassRun = true;
            }
        }
        if (paragraphs != null && !secondPassRun) {
            finalScorer = new CompositeScorer(scorers);
            result = searchAdaptive(search, List.of(GuidePath.of(result.steps(), n)), INITIAL_WIDTH, n, m,
                    finalScorer, warnings, visited);
        }
        return new Fit(finalSearch, finalScorer, result);
    }

    /**
     * Whether a path that keeps to every paragraph break, the k-th of one side with the k-th of the other, is about
     * as good by content as the first pass's path, which knew no breaks. On a short document the content signals
     * hardly tell a deletion in one paragraph from the same deletion a paragraph later, and the first pass may shift
     * the beads between them across a break; breaks that line up in number are then better evidence than a
     * shift that content barely prefers. Where the breaks really do not correspond, keeping to them costs extra
     * deletions or wrong pairs, more than {@link #BREAKS_MARGIN}.
     */
    private boolean breaksHold(List<BeadScorer> scorers, BandedSearch.Result first, int[] sourceParagraphs,
                               int[] targetParagraphs, List<String> warnings, long[] visited) {
        int n = sourceParagraphs.length;
        int m = targetParagraphs.length;
        ParagraphAgreement all = ParagraphAgreement.all(sourceParagraphs, targetParagraphs);
        ParagraphScorer every = new ParagraphScorer(all.source(), all.target(), weights.paragraph(), true);
        List<BeadScorer> withBreaks = new ArrayList<>(scorers);
        withBreaks.add(every);
        BandedSearch.Result kept = searchAdaptive(search, List.of(GuidePath.of(first.steps(), n)), INITIAL_WIDTH, n,
                m, new CompositeScorer(withBreaks), warnings, visited);
        if (!ParagraphAgreement.of(kept.steps(), sourceParagraphs, targetParagraphs).corresponding()) {
            return false;
        }
        double content = kept.totalCost();
        for (BandedSearch.Step s : kept.steps()) {
            content -= every.cost(s.s0(), s.s1(), s.t0(), s.t1());
        }
        return content - first.totalCost() <= BREAKS_MARGIN;
    }

    /** A content signal: its features, its weights, and whether its unique features anchor the guide path. */
    private record Signal(FeatureTable table, double reward, double penalty, boolean anchors) {
    }

    /** A first pass: its scorers (length first) and the path it found. */
    private record Pass(List<BeadScorer> scorers, BandedSearch.Result result) {
    }

    /** Length and the given signals in a band around the first of {@code guides} ({@link #searchAdaptive}). */
    private Pass firstPass(List<Signal> signals, DocumentFeatures src, DocumentFeatures tgt, double ratio,
                           List<int[]> guides, List<String> warnings, long[] visited) {
        List<BeadScorer> scorers = new ArrayList<>();
        scorers.add(new LengthScorer(src.lengths, tgt.lengths, ratio, weights.variance()));
        if (JoinScorer.useful(src.joins, tgt.joins)) {
            scorers.add(new JoinScorer(src.joins, tgt.joins, types));
        }
        for (Signal x : signals) {
            addSignal(scorers, x.table(), x.reward(), x.penalty());
        }
        BandedSearch.Result result = searchAdaptive(search, guides, INITIAL_WIDTH, src.lengths.length,
                tgt.lengths.length, new CompositeScorer(scorers), warnings, visited);
        return new Pass(scorers, result);
    }

    /** One signal's scorer, when it can change a cost. */
    private static void addSignal(List<BeadScorer> scorers, FeatureTable table, double reward, double penalty) {
        if (OverlapScorer.useful(table, reward, penalty)) {
            scorers.add(new OverlapScorer(table, reward, penalty));
        }
    }

    private static double alignedRatio(List<BandedSearch.Step> steps, DocumentFeatures src, DocumentFeatures tgt,
                                       Lang sourceLang, Lang targetLang) {
        long s = 0;
        long t = 0;
        for (BandedSearch.Step step : steps) {
            if (step.s0() < step.s1() && step.t0() < step.t1()) {
                for (int i = step.s0(); i < step.s1(); i++) {
                    s += src.lengths[i];
                }
                for (int j = step.t0(); j < step.t1(); j++) {
                    t += tgt.lengths[j];
                }
            }
        }
        return LengthRatio.estimate(s, t, sourceLang, targetLang);
    }

    /** The search of the second pass: the same shapes, plus deletion runs on a side where the first pass saw runs. */
    private BandedSearch secondSearch(List<BandedSearch.Step> first) {
        double deletion = weights.deletion();
        List<BeadType> runs = BeadType.runs(deletion,
                DeletionRuns.continuation(first, deletion, DeletionRuns.SOURCE),
                DeletionRuns.continuation(first, deletion, DeletionRuns.TARGET));
        if (runs.isEmpty()) {
            return search;
        }
        List<BeadType> all = new ArrayList<>(types);
        all.addAll(runs);
        return new BandedSearch(all, weights.temperature());
    }

    /**
     * The best path in a band around the first of {@code guides}. While a wider band stays small, a band left at an
     * edge just widens; beyond that, the other guides are tried at the same width, then the cheapest path found so
     * far becomes the guide as long as that lowers the cost, and only then does the band widen again. A wrong guide
     * (anchors shared by chance) on a long pair thus costs a few more bands, not a search of most of the matrix.
     */
    private static BandedSearch.Result searchAdaptive(BandedSearch search, List<int[]> guides, int initialWidth,
                                                      int n, int m, BeadScorer scorer, List<String> warnings,
                                                      long[] visited) {
        int width = initialWidth;
        int[] guide = guides.get(0);
        int nextGuide = 1;
        int recentres = 0;
        BandedSearch.Result best = null;
        while (true) {
            Band band = Band.around(guide, m, width);
            visited[0] += band.cells();
            BandedSearch.Result result = search.search(band, scorer);
            if (!result.touchesEdge() || band.full()) {
                return result;
            }
            boolean better = best == null || result.totalCost() < best.totalCost();
            if (better) {
                best = result;
            }
            long wider = Band.estimateCells(n, m, width * 2);
            if (wider <= CHEAP_CELLS) {
                width *= 2;
            } else if (nextGuide < guides.size()) {
                guide = guides.get(nextGuide++);
            } else if (better && recentres < MAX_RECENTRES) {
                recentres++;
                guide = GuidePath.of(best.steps(), n);
            } else if (wider > MAX_CELLS) {
                String w = "the alignment reached the edge of the widest search band; parts of it may be wrong";
                if (!warnings.contains(w)) {
                    warnings.add(w);
                }
                return best;
            } else {
                width *= 2;
                guide = GuidePath.of(best.steps(), n);
            }
        }
    }
}

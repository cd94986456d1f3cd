package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.hamgam.model.Span;

/**
 * Scores each end mark that {@link BoundaryRules} would accept with an OpenNLP maximum-entropy sentence model (the
 * same features {@code SentenceDetectorME} uses) and breaks where the model's split probability reaches the
 * threshold. The rules find the candidates and the model rejects the ones it recognises as non-ends (abbreviations,
 * "و…" lists, initials); OpenNLP's own substring abbreviation veto is not used because it ignores word boundaries.
 * Glued Persian ends, which the model never saw in training, are taken as the rules give them, and an
 * {@link EndJudge} may settle the candidates whose context a language's rules know better than the model.
 * Thread-safe: the feature generator, which keeps per-call buffers, is made per thread.
 */
final class ModelSplitter implements SentenceSplitter {
    private final MaxentModel model;
    private final int splitIndex;
    private final ThreadLocal<SDContextGenerator> contexts;
    private final BoundaryRules rules;
    private final double threshold;
    private final EndJudge judge;

    /**
     * @param threshold the split probability from which a candidate becomes a break (0.5 is the model's own decision)
     */
    ModelSplitter(SentenceModel model, BoundaryRules rules, double threshold) {
        this(model, rules, threshold, EndJudge.MODEL_DECIDES);
    }

    /**
     * @param threshold the split probability from which a candidate becomes a break (0.5 is the model's own decision)
     * @param judge     settles the candidates whose context the language's rules know, before the model is asked
     */
    ModelSplitter(SentenceModel model, BoundaryRules rules, double threshold, EndJudge judge) {
        this.model = model.getMaxentModel();
        this.splitIndex = this.model.getIndex(SentenceDetectorME.SPLIT);
        this.contexts = ThreadLocal.withInitial(() -> model.getFactory().getSDContextGenerator());
        this.rules = rules;
        this.threshold = threshold;
        this.judge = judge;
    }

    @Override
    public List<Span> split(String paragraph) {
        List<Integer> proposals = new ArrayList<>();
        for (int mark : BoundaryRules.candidates(paragraph)) {
            int end = rules.acceptedEnd(paragraph, mark + 1);
            if (end < 0) {
                continue;
            }
            // The model learnt from text with a space after each sentence; a glued end has none to judge by.
            if (BoundaryRules.isGluedEnd(paragraph, end)) {
                proposals.add(mark + 1);
                continue;
            }
            EndJudge.Verdict verdict = judge.judge(paragraph, mark, end);
            if (verdict != EndJudge.Verdict.ASK_MODEL) {
                if (verdict == EndJudge.Verdict.BREAK) {
                    proposals.add(mark + 1);
                }
                continue;
            }
            double[] probabilities = model.eval(contexts.get().getContext(paragraph, mark));
            if (probabilities[splitIndex] >= threshold) {
                proposals.add(mark + 1);
            }
        }
        return rules.apply(paragraph, proposals);
    }
}

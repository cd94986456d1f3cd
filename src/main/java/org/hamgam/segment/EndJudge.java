package org.hamgam.segment;

/**
 * Settles a candidate sentence end from its context where a language's rules know better than the model, and
 * otherwise leaves it to the model. A judge only sees candidates that {@link BoundaryRules} accepts.
 */
interface EndJudge {
    /** What a judge says about one candidate. */
    enum Verdict {
        /** A sentence ends here, whatever the model says. */
        BREAK,
        /** No sentence ends here, whatever the model says. */
        KEEP,
        /** The context does not settle it: the model decides. */
        ASK_MODEL
    }

    /** The judge that leaves every candidate to the model. */
    EndJudge MODEL_DECIDES = (text, mark, end) -> Verdict.ASK_MODEL;

    /**
     * @param mark the offset of the last end mark of the candidate
     * @param end  the offset just after the candidate sentence, closing quotes included
     */
    Verdict judge(String text, int mark, int end);
}

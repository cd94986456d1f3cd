package org.hamgam.draft;

import java.util.List;
import org.hamgam.model.MtEngineConfig;

/** A machine-translation service: a batch of segments in, one English text per segment out. */
interface MtEngine {
    MtEngineConfig config();

    /** What, beside the segment and its constraints, decides the output: engine, endpoint, model, prompt. */
    String identity();

    List<String> translate(List<MtRequest> batch) throws MtException, InterruptedException;
}

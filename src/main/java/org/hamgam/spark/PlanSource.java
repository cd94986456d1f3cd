package org.hamgam.spark;

import java.io.Serializable;
import java.time.Instant;
import org.hamgam.pipeline.BatchPlan;

/** Makes a batch's plan wherever the job runs: on the driver and again on each executor. */
@FunctionalInterface
public interface PlanSource extends Serializable {
    /** @param created the date the batch's memories give, the same on every machine */
    BatchPlan plan(Instant created) throws Exception;
}

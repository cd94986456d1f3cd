package org.hamgam.pipeline;

import java.util.List;

/**
 * Everything a batch run needs besides its documents: the settings, the pipeline to make once the boilerplate
 * evidence is known, each document's formats, the batch files and the index. Either engine runs the same plan.
 */
public record BatchPlan(RunOptions options, BatchRunner.PipelineFactory factory, List<OutputFormats.OutputFormat> formats,
                        List<BatchFile> batchFiles, BatchRunner.IndexWriter index) {
    public BatchPlan {
        formats = List.copyOf(formats);
        batchFiles = List.copyOf(batchFiles);
    }

    /** The per-document function both engines call. */
    public DocumentJob job() {
        return new DocumentJob(options, formats, batchFiles);
    }
}

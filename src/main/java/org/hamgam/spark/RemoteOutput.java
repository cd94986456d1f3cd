package org.hamgam.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.hamgam.pipeline.BatchPlan;
import org.hamgam.pipeline.BatchResult;
import org.hamgam.pipeline.BatchRunner;
import org.hamgam.pipeline.DocumentParts;
import org.hamgam.pipeline.IndexFiles;

/**
 * An output folder on a cluster's file system ({@code hdfs://}, {@code s3a://}): the executors stage each document
 * under {@code .staging/}, the driver assembles the batch files from the staged parts in a local temporary folder
 * and uploads them, and every staged folder then replaces its published one by a rename, {@code index.json} last.
 * Unlike a local folder, it is not locked against another command.
 */
final class RemoteOutput {
    private final Path output;
    private final FileSystem fs;

    RemoteOutput(Path output, Configuration hadoop) throws IOException {
        this.output = output;
        this.fs = HadoopFiles.fileSystem(output, hadoop);
    }

    /** Where the executors write: a folder for the documents, one for their parts of the batch files. */
    record Staging(Path documents, Path parts) {
    }

    /** Produces the documents' files into the staging folders. */
    @FunctionalInterface
    interface Producer {
        BatchResult produce(Staging staging) throws IOException;
    }

    BatchResult run(BatchPlan plan, Producer producer) throws IOException {
        Path staging = fs.makeQualified(new Path(output, ".staging"));
        fs.delete(staging, true);
        Staging stage = new Staging(new Path(staging, "documents"), new Path(staging, "parts"));
        fs.mkdirs(stage.documents());
        fs.mkdirs(stage.parts());
        BatchResult batch = producer.produce(stage);
        java.nio.file.Path local = Files.createTempDirectory("hamgam-batch");
        try {
            java.nio.file.Path parts = local.resolve("parts");
            java.nio.file.Path batchFolder = Files.createDirectories(local.resolve("batch"));
            fs.copyToLocalFile(false, stage.parts(), new Path(parts.toUri()), true);
            BatchRunner.writeBatchFiles(plan.options().withOutput(batchFolder), plan.batchFiles(), plan.index(), batch,
                    new DocumentParts(parts));
            Path batchStaged = new Path(staging, "batch");
            fs.copyFromLocalFile(false, true, new Path(batchFolder.toUri()), batchStaged);
            for (FileStatus doc : fs.listStatus(stage.documents())) {
                replace(doc.getPath());
            }
            List<Path> last = new ArrayList<>();
            for (FileStatus file : fs.listStatus(batchStaged)) {
                if (file.getPath().getName().equals(IndexFiles.JSON)) {
                    last.add(file.getPath());
                } else {
                    replace(file.getPath());
                }
            }
            for (Path index : last) {
                replace(index);
            }
            fs.delete(staging, true);
        } finally {
            FileSystem.getLocal(fs.getConf()).delete(new Path(local.toUri()), true);
        }
        return batch;
    }

    private void replace(Path staged) throws IOException {
        Path published = new Path(output, staged.getName());
        fs.delete(published, true);
        if (!fs.rename(staged, published)) {
            throw new IOException("cannot move " + staged + " to " + published);
        }
    }
}

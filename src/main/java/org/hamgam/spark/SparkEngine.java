package org.hamgam.spark;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.hamgam.glossary.TermCounts;
import org.hamgam.io.BadInputException;
import org.hamgam.io.FileLocks;
import org.hamgam.io.InputFolder;
import org.hamgam.io.OutputGeneration;
import org.hamgam.pipeline.BatchPlan;
import org.hamgam.pipeline.BatchResult;
import org.hamgam.pipeline.BatchRunner;
import org.hamgam.pipeline.DocumentParts;
import org.hamgam.pipeline.DocumentResult;
import org.hamgam.pipeline.ProgressListener;
import org.hamgam.pipeline.RepeatedLines;
import org.hamgam.pipeline.TermCounter;
import org.hamgam.pipeline.TermGroups;

/**
 * Runs a batch as an Apache Spark job: embedded in local mode ({@code local[N]}), or on a cluster when started by
 * {@code spark-submit}. The documents are listed on the driver and then found, read, processed and written by
 * partition on the executors, with the per-document function the plain engine uses ({@code DocumentJob}); the
 * batch-wide steps are aggregations: the boilerplate evidence a reduction of per-partition counts, the index,
 * term candidates and batch files built on the driver from the documents' summaries and staged parts. Paths go
 * through Hadoop's file systems. A local output folder is staged, locked and published as the plain engine does
 * it, so the files are the same bytes.
 */
public final class SparkEngine {
    private final Optional<String> master;
    private final ProgressListener progress;

    public SparkEngine(Optional<String> master, ProgressListener progress) {
        this.master = master;
        this.progress = progress;
    }

    /**
     * Runs the batch of {@code input} into {@code output} (paths or URIs).
     *
     * @param executors makes the plan on each executor
     * @param driver    makes the plan on the driver (it may also tell the user what it loaded)
     */
    public BatchResult run(String input, String output, PlanSource executors, PlanSource driver) throws Exception {
        quietLogs();
        SparkConf conf = new SparkConf().setAppName("hamgam run");
        master.ifPresent(conf::setMaster);
        conf.setIfMissing("spark.master", "local[*]");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            return run(spark, input, output, executors, driver);
        }
    }

    private BatchResult run(JavaSparkContext spark, String input, String output, PlanSource executors,
                            PlanSource driver) throws Exception {
        Configuration hadoop = spark.hadoopConfiguration();
        HadoopSettings settings = new HadoopSettings(hadoop);
        Listed listed = list(input, hadoop);
        List<String> warnings = new ArrayList<>(listed.listing().warnings());
        warnings.forEach(progress::warning);
        listed.listing().requireDocuments(java.nio.file.Path.of(input));
        BatchPlan plan = driver.plan(listed.created());
        List<Task> tasks = new ArrayList<>();
        for (InputFolder.Entry entry : listed.listing().documents()) {
            tasks.add(new Task(entry.name(), entry.persian().getFileName().toString(), entry.persian().toString(),
                    entry.english().map(e -> e.getFileName().toString()).orElse(null),
                    entry.english().map(Object::toString).orElse(null)));
        }
        int parallelism = spark.defaultParallelism();
        // Partitions of at most 50 documents, and four a core at least so that a slow one is not left alone.
        int slices = Math.min(tasks.size(), Math.max(parallelism * 4, (tasks.size() + 49) / 50));
        JavaRDD<Task> documents = spark.parallelize(tasks, slices);
        Set<String> repeated = documents.mapPartitions(new EvidenceTask(settings, listed.root(), plan.options().encoding()))
                .reduce(RepeatedLines::merge).repeated();
        String key = UUID.randomUUID().toString();
        // In local mode the executors share this JVM: they take the driver's plan instead of loading it again.
        DocumentTask.Worker.seed(key, plan, repeated);
        progress.started(tasks.size());
        try {
            if (HadoopFiles.isLocal(output)) {
                java.nio.file.Path folder = localPath(output);
                try (FileLocks.Held lock = OutputGeneration.lock(folder)) {
                    OutputGeneration generation = OutputGeneration.begin(folder);
                    DocumentParts parts = new DocumentParts(generation.partsFolder());
                    BatchResult batch = process(documents, new DocumentTask(key, executors, listed.created(), repeated,
                            settings, listed.root(), generation.documentFolder("x").getParent().toUri().toString(),
                            generation.partsFolder().toUri().toString()), warnings, parallelism);
                    BatchRunner.writeBatchFiles(plan.options().withOutput(generation.batchFolder()), plan.batchFiles(),
                            plan.index(), batch, parts);
                    BatchRunner.reportRemoved(progress, generation.publish(BatchRunner.failedFolders(batch)), folder);
                    return batch;
                }
            }
            return new RemoteOutput(new Path(output), hadoop).run(plan, staging -> process(documents,
                    new DocumentTask(key, executors, listed.created(), repeated, settings, listed.root(),
                            staging.documents().toUri().toString(), staging.parts().toUri().toString()), warnings, parallelism));
        } finally {
            DocumentTask.Worker.forget(key);
        }
    }

    /**
     * Processes every document on the executors and gathers their summaries, in name order, on the driver. Each
     * partition is a job of its own, as many at once as the cluster has cores, so that the progress moves as each
     * partition ends rather than once at the end.
     */
    private BatchResult process(JavaRDD<Task> documents, DocumentTask task, List<String> warnings, int parallelism)
            throws IOException {
        JavaRDD<DocumentTask.Outcome> processed = documents.mapPartitions(task);
        int partitions = processed.getNumPartitions();
        Map<String, Integer> pairs = new java.util.HashMap<>();
        List<DocumentResult> results = new ArrayList<>();
        List<BatchResult.Failure> failures = new ArrayList<>();
        ExecutorService jobs = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, partitions)));
        try {
            CompletionService<List<DocumentTask.Outcome>> done = new ExecutorCompletionService<>(jobs);
            for (int p = 0; p < partitions; p++) {
                int[] partition = {p};
                done.submit(() -> processed.collectPartitions(partition)[0]);
            }
            for (int p = 0; p < partitions; p++) {
                for (DocumentTask.Outcome outcome : done.take().get()) {
                    report(outcome, results, failures);
                    if (outcome.written() != null) {
                        pairs.put(outcome.name(), outcome.written().pairs());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("the Spark job failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            jobs.shutdownNow();
        }
        results.sort(Comparator.comparing(DocumentResult::name));
        failures.sort(Comparator.comparing(BatchResult.Failure::name));
        return new BatchResult(results, failures, warnings, Optional.of(terms(documents, task, pairs)));
    }

    /**
     * The batch's term counts as a Spark aggregation: the documents cut into the plain engine's groups from their
     * pair counts alone (in the listing's order), each group summarized on an executor from the pairs its documents
     * staged, and the summaries merged here in the groups' order, one at a time.
     */
    private static TermCounts terms(JavaRDD<Task> documents, DocumentTask task, Map<String, Integer> pairs) {
        List<String> names = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Task doc : documents.collect()) {
            Integer count = pairs.get(doc.name());
            if (count != null) {
                names.add(doc.name());
                counts.add(count);
            }
        }
        List<List<String>> groups = TermGroups.of(names, counts);
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(documents.context());
        TermCounts merged = TermCounts.empty();
        java.util.Iterator<TermCounts> summaries = spark.parallelize(groups, groups.size()).map(task.terms())
                .toLocalIterator();
        while (summaries.hasNext()) {
            TermCounter.merge(merged, summaries.next());
        }
        return merged;
    }

    private void report(DocumentTask.Outcome outcome, List<DocumentResult> results, List<BatchResult.Failure> failures) {
        if (outcome.error() != null) {
            failures.add(new BatchResult.Failure(outcome.name(), outcome.error(), null));
            progress.documentDone(outcome.name(), false, outcome.error());
        } else {
            DocumentResult result = outcome.written().result();
            results.add(result);
            BatchRunner.reportWritten(progress, result, outcome.blank());
        }
    }

    /** The documents of the input folder, the folder as executors reach it, and the batch's date. */
    private record Listed(InputFolder.Listing listing, String root, Instant created) {
    }

    private static Listed list(String input, Configuration hadoop) throws IOException, BadInputException {
        if (HadoopFiles.isLocal(input)) {
            java.nio.file.Path folder = localPath(input);
            InputFolder.Listing listing = InputFolder.scan(folder);
            return new Listed(listing, folder.toAbsolutePath().toUri().toString(), InputFolder.lastModified(listing));
        }
        Path root = new Path(input);
        FileSystem fs = HadoopFiles.fileSystem(root, hadoop);
        java.nio.file.Path shown = java.nio.file.Path.of(input);
        List<InputFolder.Found> found = new ArrayList<>();
        Map<String, Long> modified = new java.util.HashMap<>();
        FileStatus[] statuses;
        try {
            statuses = fs.listStatus(root);
        } catch (IOException e) {
            throw new BadInputException(shown, "cannot list folder: " + e.getMessage(), e);
        }
        java.util.Arrays.sort(statuses, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus status : statuses) {
            String name = status.getPath().getName();
            found.add(new InputFolder.Found(shown.resolve(name), status.isFile()));
            modified.put(shown.resolve(name).toString(), status.getModificationTime());
        }
        InputFolder.Listing listing = InputFolder.classify(found);
        long newest = 0;
        for (InputFolder.Entry entry : listing.documents()) {
            newest = Math.max(newest, modified.get(entry.persian().toString()));
            if (entry.english().isPresent()) {
                newest = Math.max(newest, modified.get(entry.english().get().toString()));
            }
        }
        return new Listed(listing, fs.makeQualified(root).toUri().toString(), Instant.ofEpochMilli(newest));
    }

    /** The local folder that {@code path} (a path or a file: URI) names; empty on another file system. */
    public static Optional<java.nio.file.Path> localFolder(String path) {
        return HadoopFiles.isLocal(path) ? Optional.of(localPath(path)) : Optional.empty();
    }

    private static java.nio.file.Path localPath(String path) {
        URI uri = new Path(path).toUri();
        return uri.getScheme() == null ? java.nio.file.Path.of(path) : java.nio.file.Path.of(uri);
    }

    /** Spark and Hadoop say what they do at length; a batch run shows their warnings only when asked. */
    private static void quietLogs() {
        for (String logger : List.of("org.apache.spark", "org.sparkproject", "org.apache.hadoop", "io.netty")) {
            String property = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "error");
            }
        }
    }
}

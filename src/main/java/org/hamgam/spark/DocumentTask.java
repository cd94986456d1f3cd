package org.hamgam.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.hamgam.io.BadInputException;
import org.hamgam.io.DocumentSummary;
import org.hamgam.io.TextFiles;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.pipeline.BatchPlan;
import org.hamgam.pipeline.DocumentJob;
import org.hamgam.pipeline.DocumentResult;
import org.hamgam.pipeline.Pipeline;

/**
 * A partition of the batch on an executor: each document read through Hadoop's file system, processed by the
 * plain engine's per-document function, its files, batch-file parts and aligned pairs written to the staging
 * folders, and its summary returned for the batch-wide steps.
 */
final class DocumentTask implements FlatMapFunction<Iterator<Task>, DocumentTask.Outcome> {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final PlanSource source;
    private final Instant created;
    private final Set<String> repeated;
    private final HadoopSettings hadoop;
    private final String root;
    private final String documents;
    private final String parts;

    DocumentTask(String key, PlanSource source, Instant created, Set<String> repeated, HadoopSettings hadoop,
                 String root, String documents, String parts) {
        this.key = key;
        this.source = source;
        this.created = created;
        this.repeated = Set.copyOf(repeated);
        this.hadoop = hadoop;
        this.root = root;
        this.documents = documents;
        this.parts = parts;
    }

    /** The term counts of groups of this task's documents, from the pairs it staged. */
    TermTask terms() {
        return new TermTask(hadoop, parts);
    }

    /** A document written, or why it could not be; {@code blank} when its Persian is empty. */
    record Outcome(String name, Written written, String error, boolean blank) implements Serializable {
    }

    /** What the batch keeps of a document ({@link DocumentResult}), in a form Spark can send to the driver. */
    record Written(String name, String persian, String english, DocumentSummary summary, int skipped,
                   Map<String, Integer> issues, List<String> notes, int pairs,
                   List<String> files) implements Serializable {
        static Written of(DocumentResult r) {
            return new Written(r.name(), r.persian().toString(), r.english().map(Object::toString).orElse(null),
                    r.summary(), r.skipped(), r.issues(), r.notes(), r.alignedPairs().size(), r.files());
        }

        /** The document as the batch keeps it; its aligned pairs stay staged ({@link TermTask}), only counted. */
        DocumentResult result() {
            return new DocumentResult(name, java.nio.file.Path.of(persian),
                    Optional.ofNullable(english).map(java.nio.file.Path::of), summary, skipped, issues, notes,
                    List.of(), files);
        }
    }

    @Override
    public Iterator<Outcome> call(Iterator<Task> tasks) throws Exception {
        Worker worker = Worker.of(key, source, created, repeated);
        Optional<Charset> encoding = worker.plan().options().encoding();
        Path input = HadoopFiles.path(root);
        FileSystem in = HadoopFiles.fileSystem(input, hadoop.configuration());
        FileSystem out = HadoopFiles.fileSystem(HadoopFiles.path(documents), hadoop.configuration());
        List<Outcome> outcomes = new ArrayList<>();
        while (tasks.hasNext()) {
            Task task = tasks.next();
            Document persian;
            Optional<Document> english = Optional.empty();
            try {
                persian = new Document(task.name(), Lang.FA, read(in, input, task.persianFile(), task.persianShown(),
                        encoding));
                if (task.englishFile() != null) {
                    english = Optional.of(new Document(task.name(), Lang.EN,
                            read(in, input, task.englishFile(), task.englishShown(), encoding)));
                }
            } catch (BadInputException e) {
                outcomes.add(new Outcome(task.name(), null, e.getMessage(), false));
                continue;
            }
            try {
                Document fa = persian;
                Optional<Document> en = english;
                String folder = DocumentJob.folder(fa);
                Path staged = new Path(HadoopFiles.path(parts), folder);
                DocumentResult result = HadoopFiles.writing(out, List.of(new Path(HadoopFiles.path(documents), folder),
                        staged), sinks -> {
                    DocumentJob.Done done = worker.job().process(worker.pipeline(), fa, en, sinks.get(0), sinks.get(1));
                    DocumentResult written = done.result(java.nio.file.Path.of(task.persianShown()),
                            Optional.ofNullable(task.englishShown()).map(java.nio.file.Path::of),
                            worker.job().reviewThreshold());
                    TermTask.stage(out, staged, written.alignedPairs());
                    return written;
                });
                outcomes.add(new Outcome(task.name(), Written.of(result), null, persian.original().isBlank()));
            } catch (IOException | RuntimeException e) {
                String message = task.name() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage());
                outcomes.add(new Outcome(task.name(), null, message, false));
            }
        }
        return outcomes.iterator();
    }

    private static String read(FileSystem fs, Path root, String file, String shown, Optional<Charset> encoding)
            throws BadInputException {
        java.nio.file.Path named = java.nio.file.Path.of(shown);
        try {
            return TextFiles.decode(named, HadoopFiles.read(fs, new Path(root, file)), encoding).text();
        } catch (IOException e) {
            throw new BadInputException(named, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The plan and pipeline of a job on one executor, made once per JVM and shared by its tasks: the glossary and
     * LanguageTool are loaded once, not once a partition.
     */
    record Worker(BatchPlan plan, Pipeline pipeline, DocumentJob job) {
        private static final Map<String, Worker> WORKERS = new ConcurrentHashMap<>();

        static Worker of(String key, PlanSource source, Instant created, Set<String> repeated) {
            return WORKERS.computeIfAbsent(key, k -> {
                try {
                    return made(source.plan(created), repeated);
                } catch (Exception e) {
                    throw new IllegalStateException("cannot prepare the pipeline: " + e.getMessage(), e);
                }
            });
        }

        /** Gives the executors of this JVM (local mode) the driver's plan. */
        static void seed(String key, BatchPlan plan, Set<String> repeated) {
            WORKERS.put(key, made(plan, repeated));
        }

        static void forget(String key) {
            WORKERS.remove(key);
        }

        private static Worker made(BatchPlan plan, Set<String> repeated) {
            return new Worker(plan, plan.factory().create(repeated), plan.job());
        }
    }
}

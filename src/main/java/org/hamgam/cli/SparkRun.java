package org.hamgam.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hamgam.pipeline.BatchPlan;
import org.hamgam.pipeline.BatchResult;
import org.hamgam.spark.PlanSource;
import org.hamgam.spark.SparkEngine;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code run --engine spark}: the same batch as a Spark job. Executors make the plan again from the command's own
 * arguments, so that both engines run one plan and Spark ships nothing but those words.
 */
final class SparkRun {
    /** Spark refuses to start a driver whose heap is below one and a half times the 300 MiB it reserves. */
    static final long SMALLEST_DRIVER_HEAP = 450L << 20;

    private SparkRun() {
    }

    static BatchResult run(RunCommand command, CommandSpec spec, ConsoleProgress progress) throws Exception {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkRun.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UsageException("--engine spark needs Apache Spark on the class path: start it with ./hamgam, "
                    + "which adds it, or with spark-submit");
        }
        requireDriverHeap(Runtime.getRuntime().maxMemory());
        List<String> args = spec.commandLine().getParseResult().expandedArgs();
        int run = args.indexOf("run");
        Recipe recipe = new Recipe(run < 0 ? List.copyOf(args) : List.copyOf(args.subList(run + 1, args.size())));
        String output = raw(spec, "--output", "output");
        Optional<Path> local = SparkEngine.localFolder(output);
        if (local.isPresent()) {
            // Checked before Spark starts and the job runs, as the plain engine checks before its settings.
            RunCommand.requireOutputFolder(local.get());
            RunCommand.requireWritable(local.get());
        }
        try {
            return new SparkEngine(Optional.ofNullable(command.master), progress)
                    .run(raw(spec, "--input", "seeds"), output, recipe,
                            created -> command.plan(progress, created));
        } finally {
            progress.finish();
        }
    }

    /** Said before Spark starts, since Spark's own refusal reads as an internal error. */
    static void requireDriverHeap(long maxHeap) {
        if (maxHeap < SMALLEST_DRIVER_HEAP) {
            throw new UsageException("--engine spark needs a heap of at least 450 MB and this one has " + (maxHeap >> 20)
                    + " MB: give more, e.g. HAMGAM_JAVA_OPTS=-Xmx1g ./hamgam run …, or --driver-memory 1g with "
                    + "spark-submit");
        }
    }

    /** A path option as given: {@code hdfs://host/dir} would lose a slash as a local path. */
    private static String raw(CommandSpec spec, String option, String fallback) {
        List<String> given = spec.findOption(option).originalStringValues();
        return given.isEmpty() ? fallback : given.get(given.size() - 1);
    }

    /** The arguments of {@code run}, from which an executor makes the plan. */
    record Recipe(List<String> args) implements PlanSource {
        @Override
        public BatchPlan plan(Instant created) throws Exception {
            RunCommand command = new RunCommand();
            new CommandLine(command).parseArgs(args.toArray(String[]::new));
            return command.plan(new ConsoleProgress(new PrintWriter(Writer.nullWriter()), true, false), created);
        }
    }
}

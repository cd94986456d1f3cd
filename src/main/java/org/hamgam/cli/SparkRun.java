package org.hamgam.cli;

import java.io.PrintWriter;
import java.io.Writer;
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
    private SparkRun() {
    }

    static BatchResult run(RunCommand command, CommandSpec spec, ConsoleProgress progress) throws Exception {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkRun.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UsageException("--engine spark needs Apache Spark on the class path: start it with ./hamgam, "
                    + "which adds it, or with spark-submit");
        }
        List<String> args = spec.commandLine().getParseResult().expandedArgs();
        int run = args.indexOf("run");
        Recipe recipe = new Recipe(run < 0 ? List.copyOf(args) : List.copyOf(args.subList(run + 1, args.size())));
        try {
            return new SparkEngine(Optional.ofNullable(command.master), progress)
                    .run(raw(spec, "--input", "seeds"), raw(spec, "--output", "output"), recipe,
                            created -> command.plan(progress, created));
        } finally {
            progress.finish();
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

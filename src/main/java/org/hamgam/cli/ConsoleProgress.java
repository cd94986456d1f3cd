package org.hamgam.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.hamgam.model.Secrets;
import org.hamgam.pipeline.ProgressListener;

/**
 * Shows a batch's progress: a progress bar when standard error is a terminal, plain log lines otherwise, nothing
 * but warnings and failures under {@code --quiet}.
 */
final class ConsoleProgress implements ProgressListener {
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final boolean terminal;
    private final LongSupplier clock;
    private ProgressBar bar;
    private int documents;
    private int done;
    private long sentences;
    private long start;

    ConsoleProgress(PrintWriter err, boolean quiet, boolean verbose) {
        this(err, quiet, verbose, System.console() != null && System.getenv("CI") == null, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime} */
    ConsoleProgress(PrintWriter err, boolean quiet, boolean verbose, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    public synchronized void started(int documents) {
        this.documents = documents;
        this.start = clock.getAsLong();
        if (quiet) {
            return;
        }
        if (terminal && documents > 0) {
            // The bar counts documents of N and shows the time left; the extra message gives sentences a second.
            bar = new ProgressBarBuilder().setTaskName("hamgam").setInitialMax(documents).setUnit(" documents", 1)
                    .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
        } else {
            err.println("hamgam: " + Counted.of(documents, "document") + " to process");
        }
    }

    @Override
    public synchronized void sentences(int count) {
        sentences += count;
    }

    @Override
    public synchronized void documentDone(String name, boolean ok, String detail) {
        done++;
        Throughput now = new Throughput(documents, done, sentences, Duration.ofNanos(clock.getAsLong() - start));
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(String.format(Locale.ROOT, "%.0f sentences/s", now.sentencesPerSecond()));
        }
        String position = "[" + done + "/" + documents + "] ";
        if (!ok) {
            message(position + "failed: " + detail);
        } else if (!quiet && (bar == null || verbose)) {
            message(position + name + ": " + detail + "; " + now.describe());
        }
    }

    @Override
    public synchronized void info(String message) {
        if (!quiet) {
            message(message);
        }
    }

    @Override
    public synchronized void warning(String message) {
        message("warning: " + message);
    }

    synchronized void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    private void message(String text) {
        if (bar != null) {
            // Keep the bar on its own line.
            err.print("\r\033[2K");
        }
        err.println("hamgam: " + Secrets.redact(text));
        err.flush();
    }
}

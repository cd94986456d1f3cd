package org.hamgam.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.hamgam.draft.Secrets;
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
    private ProgressBar bar;

    ConsoleProgress(PrintWriter err, boolean quiet, boolean verbose) {
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
        this.terminal = System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public synchronized void started(int documents) {
        if (quiet) {
            return;
        }
        if (terminal && documents > 0) {
            bar = new ProgressBarBuilder().setTaskName("hamgam").setInitialMax(documents)
                    .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
        } else {
            err.println("hamgam: " + documents + " document" + (documents == 1 ? "" : "s") + " to process");
        }
    }

    @Override
    public synchronized void documentDone(String name, boolean ok, String detail) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(name);
        }
        if (!ok) {
            message("failed: " + detail);
        } else if (!quiet && (bar == null || verbose)) {
            message(name + ": " + detail);
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

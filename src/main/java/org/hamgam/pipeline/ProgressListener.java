package org.hamgam.pipeline;

/** Hears what a batch run is doing; the command line turns this into a progress bar or log lines. */
public interface ProgressListener {
    default void started(int documents) {
    }

    default void documentDone(String name, boolean ok, String detail) {
    }

    default void info(String message) {
    }

    default void warning(String message) {
    }

    ProgressListener SILENT = new ProgressListener() { };
}

package org.hamgam.pipeline;

import org.hamgam.model.Bitext;

/** Hears what a batch run is doing; the command line turns this into a progress bar or log lines. */
public interface ProgressListener {
    default void started(int documents) {
    }

    default void documentDone(String name, boolean ok, String detail) {
    }

    /** Sentences of a finished document, both sides, heard just before its {@link #documentDone}. */
    default void sentences(int count) {
    }

    /**
     * A document's records, just written; the runner itself keeps only their summary. Called from the worker
     * threads, so an implementation that keeps them must be thread-safe.
     */
    default void processed(String name, Bitext bitext) {
    }

    default void info(String message) {
    }

    default void warning(String message) {
    }

    ProgressListener SILENT = new ProgressListener() { };
}

package org.hamgam.review;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hamgam.io.BadInputException;
import org.hamgam.pipeline.Pipeline;
import org.hamgam.pipeline.RowChecker;
import org.hamgam.pipeline.RunOutput;

/** The documents of one output folder under review, each opened (and its journal replayed) on first use. */
final class Workspace {
    private final RunOutput output;
    private final RowChecker checker;
    private final Pipeline pipeline;
    private final Consumer<String> warn;
    private final Map<String, ReviewDocument> open = new HashMap<>();

    /** @param pipeline scores the beads a reviewer reshapes, with its aligner */
    Workspace(RunOutput output, RowChecker checker, Pipeline pipeline, Consumer<String> warn) {
        this.output = output;
        this.checker = checker;
        this.pipeline = pipeline;
        this.warn = warn;
    }

    RunOutput output() {
        return output;
    }

    List<String> ids() {
        return output.documents();
    }

    /** The document with this id; an id that is not one of the folder's documents is a 404, whatever it holds. */
    synchronized ReviewDocument document(String id) throws IOException {
        if (id == null || !output.contains(id)) {
            throw new HttpError(404, "no document " + (id == null ? "" : "\"" + id + "\"") + " in " + output.folder());
        }
        ReviewDocument doc = open.get(id);
        if (doc != null && !doc.current()) {
            // A run wrote the document again while the server was up: read it anew (the old review is set aside).
            doc = null;
        }
        if (doc == null) {
            try {
                doc = ReviewDocument.open(id, output, checker, pipeline, warn);
            } catch (BadInputException e) {
                throw new HttpError(500, e.getMessage());
            }
            open.put(id, doc);
        }
        return doc;
    }
}

package org.hamgam.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hamgam.glossary.Glossary;
import org.hamgam.io.BadInputException;
import org.hamgam.model.Bitext;
import org.hamgam.model.Lang;
import org.hamgam.model.Row;
import org.hamgam.pipeline.Pipeline;
import org.hamgam.pipeline.RowChecker;
import org.hamgam.pipeline.RunOutput;
import org.hamgam.pipeline.Stages;

/**
 * The review decisions an output folder keeps in {@code .review/}, applied again to the documents a run has just
 * written: a run replaces each document's files with unreviewed ones, and without this the edits would come back
 * only when a review server next opened the document. A review whose document now comes from other inputs no
 * longer fits and is set aside, as the review server does.
 */
public final class SavedReviews {
    /**
     * What became of one document's saved review.
     *
     * @param edits    the journaled edits applied again (0 when set aside)
     * @param accepted the beads now accepted
     * @param flagged  the beads that still need review after the kept decisions, as the index counts them
     * @param beads    the document's beads after the kept edits
     * @param before   the run's alignment confidence of the document, before the kept decisions (none without
     *                 English)
     * @param after    the alignment confidence with the kept decisions, as the index now gives it
     * @param setAside where a review that no longer fits was moved
     * @param failure  why the review could not be applied, when it could not
     */
    public record Outcome(String document, int edits, int accepted, int flagged, int beads, OptionalDouble before,
                          OptionalDouble after, Optional<Path> setAside, Optional<String> failure) {
    }

    private SavedReviews() {
    }

    /**
     * Applies every saved review of {@code output} to its document, writing the document's files with the edits.
     *
     * @param grammar whether edited English is checked with LanguageTool, as the run checked its own
     * @return one outcome a document that has a saved review, in document order
     */
    public static List<Outcome> reapply(Path output, Glossary glossary, boolean grammar)
            throws BadInputException, IOException {
        RunOutput run = RunOutput.open(output);
        List<String> reviewed = new ArrayList<>();
        for (String id : run.documents()) {
            if (Files.isRegularFile(run.reviewFolder(id).resolve("journal.jsonl"))) {
                reviewed.add(id);
            }
        }
        if (reviewed.isEmpty()) {
            return List.of();
        }
        RowChecker checker = RowChecker.of(glossary, grammar);
        Pipeline pipeline = aligner(glossary, run);
        List<Outcome> outcomes = new ArrayList<>();
        for (String id : reviewed) {
            try {
                ReviewDocument doc = ReviewDocument.open(id, run, checker, pipeline, message -> { });
                Bitext now = doc.bitext();
                List<Row> rows = now.rows();
                int accepted = (int) rows.stream().filter(r -> r.review().accepted()).count();
                int flagged = (int) rows.stream().filter(r -> r.flagged(run.reviewThreshold())).count();
                outcomes.add(new Outcome(id, doc.setAside().isPresent() ? 0 : doc.version(), accepted, flagged,
                        rows.size(), run.quality(id), now.aligned() ? OptionalDouble.of(now.quality())
                        : OptionalDouble.empty(), doc.setAside(), Optional.empty()));
            } catch (IOException | BadInputException e) {
                outcomes.add(new Outcome(id, 0, 0, 0, 0, OptionalDouble.empty(), OptionalDouble.empty(),
                        Optional.empty(), Optional.of(e.getMessage())));
            }
        }
        return outcomes;
    }

    /** The pipeline that scores the beads a reviewer reshaped, with the aligner the run used. */
    static Pipeline aligner(Glossary glossary, RunOutput output) {
        return Stages.forPair(Lang.FA, Lang.EN, false, glossary, output.reviewThreshold());
    }
}
